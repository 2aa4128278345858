// Discovery (ita-oit.md §12): find the site's ITA index pages and the year each is for, pick the one(s) for
// the year judged, read their rows into item → candidate URLs, and fall back to titles across the site
// when no index page serves an item. Pure: works on snapshots only.
import type { DiscoverFn, DiscoverInput } from '../api';
import type { Candidate, Discovery, IndexPageInfo, Snapshot, SnapshotLink } from '../types';
import { isIndexPageCandidate, yearOfLabel, type IndexPageCandidate } from './index-page';
import { cc } from './generic';
import { isGenericText, readIndexPage } from './item-links';
import { TitleMatcher } from './titles';
import { canonicalUrl, isDocumentUrl, isOwnHost } from './urls';

export { isIndexPageCandidate, itaCue, pageYear, yearOfLabel, type IndexPageCandidate, type IndexPageOptions } from './index-page';
export { itemLinksOf, readIndexPage, isGenericText, type ItemLinksOptions, type PageRows } from './item-links';
export { TitleMatcher, TITLE_MATCH, type TitleHit } from './titles';
export { canonicalUrl, hostOf, isOwnHost, siteHostsFrom, yearFromUrl, isDocumentUrl } from './urls';

/** An item with a candidate at least this sure from the year's index page needs no site-wide search. */
const GOOD_ENOUGH = 0.7;
const HOP_FACTOR = 0.9;
const MAX_HOP_LINKS = 12;
const MAX_SITE_TITLE = 6;

const ok = (s: Snapshot) => s.status > 0 && s.status < 400 && !s.error;
const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

interface PageInfo {
  snap: Snapshot;
  key: string;
  info: IndexPageCandidate;
  year?: number;
  yearWhy?: string;
  shape?: IndexPageInfo['shape'];
}

/** Links present on most site pages: menus and footers, not an index page's own rows. */
function templateLinksOf(pages: Snapshot[]): Set<string> {
  const count = new Map<string, number>();
  for (const p of pages) for (const h of new Set(p.links.map((l) => canonicalUrl(l.href)))) count.set(h, (count.get(h) ?? 0) + 1);
  const need = Math.max(3, Math.ceil(pages.length * 0.6));
  return new Set([...count].filter(([, n]) => n >= need).map(([h]) => h));
}

interface Scan {
  byUrl: Map<string, Snapshot>;
  lookup: (u: string) => Snapshot | undefined;
  keyOf: (s: Snapshot) => string;
  onSite: (u: string) => boolean;
  siteHtml: Snapshot[];
  templateLinks: Set<string>;
  titles: TitleMatcher;
  inbound: Map<string, Array<{ from: Snapshot; link: SnapshotLink }>>;
  pages: Map<string, PageInfo>;
  /** Index pages, best first. */
  all: PageInfo[];
  indexPages: IndexPageInfo[];
  yearsSeen: number[];
  infoOf: (p: PageInfo) => IndexPageInfo;
}

// judgeSite scans once to choose the year and again to discover: the same snapshots give the same scan.
const scans = new WeakMap<Snapshot[], Map<string, Scan>>();

