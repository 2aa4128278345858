// `oit` — the command-line entry. Each command lives in its own file under commands/.
import { Command, CommanderError } from 'commander';
import { registerCheck } from './commands/check';
import { registerCrawl } from './commands/crawl';
import { registerPage } from './commands/page';
import { registerRules } from './commands/rules';

const program = new Command('oit')
  .description('Checks a Thai agency website against the OIT items of the ITA / ตรวจเว็บไซต์หน่วยงานตามเกณฑ์ OIT')
  .showHelpAfterError()
  // Usage errors exit 2 (the report-writing commands reserve 1 for --fail-on).
  .exitOverride();

registerRules(program);
registerCheck(program);
registerPage(program);
registerCrawl(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0) process.exit(0);
    process.exit(2);
  }
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
