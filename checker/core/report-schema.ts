// The report (report.json): one versioned schema that the CLI writes and the extension and the nightly
// diff read. Pure (zod only) so it runs in the browser extension unchanged.
import { z } from 'zod';
import type { Bilingual } from '../../rules/schema';
import { isGenericText } from './discover/generic';
import type { Evidence, ItemVerdict, Message as CoreMessage, SiteVerdict, Snapshot } from './types';

/** Bump the minor version for added optional fields, the major version for anything a reader must change for. */
export const REPORT_SCHEMA_VERSION = '1.0.0';

const BilingualText = z.object({ th: z.string(), en: z.string() });

export const ReportStatus = z.enum(['pass', 'missing', 'outdated', 'incomplete', 'broken', 'needs-review']);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** Statuses that score 0 for certain (§8.4); needs-review is unknown, pass is 100. */
export const FAILING_STATUSES: readonly ReportStatus[] = ['missing', 'outdated', 'incomplete', 'broken'];

export const ReportMessage = z.object({
  code: z.string(),
  th: z.string(),
  en: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});
export type ReportMessage = z.infer<typeof ReportMessage>;

const Range = z.object({ min: z.number(), max: z.number() });

export const ReportEvidence = z.object({
  url: z.string(),
  title: z.string().optional(),
  snippet: z.string(),
  years: z.array(z.number()),
  via: z.string().optional(),
  offSite: z.boolean().optional(),
  httpStatus: z.number().optional(),
  /** Link texts from the home page to this URL (หน้าหลัก > … > …), when the crawl saw the way. */
  clickPath: z.array(z.string()).optional(),
});
export type ReportEvidence = z.infer<typeof ReportEvidence>;

export const ReportCandidate = z.object({
  url: z.string(),
  via: z.string(),
  confidence: z.number(),
  reason: z.string(),
  from: z.string().optional(),
  indexYear: z.number().optional(),
});

export const ReportItem = z.object({
  id: z.string(),
  name: BilingualText,
  subIndicator: z.string(),
  status: ReportStatus,
  evidence: z.array(ReportEvidence),
  messages: z.array(ReportMessage),
  warnings: z.array(ReportMessage),
  /** What the period rule asks. */
  expected: BilingualText.extend({ kind: z.string(), confidence: z.string() }),
  pointCost: z.object({ indicator: z.number(), oit: z.number(), ita: z.number() }),
  fix: BilingualText,
  notYetDue: z.object({ windowEnd: z.string() }).optional(),
  /** Other URLs considered, best first (at most five). */
  candidates: z.array(ReportCandidate).optional(),
});
export type ReportItem = z.infer<typeof ReportItem>;

const SubIndicatorScore = Range.extend({ passed: z.number(), unknown: z.number(), total: z.number() });

export const ReportScore = z.object({
  /** Null while any item needs review: `range` is then the answer. */
  oit: z.number().nullable(),
  range: Range,
  indicators: z.record(z.string(), Range),
  subIndicators: z.record(z.string(), SubIndicatorScore),
  /** 0.40 × OIT: the OIT's share of the ITA total. */
  itaShare: Range,
  projected: z
    .object({
      iit: z.number(),
      eit: z.number(),
      total: Range,
      grade: z.object({ min: z.string(), max: z.string() }),
      level: z.object({ min: BilingualText, max: BilingualText }).optional(),
    })
    .optional(),
});

export const NotChecked = z.object({ url: z.string(), reason: z.string(), detail: z.string().optional() });
export type NotChecked = z.infer<typeof NotChecked>;

const IndexPage = z.object({
  url: z.string(),
  year: z.number().optional(),
  reason: z.string(),
  itemCount: z.number(),
  shape: z.string().optional(),
});

export const BaselineEntry = z.object({
  /** site + ITA year + item + status: stable across runs. */
  key: z.string(),
  item: z.string(),
  status: ReportStatus,
  /** The item's status in the baseline, when it differs. */
  previousStatus: ReportStatus.optional(),
});
export type BaselineEntry = z.infer<typeof BaselineEntry>;

export const BaselineDiff = z.object({
  /** What the report was compared with (file path or its checkedAt). */
  against: z.string(),
  againstCheckedAt: z.string().optional(),
  newFailures: z.array(BaselineEntry),
  fixed: z.array(BaselineEntry),
  unchanged: z.array(BaselineEntry),
});
export type BaselineDiff = z.infer<typeof BaselineDiff>;

