// `oit crawl --sites sites.csv --out DIR`: the nightly run over many agencies (see checker/nightly/).
import type { Command } from 'commander';
import { EXIT_OK } from '../errors';
import { parseIntOption, parseNowOption, parseRender, parseShard, parseYearOption } from '../options';
import { assertYearKnown, loadRuleSets } from '../rulesets';
import { runNightly } from '../../nightly/run';
import { readSites } from '../../nightly/sites';
import { handleCommandError } from './errors';

interface CrawlCliOptions {
  sites: string;
  out: string;
  shard?: string;
  year?: string;
  parallel?: string;
  maxPages?: string;
  render?: string;
  rules?: string;
  concurrency?: string;
  delay?: string;
  insecure?: boolean;
  now?: string;
  json?: boolean;
}

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('ตรวจหลายหน่วยงาน (รอบกลางคืน) / check many agencies (nightly run)')
    .requiredOption('--sites <file>', 'CSV of sites: url[,name] per row')
    .requiredOption('--out <dir>', 'output folder: sites/<site>/{latest,previous}.json, history/, report.html; summary.json, index.html')
    .option('--shard <i/n>', 'take only shard i of n (1-based; sites split by a hash of their URL). Kubernetes: $((JOB_COMPLETION_INDEX+1))/N')
    .option('--year <BE>', 'ITA year to judge (default: per site, the newest it publishes)')
    .option('--parallel <n>', 'sites checked at the same time', '2')
    .option('--max-pages <n>', 'page budget per site', '300')
    .option('--render <mode>', 'auto|never|always', 'auto')
    .option('--rules <file>', 'an extra rule-set file')
    .option('--concurrency <n>', 'requests at a time per host', '2')
    .option('--delay <ms>', 'pause between requests to one host', '250')
    .option('--insecure', 'accept invalid TLS certificates')
    .option('--now <iso-date>', 'judge as if today were this date')
    .option('--json', 'print one JSON line at the end')
    .action(async (o: CrawlCliOptions) => {
      try {
        const sites = readSites(o.sites);
        const shard = parseShard(o.shard);
        const year = parseYearOption(o.year);
        const ruleSets = await loadRuleSets(o.rules);
        assertYearKnown(ruleSets, year);
        const now = parseNowOption(o.now);
        const abort = new AbortController();
        process.once('SIGINT', () => abort.abort());
        process.once('SIGTERM', () => abort.abort());
        const { checked, summary } = await runNightly({
          sites,
          outDir: o.out,
          ruleSets,
          ...(year !== undefined ? { year } : {}),
          ...(shard ? { shard } : {}),
          parallel: parseIntOption('--parallel', o.parallel, 1, 64) ?? 2,
          ...(now ? { now } : {}),
          check: {
            maxPages: parseIntOption('--max-pages', o.maxPages, 1, 100_000) ?? 300,
            render: parseRender(o.render),
            concurrency: parseIntOption('--concurrency', o.concurrency, 1, 16) ?? 2,
            delayMs: parseIntOption('--delay', o.delay, 0, 60_000) ?? 250,
            insecure: !!o.insecure,
          },
          log: o.json ? undefined : (l) => console.error(l),
          signal: abort.signal,
        });
        const failed = checked.filter((c) => !c.ok).length;
        const line = {
          sites: checked.length,
          failed,
          newFailures: summary.totals.newFailures,
          fixed: summary.totals.fixed,
          summary: `${o.out}/summary.json`,
        };
        if (o.json || !process.stdout.isTTY) console.log(JSON.stringify(line));
        else console.log(`ตรวจ ${checked.length} เว็บไซต์ (ไม่สำเร็จ ${failed}) · ปัญหาใหม่ ${line.newFailures} · แก้ไขแล้ว ${line.fixed} · ${o.out}/index.html`);
        // A failing site is reported, not fatal: the run did its job.
        process.exitCode = EXIT_OK;
      } catch (e) {
        process.exitCode = handleCommandError(e, 'crawl');
      }
    });
}