function scanSite(ruleSet: DiscoverInput['ruleSet'], snapshots: Snapshot[], hosts: string[]): Scan {
  const memoKey = `${ruleSet.id} ${ruleSet.items.length} ${hosts.join(',')}`;
  const memo = scans.get(snapshots)?.get(memoKey);
  if (memo && memo.titles.ruleSet === ruleSet) return memo;
  const onSite = (u: string) => isOwnHost(u, hosts);
  const byUrl = new Map<string, Snapshot>();
  for (const s of snapshots) {
    byUrl.set(canonicalUrl(s.url), s);
    if (s.finalUrl) byUrl.set(canonicalUrl(s.finalUrl), s);
  }
  const keyOf = (s: Snapshot) => canonicalUrl(s.finalUrl || s.url);
  const lookup = (u: string) => byUrl.get(canonicalUrl(u));

  const html = snapshots.filter((s) => s.kind === 'html' && ok(s));
  const siteHtml = html.filter((s) => onSite(s.finalUrl || s.url) || onSite(s.url));
  const templateLinks = templateLinksOf(siteHtml);
  const titles = new TitleMatcher(ruleSet);

  // Who links to whom: years travel along links from hubs and from "ITA 2566" menu entries.
  const inbound = new Map<string, Array<{ from: Snapshot; link: SnapshotLink }>>();
  for (const s of html)
    for (const l of s.links) {
      const t = lookup(l.href);
      if (!t || t === s) continue;
      const k = keyOf(t);
      const list = inbound.get(k) ?? [];
      list.push({ from: s, link: l });
      inbound.set(k, list);
    }

  // 1. Index pages.
  const pages = new Map<string, PageInfo>();
  const assessed = new Map<string, IndexPageCandidate>();
  for (const s of html) {
    const info = isIndexPageCandidate(s, { titles, templateLinks, canonical: canonicalUrl });
    assessed.set(keyOf(s), info);
    if (info.isIndex) pages.set(keyOf(s), { snap: s, key: keyOf(s), info, year: info.year, yearWhy: info.yearFrom, shape: info.shape });
  }
  // Per-sub-indicator pages: a hub links 9.1 … 10.2; each sub page may list only two items and no ITA word.
  for (const hub of [...pages.values()].filter((p) => p.info.subIndicatorLinks >= 3)) {
    hub.shape = 'per-sub-indicator';
    for (const l of hub.snap.links) {
      const t = lookup(l.href);
      if (!t || t.kind !== 'html' || !ok(t) || t === hub.snap) continue;
      const existing = pages.get(keyOf(t));
      if (existing) {
        if (existing.info.subIndicatorLinks < 3) existing.shape = 'per-sub-indicator';
        continue;
      }
      const info = assessed.get(keyOf(t));
      if (info && info.linkedItemCount >= 1)
        pages.set(keyOf(t), { snap: t, key: keyOf(t), info: { ...info, isIndex: true }, year: info.year, yearWhy: info.yearFrom, shape: 'per-sub-indicator' });
    }
  }
  // Only pages on the main website, or reached from it (an ita. subdomain or Google Sites, §12.1).
  const allowed = new Set<string>();
  for (let round = 0; round < 3; round++)
    for (const p of pages.values()) {
      if (allowed.has(p.key)) continue;
      if (onSite(p.snap.finalUrl || p.snap.url) || onSite(p.snap.url)) allowed.add(p.key);
      else if ((inbound.get(p.key) ?? []).some(({ from }) => onSite(from.finalUrl || from.url) || allowed.has(keyOf(from)))) allowed.add(p.key);
    }
  for (const k of [...pages.keys()]) if (!allowed.has(k)) pages.delete(k);

  // Years: the page's own title/heading/URL; else the label of a link to it ("ITA 2566"); else its hub's.
  for (let round = 0; round < 3; round++)
    for (const p of pages.values()) {
      if (p.year) continue;
      for (const { from, link } of inbound.get(p.key) ?? []) {
        const y = yearOfLabel(link.text) ?? (link.context.length <= 200 ? yearOfLabel(link.context) : undefined);
        if (y) {
          p.year = y;
          p.yearWhy = `link "${link.text.trim().slice(0, 60)}" on ${from.finalUrl || from.url}`;
          break;
        }
        const parent = pages.get(keyOf(from));
        // A site-menu link ("ข้อมูล OIT เดิม" on every page, the year's page included) carries no year.
        if (parent?.year && !templateLinks.has(canonicalUrl(link.href))) {
          p.year = parent.year;
          p.yearWhy = `linked from the ITA ${parent.year} page ${parent.snap.finalUrl || parent.snap.url}`;
          break;
        }
      }
    }

  const infoOf = (p: PageInfo): IndexPageInfo => ({
    url: p.snap.finalUrl || p.snap.url,
    ...(p.year ? { year: p.year } : {}),
    reason: [p.info.reason, p.year ? `year ${p.year} from ${p.yearWhy}` : 'no year stated'].filter(Boolean).join('; '),
    itemCount: p.info.itemCount,
    ...(p.shape ? { shape: p.shape } : {}),
  });
  const all = [...pages.values()].sort((a, b) => b.info.score - a.info.score || (b.year ?? 0) - (a.year ?? 0) || b.info.itemCount - a.info.itemCount);
  const indexPages = all.map(infoOf);
  const yearsSeen = [...new Set(all.map((p) => p.year).filter((y): y is number => !!y))].sort((a, b) => b - a);

  const scan: Scan = { byUrl, lookup, keyOf, onSite, siteHtml, templateLinks, titles, inbound, pages, all, indexPages, yearsSeen, infoOf };
  const m = scans.get(snapshots) ?? new Map<string, Scan>();
  m.set(memoKey, scan);
  scans.set(snapshots, m);
  return scan;
}

