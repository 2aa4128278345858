// `oit` — the command-line entry. Each command lives in its own file under commands/.
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError } from 'commander';
import { toolInfo } from './version';

// A crawl allocates a parsed page per URL and keeps only its text: V8's default heap growth (sized for a 24 GB
// machine) let `oit check` of a 10,000-page site peak at ~600 MB RSS; favouring size keeps it near 300 MB
// (bench/results.json site10k). Settable at run time because the heap controller reads it on every GC.
if (!process.env.OIT_NO_SMALL_HEAP) setFlagsFromString('--optimize-for-size');

const program = new Command('oit')
  .description('Checks a Thai agency website against the OIT items of the ITA / ตรวจเว็บไซต์หน่วยงานตามเกณฑ์ OIT')
  // `oit --version` / `-V`: the version every report also records (tool.version).
  .version(`${toolInfo().name} ${toolInfo().version}`, '-V, --version', 'แสดงรุ่นของโปรแกรม / print the version')
  .helpOption('-h, --help', 'แสดงวิธีใช้ / show help')
  .showHelpAfterError()
  // Usage errors exit 2 (the report-writing commands reserve 1 for --fail-on).
  .exitOverride();

try {
  // Loaded inside the try: a module that fails to load is a fault of the tool (exit 3), never the
  // --fail-on exit 1 that CI jobs act on.
  const [{ registerRules }, { registerCheck }, { registerPage }, { registerCrawl }] = await Promise.all([
    import('./commands/rules'),
    import('./commands/check'),
    import('./commands/page'),
    import('./commands/crawl'),
  ]);
  registerRules(program);
  registerCheck(program);
  registerPage(program);
  registerCrawl(program);
  await program.parseAsync(process.argv);
  // Commands set process.exitCode after writing their reports. Exit explicitly: keep-alive sockets or a
  // browser left by a failed crawl must not keep the process (and a CI job) hanging.
  // A pipe takes stdout asynchronously: exit once it has drained, or `oit rules --json | jq` reads a cut JSON.
  const code = process.exitCode ?? 0;
  process.stdout.write('', () => process.exit(code));
} catch (e) {
  if (e instanceof CommanderError) {
    // --help and --version answer on stdout and exit 0; let a pipe drain first (`oit --version | cat`).
    const code = e.exitCode === 0 ? 0 : 2;
    process.stdout.write('', () => process.exit(code));
  } else {
    // 1 is reserved for --fail-on; a fault of the tool itself is 3.
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(3);
  }
}
