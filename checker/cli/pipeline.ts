// The one code path behind `oit check`, `oit crawl` (per site) and `npm start`: crawl → judge → report →
// write. The report is written before anyone decides an exit code, also when the crawl broke off.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RuleSet } from '../../rules/schema';
import { LOOPBACK_ONLY_ARGS } from '../browser/resolve';
import { crawlSite, type CrawlOptions } from '../crawl';
import { TitleMatcher, isIndexPageCandidate, itemLinksOf, judgeSite, ruleSetForYear } from '../core';
import { buildReport, diffReports, type CrawlSummary, type Report } from '../core/report-schema';
import type { SiteVerdict, Snapshot } from '../core/types';
import { writeReports, type ReportFormat } from '../report/write';
import type { RenderMode } from './options';
import { toolInfo } from './version';

export interface CheckProgress {
  fetched: number;
  queued: number;
  documents: number;
  notChecked: number;
}

export interface CheckRunOptions {
  url: string;
  /** Every rule set the run may use (bundled + --rules); the year chooses among them. */
  ruleSets: RuleSet[];
  year?: number;
  outDir: string;
  formats: readonly ReportFormat[];
  explicitMap?: Record<string, string[]>;
  maxPages?: number;
  maxDepth?: number;
  render?: RenderMode;
  insecure?: boolean;
  ignoreRobots?: boolean;
  resume?: boolean;
  concurrency?: number;
  delayMs?: number;
  timeoutMs?: number;
  iitEit?: { iit: number; eit: number };
  /** Shown in the report header (from the sites list) and given to the judge (guessed from the home page when absent). */
  agencyName?: string;
  baseline?: { report: Report; label: string };
  /** Extra Chromium flags for rendering; OIT_LOOPBACK_ONLY=1 adds the loopback-only resolver (tests, demo). */
  browserArgs?: string[];
  /** Wall clock for "not yet due" and live checks (default: now). */
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (p: CheckProgress) => void;
  /** Called after the crawl, before judging (for the progress display). */
  onPhase?: (phase: 'judging' | 'writing') => void;
}

export interface CheckRunResult {
  report: Report;
  verdict: SiteVerdict;
  written: Record<string, string>;
  crawl: CrawlSummary;
}

/** Chromium flags: the caller's, plus the loopback-only resolver when OIT_LOOPBACK_ONLY=1 (tests, the demo). */
export function browserArgsFor(extra: string[] = []): string[] {
  return process.env.OIT_LOOPBACK_ONLY === '1' ? [...extra, ...LOOPBACK_ONLY_ARGS] : extra;
}

export const CRAWL_STATE_FILE = '.oit-crawl-state';

/** The rule set discovery works with while crawling (the year is settled by judgeSite afterwards): the asked year's, else the newest. */
function guideRuleSetOf(opts: Pick<CheckRunOptions, 'year' | 'ruleSets'>): RuleSet {
  const asked = opts.year !== undefined ? ruleSetForYear(opts.ruleSets, opts.year) : undefined;
  return asked ?? [...opts.ruleSets].sort((a, b) => Math.max(...b.years) - Math.max(...a.years))[0]!;
}

function emptyCrawl(url: string, reason: string, detail?: string): CrawlSummary {
  return {
    snapshots: [],
    notChecked: [{ url, reason, ...(detail ? { detail } : {}) }],
    findings: [],
    stats: { pages: 0, documents: 0, bytes: 0, durationMs: 0, rendered: 0 },
  };
}

// One title matcher per rule set for the process: its memo makes repeated rows (a site-wide ITA menu on every
// index-like page, the same item titles on every agency's index in a nightly run) cost a lookup, not a fresh fuzzy
// match (bench: an index page took ~70 ms with a new matcher, ~20 ms with a used one).
const titleMatchers = new WeakMap<RuleSet, TitleMatcher>();

/**
 * The crawl `oit check` runs: budget, politeness, the state file for --resume, and the core's index-page hook that
 * queues ITA item links first. Exported so the bench measures this crawl, not a lighter one.
 */