/** The site's ITA index pages (best first) with their years: what the year choice needs (§6.4). */
export function findIndexPages(input: Pick<DiscoverInput, 'ruleSet' | 'snapshots' | 'siteHosts'>): IndexPageInfo[] {
  return scanSite(input.ruleSet, input.snapshots, input.siteHosts).indexPages;
}

export const discover: DiscoverFn = (input: DiscoverInput): Discovery => {
  const { ruleSet, year, snapshots } = input;
  const { lookup, keyOf, onSite, siteHtml, templateLinks, titles, inbound, pages, all, indexPages, yearsSeen, infoOf } = scanSite(
    ruleSet,
    snapshots,
    input.siteHosts ?? [],
  );
  let chosenPages = all.filter((p) => p.year === year);
  if (!chosenPages.length) chosenPages = all.filter((p) => !p.year);
  const chosenKeys = new Set(chosenPages.map((p) => p.key));
  const older = all.filter((p) => p.year && p.year < year);
  const olderIndexOnly = !chosenPages.length && older.length ? infoOf(older.sort((a, b) => b.year! - a.year! || b.info.score - a.info.score)[0]) : undefined;

  const isCurrent = (c: Candidate) => c.indexYear === undefined || c.indexYear === year;
  const candidates: Record<string, Candidate[]> = Object.fromEntries(ruleSet.items.map((i) => [i.id, [] as Candidate[]]));
  const add = (c: Candidate) => {
    const list = candidates[c.itemId];
    if (!list) return;
    const k = canonicalUrl(c.url);
    const i = list.findIndex((x) => canonicalUrl(x.url) === k && (isCurrent(x) ? isCurrent(c) : x.indexYear === c.indexYear));
    if (i < 0) list.push(c);
    else if (list[i].confidence < c.confidence) list[i] = c;
  };
  // Links to other index pages (a hub's sub-indicator pages, another year) are not item evidence.
  const isIndexUrl = (u: string) => {
    const t = lookup(u);
    const p = t && pages.get(keyOf(t));
    return !!p && (p.info.linkedItemCount >= 3 || p.info.subIndicatorLinks >= 3 || p.shape === 'per-sub-indicator');
  };

  const base: Omit<Discovery, 'candidates' | 'listedWithoutLink' | 'mismatches'> = {
    indexPages,
    chosen: chosenPages.map(infoOf),
    ...(olderIndexOnly ? { olderIndexOnly } : {}),
    yearsSeen,
  };

  // An assessor's map: only those URLs serve the items (clarification re-checks only submitted links).
  if (input.explicitMap) {
    for (const [itemId, urls] of Object.entries(input.explicitMap))
      for (const url of urls) add({ itemId, url, via: 'explicit-map', confidence: 1, reason: 'URL given for this item in the assessor map' });
    return { ...base, candidates, listedWithoutLink: [], mismatches: [] };
  }

  // 2. Rows of the year's index page(s).
  const mismatches: Discovery['mismatches'] = [];
  const listed = new Set<string>();
  const fromChosen = new Set<string>();
  for (const p of chosenPages) {
    const r = readIndexPage(p.snap, ruleSet, year, { pageYear: p.year, titles, templateLinks, canonical: canonicalUrl });
    for (const c of r.candidates)
      if (!isIndexUrl(c.url)) {
        add(c);
        fromChosen.add(c.itemId);
      }
    // Paginated archives and sidebars repeat a row: one mismatch per link and assignment.
    for (const m of r.mismatches)
      if (!mismatches.some((x) => x.url === m.url && x.assignedTo === m.assignedTo)) mismatches.push(m);
    for (const i of r.listedWithoutLink) listed.add(i);
    // One page per item: most rows lead to an HTML page of the site that is itself no index.
    const targets = r.candidates.map((c) => lookup(c.url));
    const itemPages = targets.filter((t) => t && t.kind === 'html' && !pages.has(keyOf(t))).length;
    if (p.shape !== 'per-sub-indicator' && r.candidates.length >= 3 && itemPages >= r.candidates.length * 0.6) {
      p.shape = 'per-item';
      for (const info of [...base.chosen, ...base.indexPages]) if (info.url === (p.snap.finalUrl || p.snap.url)) info.shape = 'per-item';
    }
  }

  // 3. One hop from an item's own page (one page per item, CMS category pages): its documents.
  for (const p of chosenPages)
    for (const itemId of Object.keys(candidates))
      for (const c of [...candidates[itemId]]) {
        if (c.from !== (p.snap.finalUrl || p.snap.url)) continue;
        const t = lookup(c.url);
        if (!t || t.kind !== 'html' || !ok(t) || pages.has(keyOf(t))) continue;
        let n = 0;
        for (const l of t.links) {
          if (n >= MAX_HOP_LINKS) break;
          if (!/^https?:/i.test(l.href) || isIndexUrl(l.href) || canonicalUrl(l.href) === keyOf(t)) continue;
          const target = lookup(l.href);
          const isDoc = isDocumentUrl(l.href) || (!!target && target.kind !== 'html');
          const titled = !isGenericText(l.text) && titles.scoreFor(itemId, l.text, 0.8) >= 0.8;
          // A site-menu link counts only when named for the item: the O7 post pointing to the news list
          // that the main menu also carries.
          if (templateLinks.has(canonicalUrl(l.href)) ? !titled : !isDoc && !titled) continue;
          n++;
          add({
            itemId,
            url: l.href,
            via: c.via,
            confidence: c.confidence * HOP_FACTOR,
            reason: `linked from the item's page ${t.finalUrl || t.url} (${c.reason})`,
            matchedText: l.text.trim().slice(0, 160),
            from: t.finalUrl || t.url,
            ...(c.indexYear ? { indexYear: c.indexYear } : {}),
          });
        }
      }

  // 4. Another year's index pages: kept apart; the judge names them as old (or newer) evidence seen.
  for (const p of all) {
    if (chosenKeys.has(p.key) || !p.year || p.year === year) continue;
    const r = readIndexPage(p.snap, ruleSet, year, { pageYear: p.year, titles, templateLinks, canonical: canonicalUrl });
    for (const c of r.candidates) {
      if (isIndexUrl(c.url)) continue;
      const same = candidates[c.itemId]?.some((x) => canonicalUrl(x.url) === canonicalUrl(c.url) && (x.indexYear ?? year) === year);
      if (!same) add(c);
    }
  }

  // 5. Fallback for items the year's index page does not serve well: titles across the site.
  const needy = new Set(
    ruleSet.items
      .map((i) => i.id)
      .filter((id) => !candidates[id].some((c) => (c.indexYear ?? year) === year && c.confidence >= GOOD_ENOUGH)),
  );
  if (needy.size) {
    const otherYearKeys = new Set(all.filter((p) => p.year && p.year !== year).map((p) => p.key));
    const textHits = new Map<string, ReturnType<TitleMatcher['match']>>();
    const hitsOf = (t: string, fuzzy = true) => {
      const k = `${fuzzy ? 'f' : 'x'}${cc(t)}`;
      let h = textHits.get(k);
      if (!h) textHits.set(k, (h = titles.match(t, undefined, { fuzzy })));
      return h;
    };
    // A link text that is mostly an item's name (a menu entry), not a news headline that mentions it.
    const mostlyName = (t: string, len: number) => cc(t).length <= len * 1.6 + 8;
    const siteTitle = new Map<string, Candidate>();
    for (const s of siteHtml) {
      if (otherYearKeys.has(keyOf(s)) || chosenKeys.has(keyOf(s))) continue;
      for (const l of s.links) {
        if (!/^https?:/i.test(l.href) || isGenericText(l.text) || l.text.length > 150 || isIndexUrl(l.href)) continue;
        const best = hitsOf(l.text, false)[0];
        if (!best || best.score < 0.85 || !needy.has(best.itemId) || !mostlyName(l.text, best.len)) continue;
        const c: Candidate = {
          itemId: best.itemId,
          url: l.href,
          via: 'site-title',
          confidence: 0.3 + 0.25 * best.score,
          reason: `link text on ${s.finalUrl || s.url} matches the item title (${best.score.toFixed(2)})`,
          matchedText: l.text.trim().slice(0, 160),
          from: s.finalUrl || s.url,
        };
        const k = `${c.itemId} ${canonicalUrl(c.url)}`;
        if (!siteTitle.has(k) || siteTitle.get(k)!.confidence < c.confidence) siteTitle.set(k, c);
      }
    }
    // The few closest menu entries per item are enough; more only slows the judge down.
    const perItem = new Map<string, Candidate[]>();
    for (const c of siteTitle.values()) perItem.set(c.itemId, [...(perItem.get(c.itemId) ?? []), c]);
    for (const list of perItem.values())
      list
        .sort((a, b) => b.confidence - a.confidence || (a.matchedText?.length ?? 0) - (b.matchedText?.length ?? 0))
        .slice(0, MAX_SITE_TITLE)
        .forEach(add);

    // §6.3 rule 3: a page the site links only from another year's index page does not serve this year.
    const onlyFromOtherYear = (s: Snapshot) => {
      const from = inbound.get(keyOf(s)) ?? [];
      return from.length > 0 && from.every(({ from: f }) => otherYearKeys.has(keyOf(f)));
    };
    const home = canonicalUrl(input.homeUrl);
    for (const s of snapshots) {
      if (!ok(s) || pages.has(keyOf(s)) || keyOf(s) === home || canonicalUrl(s.url) === home || onlyFromOtherYear(s)) continue;
      const reachable = onSite(s.finalUrl || s.url) || onSite(s.url) || (inbound.get(keyOf(s)) ?? []).some(({ from }) => onSite(from.url));
      if (!reachable) continue;
      const labels = [s.title, ...s.headings.slice(0, 3)];
      if (s.kind !== 'html' && !s.headings.length) labels.push(...s.blocks.slice(0, 2));
      let best: { itemId: string; score: number; label: string } | undefined;
      for (const label of labels) {
        for (const part of label.split(/\s[|\-–—:]\s|\s*[|]\s*/)) {
          if (!part || part.length > 150) continue;
          const h = hitsOf(part)[0];
          // The label must be mostly the item's name, not a sentence that mentions it.
          if (h && h.score >= 0.85 && mostlyName(part, h.len) && (!best || h.score > best.score)) best = { itemId: h.itemId, score: h.score, label: part };
        }
      }
      if (!best || !needy.has(best.itemId)) continue;
      add({
        itemId: best.itemId,
        url: s.finalUrl || s.url,
        via: 'page-content',
        confidence: 0.25 + 0.2 * best.score,
        reason: `the page's title or heading is the item name ("${best.label.trim().slice(0, 80)}")`,
        matchedText: best.label.trim().slice(0, 160),
      });
    }
  }

  for (const id of Object.keys(candidates)) {
    // A URL the site also offers for this year is not "only reachable from another year's page".
    const current = new Set(candidates[id].filter(isCurrent).map((c) => canonicalUrl(c.url)));
    candidates[id] = candidates[id].filter((c) => isCurrent(c) || !current.has(canonicalUrl(c.url))).sort((a, b) => Number(isCurrent(b)) - Number(isCurrent(a)) || b.confidence - a.confidence);
  }
  const listedWithoutLink = [...listed].filter((i) => !fromChosen.has(i)).sort(byNumber);
  return { ...base, candidates, listedWithoutLink, mismatches };
};