export const ReportSchema = z.object({
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  tool: z.object({ name: z.string(), version: z.string() }),
  ruleSet: z.object({
    id: z.string(),
    year: z.number(),
    yearReason: BilingualText,
    title: BilingualText.optional(),
    /** Names of indicators and sub-indicators, so readers need not load the rule set. */
    indicators: z
      .array(z.object({ id: z.string(), name: BilingualText, subIndicators: z.array(z.object({ id: z.string(), name: BilingualText })) }))
      .optional(),
  }),
  site: z.object({
    url: z.string(),
    checkedAt: z.string(),
    hosts: z.array(z.string()),
    agencyName: z.string().optional(),
  }),
  /** How the check ran: a crawl from the home page, or only the URLs of an item → URL map. */
  run: z
    .object({
      mode: z.enum(['crawl', 'map', 'page']),
      maxPages: z.number().optional(),
      render: z.string().optional(),
      requestedYear: z.number().optional(),
      durationMs: z.number().optional(),
      interrupted: z.boolean().optional(),
    })
    .optional(),
  items: z.array(ReportItem),
  score: ReportScore,
  pages: z.object({
    fetched: z.number(),
    documents: z.number(),
    rendered: z.number().optional(),
    bytes: z.number().optional(),
    notChecked: z.array(NotChecked),
  }),
  findings: z.array(ReportMessage),
  discovery: z.object({
    indexPages: z.array(IndexPage),
    chosen: z.array(IndexPage),
    yearsSeen: z.array(z.number()),
    olderIndexOnly: IndexPage.optional(),
  }),
  baseline: BaselineDiff.optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** What buildReport needs from a crawl; structurally what the crawler's CrawlResult carries. */
export interface CrawlSummary {
  snapshots: Snapshot[];
  notChecked: NotChecked[];
  findings: Array<Bilingual & { code: string; severity: CoreMessage['severity'] }>;
  stats: { pages: number; documents: number; bytes?: number; durationMs?: number; rendered?: number };
}

export interface ReportMeta {
  tool: { name: string; version: string };
  siteUrl: string;
  /** ISO timestamp; defaults to now. */
  checkedAt?: string;
  hosts?: string[];
  agencyName?: string;
  ruleSetTitle?: Bilingual;
  /** The rule set's indicators (only ids and names are kept). */
  indicators?: Array<{ id: string; name: Bilingual; subIndicators: Array<{ id: string; name: Bilingual }> }>;
  run?: Report['run'];
}

export class ReportParseError extends Error {
  constructor(readonly problems: string[]) {
    super(`not a valid OIT report:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReportParseError';
  }
}

/** Validates report.json text or an already-parsed object (the extension's import, the nightly diff, --baseline). */
export function parseReport(json: string | unknown): Report {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new ReportParseError([`not JSON: ${(e as Error).message}`]);
    }
  }
  const r = ReportSchema.safeParse(data);
  if (!r.success) throw new ReportParseError(r.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`));
  const major = Number(r.data.schemaVersion.split('.')[0]);
  if (major !== Number(REPORT_SCHEMA_VERSION.split('.')[0]))
    throw new ReportParseError([`schemaVersion ${r.data.schemaVersion} is not readable by this tool (reads ${REPORT_SCHEMA_VERSION.split('.')[0]}.x)`]);
  return r.data;
}

function stripHash(u: string): string {
  const i = u.indexOf('#');
  return i < 0 ? u : u.slice(0, i);
}

/** What a person reads on a link: its text, or its row when the text is only "คลิก" / "ดาวน์โหลด". */
function linkLabel(link: { text: string; context: string }): string {
  const clean = (t: string) => (t ?? '').replace(/\s+/g, ' ').trim();
  const text = clean(link.text);
  const label = !text || isGenericText(text) ? clean(link.context) || text : text;
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}

/**
 * The click path (link texts from the home page) to every page the crawl saw, by breadth-first search over
 * the snapshots' links: the shortest way a person would click, which is what ITAS explanations describe (§12.5).
 */
export function clickPaths(snapshots: Snapshot[], homeUrl: string): Map<string, string[]> {
  const byUrl = new Map<string, Snapshot>();
  for (const s of snapshots) {
    byUrl.set(stripHash(s.url), s);
    if (s.finalUrl) byUrl.set(stripHash(s.finalUrl), s);
  }
  const paths = new Map<string, string[]>();
  const home = byUrl.get(stripHash(homeUrl)) ?? snapshots.find((s) => (s.depth ?? 1) === 0);
  if (!home) return paths;
  const queue: Array<{ s: Snapshot; path: string[] }> = [{ s: home, path: [] }];
  paths.set(stripHash(home.url), []);
  if (home.finalUrl) paths.set(stripHash(home.finalUrl), []);
  while (queue.length) {
    const { s, path } = queue.shift()!;
    for (const link of s.links ?? []) {
      const href = stripHash(link.href);
      if (paths.has(href)) continue;
      const label = linkLabel(link) || href;
      const next = [...path, label];
      paths.set(href, next);
      const target = byUrl.get(href);
      if (target && target.kind === 'html') {
        if (target.finalUrl && !paths.has(stripHash(target.finalUrl))) paths.set(stripHash(target.finalUrl), next);
        queue.push({ s: target, path: next });
      }
    }
  }
  return paths;
}

/**
 * The way an assessor would click: through the ITA index page the evidence was found on when there is one
 * (หน้าหลัก > ITA 2565 > O23 …), else the shortest way from the home page.
 */
function clickPathOf(e: Evidence, v: ItemVerdict, paths: Map<string, string[]>, byUrl: Map<string, Snapshot>): string[] | undefined {
  const url = stripHash(e.url);
  const from = v.candidates?.find((c) => stripHash(c.url) === url && c.from)?.from;
  if (from) {
    const index = byUrl.get(stripHash(from));
    const toIndex = paths.get(stripHash(from));
    const link = index?.links.find((l) => stripHash(l.href) === url);
    if (toIndex && link) return [...toIndex, linkLabel(link) || url];
  }
  return paths.get(url);
}

function evidenceOf(e: Evidence, clickPath: string[] | undefined): ReportEvidence {
  return {
    url: e.url,
    ...(e.title ? { title: e.title } : {}),
    snippet: e.snippet ?? '',
    years: e.years ?? [],
    ...(e.via ? { via: e.via } : {}),
    ...(e.offSite !== undefined ? { offSite: e.offSite } : {}),
    ...(e.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}),
    ...(clickPath ? { clickPath } : {}),
  };
}

const message = (m: CoreMessage): ReportMessage => ({ code: m.code, th: m.th, en: m.en, severity: m.severity });

function itemOf(v: ItemVerdict, paths: Map<string, string[]>, byUrl: Map<string, Snapshot>): ReportItem {
  return {
    id: v.id,
    name: { th: v.name.th, en: v.name.en },
    subIndicator: v.subIndicator,
    status: v.status,
    evidence: (v.evidence ?? []).map((e) => evidenceOf(e, clickPathOf(e, v, paths, byUrl))),
    messages: (v.messages ?? []).map(message),
    warnings: (v.warnings ?? []).map(message),
    expected: { th: v.expected.th, en: v.expected.en, kind: v.expected.kind, confidence: v.expected.confidence },
    pointCost: { ...v.pointCost },
    fix: { th: v.fix.th, en: v.fix.en },
    ...(v.notYetDue ? { notYetDue: { windowEnd: v.notYetDue.windowEnd } } : {}),
    ...(v.candidates?.length
      ? {
          candidates: v.candidates.slice(0, 5).map((c) => ({
            url: c.url,
            via: c.via,
            confidence: c.confidence,
            reason: c.reason,
            ...(c.from ? { from: c.from } : {}),
            ...(c.indexYear !== undefined ? { indexYear: c.indexYear } : {}),
          })),
        }
      : {}),
  };
}

const indexPage = (p: SiteVerdict['discovery']['indexPages'][number]) => ({
  url: p.url,
  ...(p.year !== undefined ? { year: p.year } : {}),
  reason: p.reason,
  itemCount: p.itemCount,
  ...(p.shape ? { shape: p.shape } : {}),
});

function hostsOf(url: string): string[] {
  try {
    const h = new URL(url).hostname.toLowerCase();
    const bare = h.replace(/^www\./, '');
    return bare === h ? [h] : [h, bare];
  } catch {
    return [];
  }
}

/** Turns the core's verdict and the crawl's account into the versioned report. */
export function buildReport(verdict: SiteVerdict, crawl: CrawlSummary, meta: ReportMeta): Report {
  const paths = clickPaths(crawl.snapshots ?? [], meta.siteUrl);
  const byUrl = new Map<string, Snapshot>();
  for (const snap of crawl.snapshots ?? []) {
    byUrl.set(stripHash(snap.url), snap);
    if (snap.finalUrl) byUrl.set(stripHash(snap.finalUrl), snap);
  }
  const seen = new Set<string>();
  const findings = [...(crawl.findings ?? []), ...(verdict.findings ?? [])]
    .map(message)
    .filter((f) => {
      const k = `${f.code}|${f.en}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { ...meta.tool },
    ruleSet: {
      id: verdict.ruleSetId,
      year: verdict.year,
      yearReason: { th: verdict.yearReason.th, en: verdict.yearReason.en },
      ...(meta.ruleSetTitle ? { title: { th: meta.ruleSetTitle.th, en: meta.ruleSetTitle.en } } : {}),
      ...(meta.indicators
        ? {
            indicators: meta.indicators.map((i) => ({
              id: i.id,
              name: { th: i.name.th, en: i.name.en },
              subIndicators: i.subIndicators.map((s) => ({ id: s.id, name: { th: s.name.th, en: s.name.en } })),
            })),
          }
        : {}),
    },
    site: {
      url: meta.siteUrl,
      checkedAt: meta.checkedAt ?? new Date().toISOString(),
      hosts: meta.hosts ?? hostsOf(meta.siteUrl),
      ...(meta.agencyName ? { agencyName: meta.agencyName } : {}),
    },
    ...(meta.run ? { run: meta.run } : {}),
    items: verdict.items.map((v) => itemOf(v, paths, byUrl)),
    score: ReportScore.parse(verdict.score),
    pages: {
      fetched: crawl.stats?.pages ?? crawl.snapshots?.length ?? 0,
      documents: crawl.stats?.documents ?? 0,
      ...(crawl.stats?.rendered !== undefined ? { rendered: crawl.stats.rendered } : {}),
      ...(crawl.stats?.bytes !== undefined ? { bytes: crawl.stats.bytes } : {}),
      notChecked: (crawl.notChecked ?? []).map((n) => ({ url: n.url, reason: n.reason, ...(n.detail ? { detail: n.detail } : {}) })),
    },
    findings,
    discovery: {
      indexPages: (verdict.discovery?.indexPages ?? []).map(indexPage),
      chosen: (verdict.discovery?.chosen ?? []).map(indexPage),
      yearsSeen: [...(verdict.discovery?.yearsSeen ?? [])],
      ...(verdict.discovery?.olderIndexOnly ? { olderIndexOnly: indexPage(verdict.discovery.olderIndexOnly) } : {}),
    },
  };
  return ReportSchema.parse(report);
}

/** The site part of a baseline key: host without www., port and path, lower-cased; stable across runs. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.host.toLowerCase().replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}

export function findingKey(report: Pick<Report, 'site' | 'ruleSet'>, item: string, status: ReportStatus): string {
  return `${siteKey(report.site.url)}|${report.ruleSet.year}|${item}|${status}`;
}

/**
 * New failures, fixed items and unchanged failures against an earlier report (peers §5). A "failure" is any
 * status but pass, so a needs-review that turns into missing is new, and a needs-review that turns into pass
 * is fixed. Items are matched by id within the same ITA year.
 */
export function diffReports(current: Report, baseline: Report, against: string): BaselineDiff {
  const before = new Map(baseline.items.map((i) => [i.id, i.status]));
  const sameYear = baseline.ruleSet.year === current.ruleSet.year;
  const newFailures: BaselineEntry[] = [];
  const fixed: BaselineEntry[] = [];
  const unchanged: BaselineEntry[] = [];
  const nowById = new Map(current.items.map((i) => [i.id, i.status]));
  for (const item of current.items) {
    if (item.status === 'pass') continue;
    const prev = sameYear ? before.get(item.id) : undefined;
    const entry: BaselineEntry = { key: findingKey(current, item.id, item.status), item: item.id, status: item.status };
    if (prev === item.status) unchanged.push(entry);
    else newFailures.push(prev ? { ...entry, previousStatus: prev } : entry);
  }
  if (sameYear)
    for (const item of baseline.items) {
      if (item.status === 'pass') continue;
      if (nowById.get(item.id) === 'pass')
        fixed.push({ key: findingKey(baseline, item.id, item.status), item: item.id, status: 'pass', previousStatus: item.status });
    }
  return { against, againstCheckedAt: baseline.site.checkedAt, newFailures, fixed, unchanged };
}

/** Counts per status, in the order people read them. */
export function statusCounts(report: Pick<Report, 'items'>): Record<ReportStatus, number> {
  const counts = { pass: 0, missing: 0, outdated: 0, incomplete: 0, broken: 0, 'needs-review': 0 } as Record<ReportStatus, number>;
  for (const i of report.items) counts[i.status]++;
  return counts;
}

/** Items to fix first: failing and needs-review items by the OIT points they cost, then by id. */
export function fixFirst(report: Pick<Report, 'items'>): ReportItem[] {
  const num = (id: string) => Number(id.replace(/\D/g, '')) || 0;
  return report.items
    .filter((i) => i.status !== 'pass')
    .sort((a, b) => b.pointCost.oit - a.pointCost.oit || num(a.id) - num(b.id));
}
