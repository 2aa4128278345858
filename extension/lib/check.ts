// The live check: from the page the user is on (or the site's home page), fetch the ITA page's item links
// and their documents within a small budget, then judge with the same core as the CLI.
import type { JudgeSiteInput } from '../../checker/core/api';
import type { ItemVerdict, Message, SiteVerdict, Snapshot } from '../../checker/core/types';
import type { RuleSet } from '../../rules/schema';
import type { Limiter, SessionBudget } from './queue';
import { T } from './i18n';
import { normalizeUrl, siteKey } from './sites';
import { isFresh, type CachedSnapshot, type SiteRecord } from './store';
import { isIndexPageCandidate, isOwnHost, itemLinksOf, siteHostsFrom } from '../../checker/core/discover';
import { isDocumentLink, isItaCue, isItemLink, looksLikeIndex as looksLikeIndexByCodes, nameMatcher } from './triage';
import type { FetchedSnapshot } from './fetch-snapshot';

export interface CheckRequest {
  /** The page the user is on, or any URL of the site. */
  url: string;
  /** The live DOM snapshot of that page, when the content script sends it (rendered, no extra request). */
  page?: Snapshot;
  year?: number;
  /** Ignore cached snapshots ("check again"). */
  force?: boolean;
  /** Re-judge cached snapshots only, without any request (year switch). */
  offline?: boolean;
}

export interface CheckDeps {
  fetchSnapshot(url: string): Promise<FetchedSnapshot>;
  budget: SessionBudget;
  limiter: Limiter;
  loadCache(site: string): Promise<Record<string, CachedSnapshot>>;
  saveCache(site: string, snaps: CachedSnapshot[]): Promise<void>;
  judgeSite(input: JudgeSiteInput): SiteVerdict;
  ruleSets: RuleSet[];
  now?: () => Date;
  /** Hosts we may request (the site itself always; others only when the user granted them). */
  mayFetch?: (url: string) => boolean | Promise<boolean>;
  /** Upper bound on requests for one check, below the session cap. */
  maxRequests?: number;
  previous?: SiteRecord | null;
}

const MAX_INDEX_PROBES = 8;

/** The core's own index test (titles, cues, codes) or ours (many codes): either is enough to read its links. */
function looksLikeIndex(s: Snapshot): boolean {
  if (looksLikeIndexByCodes(s)) return true;
  try {
    return isIndexPageCandidate(s).isIndex;
  } catch {
    return false;
  }
}
const MAX_DOCS_PER_PAGE = 12;

