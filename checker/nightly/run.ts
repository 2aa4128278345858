// `oit crawl`: many agencies, one after another (a few at a time), each through the same pipeline as
// `oit check`. One failing site never stops the run: its error is stored beside its last good report.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RuleSet } from '../../rules/schema';
import { CRAWL_STATE_FILE, runCheck, type CheckRunOptions } from '../cli/pipeline';
import { readLatest, siteDir, storeError, storeRun } from './store';
import { sitesForShard, type SiteEntry } from './sites';
import { writeSummary, type NightlySummary } from './summary';

export interface NightlyOptions {
  sites: SiteEntry[];
  outDir: string;
  ruleSets: RuleSet[];
  year?: number;
  shard?: { index: number; count: number };
  /** Sites checked at the same time (each still polite to its own host). */
  parallel?: number;
  now?: Date;
  check?: Partial<Pick<CheckRunOptions, 'maxPages' | 'render' | 'insecure' | 'ignoreRobots' | 'concurrency' | 'delayMs' | 'timeoutMs'>>;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface NightlyResult {
  checked: Array<{ site: SiteEntry; ok: boolean; error?: string }>;
  summary: NightlySummary;
}

export async function runNightly(opts: NightlyOptions): Promise<NightlyResult> {
  const outDir = resolve(opts.outDir);
  const mine = sitesForShard(opts.sites, opts.shard);
  const log = opts.log ?? (() => {});
  const checked: NightlyResult['checked'] = [];
  let next = 0;

  async function one(site: SiteEntry): Promise<void> {
    const dir = siteDir(outDir, site.folder);
    const now = opts.now ?? new Date();
    try {
      const previous = readLatest(dir);
      const { report } = await runCheck({
        url: site.url,
        ruleSets: opts.ruleSets,
        ...(opts.year !== undefined ? { year: opts.year } : {}),
        outDir: dir,
        formats: ['html'],
        ...opts.check,
        ...(previous ? { baseline: { report: previous, label: 'previous.json' } } : {}),
        now,
        ...(site.name ? { agencyName: site.name } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      storeRun(dir, report, now);
      rmSync(join(dir, CRAWL_STATE_FILE), { force: true });
      checked.push({ site, ok: true });
      log(`ok   ${site.url} → ${report.score.oit ?? `${report.score.range.min.toFixed(2)}–${report.score.range.max.toFixed(2)}`}`);
    } catch (e) {
      storeError(dir, site.url, e, now);
      checked.push({ site, ok: false, error: (e as Error)?.message ?? String(e) });
      log(`fail ${site.url}: ${(e as Error)?.message ?? e}`);
    }
  }

  const workers = Array.from({ length: Math.max(1, Math.min(opts.parallel ?? 2, mine.length)) }, async () => {
    while (next < mine.length && !opts.signal?.aborted) await one(mine[next++]!);
  });
  await Promise.all(workers);
  const names = new Map(opts.sites.filter((s) => s.name).map((s) => [s.folder, s.name!]));
  const summary = writeSummary(outDir, opts.now ?? new Date(), names);
  return { checked, summary };
}
