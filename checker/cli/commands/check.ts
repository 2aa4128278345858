// `oit check <url>`: crawl one agency site, judge the 43 items, write the reports, print a summary.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EXIT_FAIL_ON, EXIT_OK, UsageError } from '../errors';
import { readItemMap } from '../map-file';
import {
  failOnMatches,
  parseFailOn,
  parseFormatOption,
  parseIntOption,
  parseNowOption,
  parseRender,
  parseScoreOption,
  parseSiteUrl,
  parseYearOption,
  readBaseline,
} from '../options';
import { runCheck, type CheckRunOptions } from '../pipeline';
import { progressView } from '../progress';
import { assertYearKnown, loadRuleSets } from '../rulesets';
import { summaryJson, summaryLines } from '../summary';
import { handleCommandError } from './errors';

export interface CheckCliOptions {
  year?: string;
  out: string;
  format: string;
  map?: string;
  maxPages?: string;
  render?: string;
  baseline?: string;
  failOn?: string;
  insecure?: boolean;
  ignoreRobots?: boolean;
  resume?: boolean;
  rules?: string;
  iit?: string;
  eit?: string;
  concurrency?: string;
  delay?: string;
  timeout?: string;
  now?: string;
  json?: boolean;
  agency?: string;
}

/** Turns the command line into run options; every mistake is a UsageError (exit 2) before any request. */
export async function checkOptionsFrom(url: string, o: CheckCliOptions): Promise<Omit<CheckRunOptions, 'onProgress' | 'onPhase' | 'signal'> & { failOn: ReturnType<typeof parseFailOn> }> {
  const siteUrl = parseSiteUrl(url);
  const year = parseYearOption(o.year);
  const formats = parseFormatOption(o.format);
  const failOn = parseFailOn(o.failOn);
  if (failOn?.newOnly && !o.baseline)
    throw new UsageError({ th: '--fail-on new ต้องใช้คู่กับ --baseline รายงานเดิม.json', en: '--fail-on new needs --baseline old-report.json' });
  const iit = parseScoreOption('--iit', o.iit);
  const eit = parseScoreOption('--eit', o.eit);
  if ((iit === undefined) !== (eit === undefined))
    throw new UsageError({ th: '--iit และ --eit ต้องระบุคู่กัน (คะแนนทั้งสองค่า 0–100)', en: '--iit and --eit go together (both scores, 0–100)' });
  const now = parseNowOption(o.now);
  const ruleSets = await loadRuleSets(o.rules);
  assertYearKnown(ruleSets, year);
  const explicitMap = o.map ? readItemMap(o.map) : undefined;
  const baseline = o.baseline ? { report: readBaseline(o.baseline), label: resolve(o.baseline) } : undefined;
  return {
    url: siteUrl,
    ruleSets,
    ...(year !== undefined ? { year } : {}),
    outDir: o.out,
    formats,
    ...(explicitMap ? { explicitMap } : {}),
    maxPages: parseIntOption('--max-pages', o.maxPages, 1, 100_000) ?? 500,
    render: parseRender(o.render),
    insecure: !!o.insecure,
    ignoreRobots: !!o.ignoreRobots,
    resume: !!o.resume,
    concurrency: parseIntOption('--concurrency', o.concurrency, 1, 16) ?? 2,
    delayMs: parseIntOption('--delay', o.delay, 0, 60_000) ?? 250,
    ...(o.timeout !== undefined ? { timeoutMs: parseIntOption('--timeout', o.timeout, 100, 600_000) } : {}),
    ...(iit !== undefined && eit !== undefined ? { iitEit: { iit, eit } } : {}),
    ...(o.agency?.trim() ? { agencyName: o.agency.trim() } : {}),
    ...(baseline ? { baseline } : {}),
    ...(now ? { now } : {}),
    failOn,
  };
}