export async function runCheck(req: CheckRequest, deps: CheckDeps): Promise<SiteRecord> {
  const now = deps.now?.() ?? new Date();
  const site = siteKey(req.url);
  const home = new URL('/', req.url).href;
  const cache = await deps.loadCache(site);
  const got = new Map<string, Snapshot>();
  const fresh: CachedSnapshot[] = [];
  const skipped: string[] = [];
  const unread = new Set<string>();
  let fetched = 0;
  const maxRequests = deps.maxRequests ?? Infinity;

  const cachedSnap = (url: string): CachedSnapshot | undefined => {
    const c = cache[url] ?? cache[normalizeUrl(url)];
    if (!c) return undefined;
    if (req.offline) return c;
    return !req.force && isFresh(c, now) ? c : undefined;
  };

  // Snapshots in the order they were asked for (breadth-first, like the CLI's crawl), not the order the
  // answers arrived: the judge then sees the same list whatever the network timing.
  const order: string[] = [];
  const load = async (url: string): Promise<Snapshot | undefined> => {
    const key = normalizeUrl(url);
    if (got.has(key)) return got.get(key);
    if (!order.includes(key)) order.push(key);
    const hit = cachedSnap(url);
    if (hit) {
      got.set(key, hit);
      if (hit.textSource === 'none' && hit.kind !== 'html' && hit.kind !== 'image' && hit.status < 400 && hit.status > 0) unread.add(hit.finalUrl);
      return hit;
    }
    if (req.offline) return undefined;
    if (deps.mayFetch && !(await deps.mayFetch(url))) {
      // Another host the user has not granted: the core sees a failure and says needs-review (§6.3 rule 8).
      const s: Snapshot = { url, finalUrl: url, status: 0, error: 'not-permitted', kind: 'other', title: '', headings: [], text: '', blocks: [], links: [] };
      got.set(key, s);
      return s;
    }
    if (fetched >= maxRequests || !(await deps.budget.take(site))) {
      skipped.push(url);
      return undefined;
    }
    fetched++;
    const r = await deps.limiter.run(() => deps.fetchSnapshot(url));
    got.set(key, r.snapshot);
    if (normalizeUrl(r.snapshot.finalUrl) !== key) got.set(normalizeUrl(r.snapshot.finalUrl), r.snapshot);
    for (const u of r.unread ?? []) unread.add(u);
    fresh.push({ ...r.snapshot, fetchedAt: r.snapshot.fetchedAt ?? now.toISOString() });
    return r.snapshot;
  };
  const loadAll = async (urls: string[]) => (await Promise.all(unique(urls).map(load))).filter((s): s is Snapshot => !!s);

  if (req.page) {
    order.push(normalizeUrl(req.page.url));
    got.set(normalizeUrl(req.page.url), req.page);
    if (req.page.finalUrl) got.set(normalizeUrl(req.page.finalUrl), req.page);
    fresh.push({ ...req.page, fetchedAt: req.page.fetchedAt ?? now.toISOString() });
  }

  // 1. Index pages: the page itself when it lists items; else ITA links from the home page (two levels,
  //    since many sites have an "ITA" menu page that lists the years).
  const startPage = req.page ?? (await load(req.url));
  const homePage = normalizeUrl(home) === normalizeUrl(req.url) ? startPage : await load(home);
  const indexPages: Snapshot[] = [];
  if (startPage && looksLikeIndex(startPage)) indexPages.push(startPage);
  if (!indexPages.length) {
    // A previous check may already know where the index is.
    const known = deps.previous?.indexUrl ? await load(deps.previous.indexUrl) : undefined;
    if (known && looksLikeIndex(known)) indexPages.push(known);
  }
  if (!indexPages.length) {
    let frontier = [startPage, homePage].filter((s): s is Snapshot => !!s && s.kind === 'html');
    for (let level = 0; level < 2 && !indexPages.length; level++) {
      const probes = unique(frontier.flatMap((s) => s.links.filter(isItaCue).map((l) => l.href))).filter((u) => sameSite(u, home));
      const pages = await loadAll(probes.slice(0, MAX_INDEX_PROBES));
      indexPages.push(...pages.filter(looksLikeIndex));
      frontier = pages.filter((p) => p.kind === 'html');
    }
  }

  // 2. Item links on the index pages; a linked page that is itself an index (one page per sub-indicator)
  //    has its item links followed too.
  const matchesName = nameMatcher(deps.ruleSets);
  const evidencePages: Snapshot[] = [];
  const seenIndex = new Set(indexPages.map((p) => normalizeUrl(p.url)));
  for (let i = 0; i < indexPages.length; i++) {
    const idx = indexPages[i];
    // Our triage plus the core's own reading of the index (title-only rows, CMS shapes) for every rule set.
    const coreLinks = deps.ruleSets.flatMap((rs) => {
      try {
        return itemLinksOf(idx, rs, req.year && rs.years.includes(req.year) ? req.year : rs.years[0]).map((c) => c.url);
      } catch {
        return [];
      }
    });
    const targets = unique([...idx.links.filter((l) => isItemLink(l, matchesName)).map((l) => l.href), ...coreLinks]).filter(
      (u) => normalizeUrl(u) !== normalizeUrl(idx.url),
    );
    const pages = await loadAll(targets);
    for (const p of pages) {
      if (p.kind === 'html' && p.status < 400 && looksLikeIndex(p) && !seenIndex.has(normalizeUrl(p.url)) && indexPages.length < 12) {
        seenIndex.add(normalizeUrl(p.url));
        indexPages.push(p);
      } else evidencePages.push(p);
    }
  }

  // 3. Documents and item-named links on the evidence pages (one hop): agencies put the PDF one click below.
  const second = evidencePages
    .filter((p) => p.kind === 'html' && p.status < 400)
    .flatMap((p) =>
      p.links
        .filter((l) => isDocumentLink(l) || (sameSite(l.href, home) && isItemLink(l, matchesName)))
        .slice(0, MAX_DOCS_PER_PAGE)
        .map((l) => l.href),
    );
  await loadAll(second);

  // 4. Judge with every snapshot of this run (the cached ones included).
  const snapshots = uniqueSnapshots(order.map((k) => got.get(k)).filter((s): s is Snapshot => !!s));
  const ruleSet = (req.year && deps.ruleSets.find((r) => r.years.includes(req.year!))) || deps.ruleSets[deps.ruleSets.length - 1];
  const verdict = deps.judgeSite({ ruleSet, ruleSets: deps.ruleSets, year: req.year, snapshots, homeUrl: home, now });
  annotate(verdict, new Set(skipped.map(normalizeUrl)), new Set([...unread].map(normalizeUrl)));
  if (fresh.length) await deps.saveCache(site, fresh);

  const chosen = verdict.discovery.chosen[0]?.url ?? indexPages[0]?.url;
  return {
    site,
    homeUrl: home,
    indexUrl: chosen,
    checkedAt: now.toISOString(),
    year: verdict.year,
    ruleSetId: verdict.ruleSetId,
    verdict,
    fetched,
    skipped,
    unread: [...unread],
    source: 'live',
  };
}

/** Say why, where the extension's own limits (not the site) left an item undecided. */
function annotate(verdict: SiteVerdict, skipped: Set<string>, unread: Set<string>): void {
  for (const item of verdict.items) {
    const urls = [...item.evidence.map((e) => e.url), ...item.candidates.map((c) => c.url)].map(normalizeUrl);
    if (item.status !== 'pass' && urls.some((u) => skipped.has(u))) addOnce(item, { code: 'extension.session-cap', severity: 'warning', ...T.sessionCap });
    if (item.status === 'needs-review' && urls.some((u) => unread.has(u))) addOnce(item, { code: 'extension.open-in-cli', severity: 'info', ...T.openInCli });
  }
}

function addOnce(item: ItemVerdict, m: Message): void {
  if (!item.messages.some((x) => x.code === m.code)) item.messages.push(m);
}

/** The core's one notion of "the agency's own site" (its www. twin and its subdomains included). */
function sameSite(url: string, home: string): boolean {
  return isOwnHost(url, siteHostsFrom(home));
}

function unique(urls: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const u of urls) {
    if (!/^https?:/i.test(u)) continue;
    const k = normalizeUrl(u);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(u);
    }
  }
  return out;
}

function uniqueSnapshots(snaps: Snapshot[]): Snapshot[] {
  return [...new Set(snaps)];
}