export function crawlOptionsFor(opts: CheckRunOptions, statePath: string | undefined): CrawlOptions {
  const guideRuleSet = guideRuleSetOf(opts);
  const guideYear = opts.year ?? Math.max(...guideRuleSet.years);
  // With a map only the mapped URLs are read, plus the home page: it names the agency and lets the judge
  // tell "home page down" from "URL not submitted".
  const explicitUrls = opts.explicitMap ? [...new Set([opts.url, ...Object.values(opts.explicitMap).flat()])] : undefined;
  return {
    startUrl: opts.url,
    maxPages: opts.maxPages ?? 500,
    maxDepth: opts.maxDepth ?? 6,
    perHostConcurrency: opts.concurrency ?? 2,
    delayMs: opts.delayMs ?? 250,
    timeoutMs: opts.timeoutMs ?? 20_000,
    retries: 2,
    maxBytes: 40 * 1024 * 1024,
    render: opts.render ?? 'auto',
    insecure: !!opts.insecure,
    ignoreRobots: !!opts.ignoreRobots,
    userAgent: `${toolInfo().name}/${toolInfo().version} (+OIT transparency check)`,
    ...(explicitUrls ? { explicitUrls } : {}),
    prioritize: (snapshot: Snapshot) => {
      try {
        const index = isIndexPageCandidate(snapshot);
        if (!index.isIndex) return { urls: [] };
        // An index page of another year is read with that year's rule set when there is one (codes are year-specific).
        const own = index.year !== undefined ? ruleSetForYear(opts.ruleSets, index.year) : undefined;
        const rs = own ?? guideRuleSet;
        let titles = titleMatchers.get(rs);
        if (!titles) titleMatchers.set(rs, (titles = new TitleMatcher(rs)));
        return { urls: itemLinksOf(snapshot, rs, own ? index.year! : guideYear, { titles }).map((c) => c.url), isIndex: true };
      } catch {
        return { urls: [] };
      }
    },
    onProgress: (p: CheckProgress) => opts.onProgress?.(p),
    ...(statePath ? { statePath } : {}),
    browserArgs: browserArgsFor(opts.browserArgs),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
}

export async function runCheck(opts: CheckRunOptions): Promise<CheckRunResult> {
  const started = Date.now();
  const outDir = resolve(opts.outDir);
  const guideRuleSet = guideRuleSetOf(opts);

  mkdirSync(outDir, { recursive: true });
  const statePath = join(outDir, CRAWL_STATE_FILE);
  if (!opts.resume && existsSync(statePath)) rmSync(statePath, { force: true });

  let crawl: CrawlSummary;
  try {
    const result = await crawlSite(crawlOptionsFor(opts, statePath));
    crawl = result as CrawlSummary;
  } catch (e) {
    crawl = emptyCrawl(opts.url, opts.signal?.aborted ? 'interrupted' : 'crawl-failed', (e as Error)?.message ?? String(e));
  }

  if (opts.signal?.aborted)
    crawl = {
      ...crawl,
      findings: [
        ...(crawl.findings ?? []),
        {
          code: 'run.interrupted',
          severity: 'warning',
          th: 'การตรวจถูกหยุดกลางคัน ผลจึงยังไม่ครบ: สั่งตรวจอีกครั้งด้วย --resume เพื่อตรวจต่อจากเดิม',
          en: 'The check was stopped part-way, so the results are incomplete: run it again with --resume to continue',
        },
      ],
    };

  opts.onPhase?.('judging');
  const verdict = judgeSite({
    ruleSet: guideRuleSet,
    ruleSets: opts.ruleSets,
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    snapshots: crawl.snapshots,
    homeUrl: opts.url,
    ...(opts.explicitMap ? { explicitMap: opts.explicitMap } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.iitEit ? { iitEit: opts.iitEit } : {}),
    ...(opts.agencyName ? { agencyName: opts.agencyName } : {}),
  });
  const judged = ruleSetForYear(opts.ruleSets, verdict.year) ?? guideRuleSet;

  opts.onPhase?.('writing');
  const report = buildReport(verdict, crawl, {
    tool: toolInfo(),
    siteUrl: opts.url,
    ...(opts.agencyName ? { agencyName: opts.agencyName } : {}),
    checkedAt: (opts.now ?? new Date()).toISOString(),
    ruleSetTitle: judged.title,
    indicators: judged.indicators.map((i) => ({ id: i.id, name: i.name, subIndicators: i.subIndicators.map((s) => ({ id: s.id, name: s.name })) })),
    run: {
      mode: opts.explicitMap ? 'map' : 'crawl',
      ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
      render: opts.render ?? 'auto',
      ...(opts.year !== undefined ? { requestedYear: opts.year } : {}),
      durationMs: Date.now() - started,
      ...(opts.signal?.aborted ? { interrupted: true } : {}),
    },
  });
  if (opts.baseline) report.baseline = diffReports(report, opts.baseline.report, opts.baseline.label);
  const written = writeReports(report, outDir, opts.formats);
  return { report, verdict, written, crawl };
}