/** Runs a check the way the CLI does (also used by `npm start`); returns the exit code. */
export async function runCheckCommand(url: string, o: CheckCliOptions, io: { tty?: boolean } = {}): Promise<number> {
  const { failOn, ...runOpts } = await checkOptionsFrom(url, o);
  const tty = io.tty ?? !!process.stdout.isTTY;
  const progress = progressView(runOpts.maxPages ?? 500, tty && !!process.stderr.isTTY && !o.json);
  const abort = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    // First Ctrl-C: stop crawling and write the report with what was gathered; second: leave now.
    if (++interrupts > 1) process.exit(130);
    progress.stop();
    console.error('หยุดการตรวจ กำลังเขียนรายงานจากข้อมูลที่มี… / stopping; writing the report from what was gathered…');
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const { report, written } = await runCheck({
      ...runOpts,
      signal: abort.signal,
      onProgress: (p) => progress.update(p),
      onPhase: (ph) => progress.phase(ph),
    });
    progress.stop();
    // The report is on disk now; only from here is the exit code decided.
    const failedOn = failOnMatches(report, failOn);
    const code = failedOn.length ? EXIT_FAIL_ON : EXIT_OK;
    if (o.json) console.log(summaryJson(report, written, code, failedOn));
    else {
      for (const line of summaryLines(report, written)) console.log(line);
      if (failedOn.length) console.log(`--fail-on: ${failedOn.join(', ')} → exit ${code}`);
      // Kept on purpose and stated in --help: a pipe or CI log gets the machine-readable line last.
      if (!tty) console.log(summaryJson(report, written, code, failedOn));
    }
    return code;
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
  }
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('ตรวจเว็บไซต์หน่วยงานตามเกณฑ์ OIT ทีละข้อ / check one agency website against the OIT items')
    .argument('<url>', 'home page of the agency website (https://www.agency.go.th/)')
    .option('--year <BE>', 'ITA year to judge, e.g. 2565 (default: the newest year the site publishes that a rule set knows)')
    .option('--out <dir>', 'folder for the reports', 'oit-report')
    .option('--format <list>', 'report formats: json,html,csv,junit', 'json,html,csv,junit')
    .option('--map <file>', 'item → URL(s) map (ITAS export CSV "item,url[,url…]" or JSON); check exactly those URLs')
    .option('--max-pages <n>', 'page budget of the crawl', '500')
    .option('--render <mode>', 'use a browser for JavaScript pages: auto|never|always', 'auto')
    .option('--baseline <report.json>', 'an earlier report.json: list new failures, fixed and unchanged items')
    .option('--fail-on <list>', 'exit 1 when items have these statuses: missing,outdated,incomplete,broken,needs-review | any | new (needs --baseline)')
    .option('--insecure', 'accept invalid TLS certificates (recorded as a finding)')
    .option('--ignore-robots', 'do not honour robots.txt (only with the agency’s permission)')
    .option('--resume', 'continue an interrupted crawl from the state kept in --out')
    .option('--rules <file>', 'a rule-set file (YAML/JSON) to use besides the bundled ones')
    .option('--agency <name>', "the agency's official name, e.g. \"องค์การบริหารส่วนตำบลบ้านสวน\" (default: read from the home page); off-site channels must show it")
    .option('--iit <score>', 'IIT score (0–100) for a projected ITA total and grade')
    .option('--eit <score>', 'EIT score (0–100) for a projected ITA total and grade')
    .option('--concurrency <n>', 'requests at a time per host', '2')
    .option('--delay <ms>', 'pause between requests to one host', '250')
    .option('--timeout <ms>', 'per-request timeout (headers, and silence while reading a body)', '20000')
    .option('--now <iso-date>', 'judge as if today were this date (for reproducible checks of a past year)')
    .option('--json', 'print only one JSON line (summary and report paths)')
    .addHelpText(
      'after',
      [
        '',
        'ผลลัพธ์ / Output:',
        '  สรุปผลภาษาไทยและอังกฤษทาง stdout; เมื่อ stdout ไม่ใช่เทอร์มินัล (ต่อ pipe, เขียนลงไฟล์, log ของ CI) จะพิมพ์',
        '  บรรทัด JSON หนึ่งบรรทัดต่อท้ายสรุปเสมอ ให้สคริปต์อ่านบรรทัดสุดท้าย; --json พิมพ์เฉพาะบรรทัด JSON นั้น',
        '  A Thai/English summary goes to stdout. When stdout is not a terminal (a pipe, a file, a CI log), the',
        '  summary is followed by one JSON line (site, year, oit, range, counts, fixFirst, notChecked, reports,',
        '  failedOn, exitCode): scripts read the last line. --json prints only that line.',
        '',
        'รหัสการจบ / Exit codes: 0 the check ran · 1 --fail-on matched · 2 bad usage · 3 internal error.',
        'The reports are always written before the exit code is decided.',
      ].join('\n'),
    )
    .action(async (url: string, o: CheckCliOptions) => {
      try {
        process.exitCode = await runCheckCommand(url, o);
      } catch (e) {
        process.exitCode = handleCommandError(e, 'check');
      }
    });
}
