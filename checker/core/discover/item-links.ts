// Reading an index page's rows: which item each link serves (code + title, title trusted over code), and
// which listed items have no link (ita-oit.md §12.2, thai-text-and-dates.md §14).
import type { RuleSet } from '../../../rules/schema';
import { findItemCodes, type ItemCodeHit } from '../text';
import type { Candidate, Discovery, Snapshot, SnapshotLink } from '../types';
import { cc, isGenericText } from './generic';
import { pageYear } from './index-page';
import { TitleMatcher } from './titles';

export { isGenericText };

export interface ItemLinksOptions {
  /** ITA year of the page (when known). Codes are year-specific: on another year's page only titles count. */
  pageYear?: number;
  titles?: TitleMatcher;
  /** Canonical URLs of site-menu links (on most pages): ignored unless the row carries an item code. */
  templateLinks?: Set<string>;
  canonical?: (u: string) => string;
}

export interface PageRows {
  candidates: Candidate[];
  mismatches: Discovery['mismatches'];
  /** Items the page lists in a row that has no link. */
  listedWithoutLink: string[];
}

/** Placeholders agencies put in a row with nothing to link yet. */
const PLACEHOLDER = /อยู่ระหว่าง(?:รวบรวม|ดำเนินการ|จัดทำ|ปรับปรุง)|ไม่มีข้อมูล|รอข้อมูล|ยังไม่มี|(?:^|\s)[-–—](?:\s|$)/;

const CONF = {
  codeTitle: 0.95,
  title: 0.72,
  titleBonus: 0.18,
  mismatch: 0.7,
  code: 0.6,
  codeMany: 0.5,
  undatedPage: 0.9,
};

function strip(text: string, hits: ItemCodeHit[]): string {
  let out = '';
  let at = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    out += text.slice(at, h.start) + ' ';
    at = h.end;
  }
  return out + text.slice(at);
}

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ').trim();

interface RowRead {
  /** Items the row's codes name (existing in the rule set). */
  codes: string[];
  codeText: string;
  /** The row text without its codes. */
  title: string;
  text: string;
}

function readRow(text: string, ruleSet: RuleSet, opts: { rowStart?: boolean; url?: boolean } = { rowStart: true }): RowRead & { hits: ItemCodeHit[] } {
  const hits = text ? findItemCodes(text, opts) : [];
  const ids = new Set(ruleSet.items.map((i) => i.id));
  const codes = [...new Set(hits.map((h) => `O${h.item}`))].filter((c) => ids.has(c));
  return { codes, hits, text, codeText: hits.map((h) => text.slice(h.start, h.end)).join(', '), title: strip(text, hits) };
}

type Assignment =
  | { kind: 'code-title'; items: string[] }
  | { kind: 'title'; items: string[]; score: number }
  | { kind: 'mismatch'; item: string; code: string; score: number }
  | { kind: 'code'; items: string[] };

/**
 * Decide which item(s) a row serves: codes confirmed by the title first; a title that clearly names another
 * item beats the code (recorded as a mismatch); a bare code is weak and only trusted on the judged year's
 * page; a title-only row goes to the item whose full title it matches most completely.
 */
function assign(titleText: string, extraTitle: string, codes: string[], codeText: string, titles: TitleMatcher, codesTrusted: boolean): Assignment | null {
  const texts = [titleText, extraTitle].filter((t) => cc(t).length > 0);
  const hits = texts.flatMap((t) => titles.match(t)).sort((a, b) => b.len - a.len || b.score - a.score);
  const best = hits[0];
  if (codes.length) {
    const scores = new Map(codes.map((c) => [c, Math.max(...texts.map((t) => titles.scoreFor(c, t)), 0)]));
    // A title that clearly names another item beats a code whose own title is at best faintly there
    // (a 2566 page read with 2565 rules: "O17 รายงานผลการสำรวจความพึงพอใจ…" is the survey, not E-Service).
    const clearOther = !!best && best.score >= 0.85 && !codes.includes(best.itemId);
    if (clearOther && codes.every((c) => scores.get(c)! < 0.8)) return { kind: 'mismatch', item: best!.itemId, code: codeText, score: best!.score };
    const agree = codes.filter((c) => scores.get(c)! >= 0.55);
    if (agree.length) return { kind: 'code-title', items: agree };
    if (clearOther) return { kind: 'mismatch', item: best!.itemId, code: codeText, score: best!.score };
    if (codesTrusted) return { kind: 'code', items: codes };
    return null;
  }
  if (best) {
    // A name two items share (2565 O1 and O3 both list "โครงสร้างและอำนาจหน้าที่"): the row serves both.
    const tied = hits.filter((h) => Math.abs(h.len - best.len) < 1e-9 && Math.abs(h.score - best.score) < 1e-9).map((h) => h.itemId);
    return { kind: 'title', items: [...new Set(tied)], score: best.score };
  }
  return null;
}

/**
 * The text of the row a link sits in. A context that spans several coded rows (a paragraph of
 * "O1 … [link] O2 … [link]") is cut at the codes, and the piece holding the link text is the row.
 */
function rowOf(link: SnapshotLink, ruleSet: RuleSet): { row: RowRead; link: RowRead; url: RowRead } {
  const linkRow = readRow(link.text, ruleSet);
  const ctx = link.context && link.context.length <= 800 ? link.context : '';
  let ctxRow = readRow(ctx, ruleSet);
  const starts = [...new Set(ctxRow.hits.filter((h) => h.form !== 'range').map((h) => h.start))].sort((a, b) => a - b);
  if (ctxRow.codes.length > 1 && starts.length > 1) {
    const pieces = starts.map((s, i) => ctx.slice(s, starts[i + 1] ?? ctx.length));
    pieces[0] = ctx.slice(0, starts[1]);
    const lt = cc(link.text);
    const holding = lt ? pieces.filter((p) => cc(p).includes(lt)) : [];
    if (holding.length === 1) ctxRow = readRow(holding[0], ruleSet);
    else if (ctxRow.codes.length > 2 || ctx.length > 300) ctxRow = linkRow;
  }
  let path = link.href;
  try {
    const u = new URL(link.href);
    path = u.pathname + u.search;
    path = decodeURIComponent(path);
  } catch {
    /* keep what we have */
  }
  // Only the path: a host such as o2.example.co.th is not an item code.
  const url = readRow(path, ruleSet, { url: true });
  return { row: ctxRow.codes.length || cc(ctxRow.title) ? ctxRow : linkRow, link: linkRow, url };
}

/**
 * Item candidates from the links of one index page. `year` is the year judged; candidates carry the page's
 * year in `indexYear` so another year's page can be told apart (§6.3 rule 3).
 */
export function readIndexPage(snapshot: Snapshot, ruleSet: RuleSet, year: number, opts: ItemLinksOptions = {}): PageRows {
  const titles = opts.titles ?? new TitleMatcher(ruleSet);
  const canon = opts.canonical ?? ((u: string) => u);
  const pageYear = opts.pageYear;
  const codesTrusted = pageYear === undefined || pageYear === year;
  const yearFactor = pageYear === undefined ? CONF.undatedPage : 1;
  const where = pageYear ? `ITA ${pageYear} index page` : 'index page (year not stated)';
  const self = canon(snapshot.finalUrl || snapshot.url);
  const out = new Map<string, Candidate>();
  const mismatches: Discovery['mismatches'] = [];
  const add = (c: Candidate) => {
    const k = `${c.itemId} ${canon(c.url)}`;
    const prev = out.get(k);
    if (!prev || prev.confidence < c.confidence) out.set(k, c);
  };

  /** Links by row text, and which name no item or only a title (maybe against a code): a heading may own them. */
  const rowLinks = new Map<string, SnapshotLink[]>();
  const unassigned = new Set<SnapshotLink>();
  const titleOnly = new Set<SnapshotLink>();
  for (const l of snapshot.links) {
    if (!/^https?:/i.test(l.href) || canon(l.href) === self) continue;
    // A menu never says "คลิกที่นี่": such a link to a menu page (the news list) is this page's own row.
    const inTemplate = !!opts.templateLinks?.has(canon(l.href)) && !isGenericText(l.text);
    const { row, link, url } = rowOf(l, ruleSet);
    const codes = [...new Set([...row.codes, ...link.codes, ...url.codes])];
    const codeText = [row.codeText, link.codeText, url.codes.length ? `URL ${url.codeText}` : ''].filter(Boolean).join(', ');
    if (inTemplate && !codes.length) continue;
    const extra = isGenericText(l.text) || row === link ? '' : link.title;
    const a = assign(row.title, extra, codes, codeText, titles, codesTrusted);
    if (!inTemplate) {
      const k = cc(l.context || l.text);
      rowLinks.set(k, [...(rowLinks.get(k) ?? []), l]);
      if (!a) unassigned.add(l);
      else if (a.kind === 'title' || a.kind === 'mismatch') titleOnly.add(l);
    }
    if (!a) continue;
    const rowText = short(row.text);
    const base = { url: l.href, from: snapshot.finalUrl || snapshot.url, matchedText: rowText, ...(pageYear ? { indexYear: pageYear } : {}) };
    switch (a.kind) {
      case 'code-title':
        for (const item of a.items)
          add({ ...base, itemId: item, via: 'index-code-title', confidence: CONF.codeTitle * yearFactor, reason: `${where}: code ${codeText} and title agree` });
        break;
      case 'title':
        for (const item of a.items)
          add({
            ...base,
            itemId: item,
            via: 'index-title',
            confidence: (CONF.title + CONF.titleBonus * Math.max(0, (a.score - 0.8) / 0.2)) * yearFactor,
            reason: `${where}: title matches (${a.score.toFixed(2)})`,
          });
        break;
      case 'mismatch':
        mismatches.push({ url: l.href, code: a.code, title: rowText, assignedTo: a.item });
        add({ ...base, itemId: a.item, via: 'index-title', confidence: CONF.mismatch * yearFactor, reason: `${where}: code ${a.code} disagrees with the title; title trusted` });
        break;
      case 'code':
        for (const item of a.items)
          add({
            ...base,
            itemId: item,
            via: 'index-code',
            confidence: (a.items.length > 1 ? CONF.codeMany : CONF.code) * yearFactor,
            reason: `${where}: code ${codeText} only (no title to confirm it)`,
          });
        break;
    }
  }

  const linkTexts = new Set<string>();
  for (const l of snapshot.links) {
    linkTexts.add(cc(l.text));
    if (l.context) linkTexts.add(cc(l.context));
  }
  /** The item a row without a link names: a code its title confirms, or a row that is mostly a title. */
  const identify = (b: string): { item?: string; byCode: boolean; placeholder: boolean; headingLike: boolean; mismatch?: string } => {
    const row = readRow(b, ruleSet);
    const placeholder = PLACEHOLDER.test(b);
    const best = titles.match(row.title)[0];
    const cb = cc(b);
    let item: string | undefined;
    let mismatch: string | undefined;
    if (row.codes.length === 1) {
      if (titles.scoreFor(row.codes[0], row.title) >= 0.55) item = row.codes[0];
      else if (best && best.score >= 0.85) {
        // "O19 สรุปผลการจัดซื้อจัดจ้าง…รายเดือน" (an old template's code): the title wins, the code is reported.
        item = best.itemId;
        mismatch = row.codeText;
      }
      else if (codesTrusted && (placeholder || cc(row.title).length <= 3)) item = row.codes[0];
    } else if (!row.codes.length && best && best.score >= 0.9) {
      // A title-only row counts when it is mostly the title (not a paragraph that mentions it).
      if (placeholder || cb.length <= best.len * 1.5 + 12) item = best.itemId;
    }
    const headingLike = !!item && !placeholder && (!best || cb.length <= best.len * 1.3 + 12);
    return { ...(item ? { item } : {}), ...(mismatch ? { mismatch } : {}), byCode: row.codes.length > 0, placeholder, headingLike };
  };

  // Rows without a link name listed items. A heading-like one (accordion "O23 สรุปผล…" over month links) or a
  // container row (an <li> holding a nested list) also owns the links that follow or sit inside it, until
  // the next item; inside a container even links whose own text looks like another item's short title.
  const OTHER_INSTRUMENT = /(?<![A-Za-z])[IiEe]\s?[0-9\u0E50-\u0E59]/;
  const listedRows = new Set<string>();
  const blocks = snapshot.blocks.map((b) => ({ b, cb: cc(b) })).filter((x) => x.cb);
  let section: { item: string; taken: number; text: string; cb: string; container: boolean; mismatch?: string } | undefined;
  // Rows with the same text in different sections ("Google Drive คลิกที่นี่" under O20 and under O27): each
  // occurrence owns its share of the links with that text, in document order.
  const occurrences = new Map<string, number>();
  for (const { cb } of blocks) if (rowLinks.has(cb)) occurrences.set(cb, (occurrences.get(cb) ?? 0) + 1);
  const seenRow = new Map<string, number>();
  const linksOfOccurrence = (cb: string): SnapshotLink[] => {
    const all = rowLinks.get(cb) ?? [];
    const occ = occurrences.get(cb) ?? 1;
    const nth = seenRow.get(cb) ?? 0;
    seenRow.set(cb, nth + 1);
    if (occ <= 1 || all.length % occ !== 0) return all;
    const per = all.length / occ;
    return all.slice(nth * per, (nth + 1) * per);
  };
  for (let i = 0; i < blocks.length; i++) {
    const { b, cb } = blocks[i];
    const hasLink = linkTexts.has(cb);
    const own = hasLink && rowLinks.has(cb) ? linksOfOccurrence(cb) : [];
    const id = identify(b.length > 400 ? b.slice(0, 200) : b);
    const inside = !!section?.container && section.cb.includes(cb);
    if (id.item && !(inside && !id.byCode)) {
      const container = !hasLink && !!blocks[i + 1] && cb.includes(blocks[i + 1].cb) && blocks[i + 1].cb.length < cb.length;
      section =
        !hasLink && !id.placeholder && (id.headingLike || container)
          ? { item: id.item, taken: 0, text: b, cb, container, ...(id.mismatch ? { mismatch: id.mismatch } : {}) }
          : undefined;
      if (!hasLink && b.length <= 400) listedRows.add(id.item);
      continue;
    }
    if (!section || !hasLink) continue;
    for (const l of own) {
      const free = unassigned.has(l) || (inside && titleOnly.has(l));
      // The row's own title already named the section's item: the heading's disagreeing code is still reported.
      if (!free && section.mismatch && [...out.values()].some((c) => c.url === l.href && c.itemId === section!.item) && !mismatches.some((m) => m.url === l.href))
        mismatches.push({ url: l.href, code: section.mismatch, title: short(section.text), assignedTo: section.item });
      if (!free || section.taken >= 15 || OTHER_INSTRUMENT.test(l.context || l.text)) continue;
      if (titleOnly.has(l)) {
        for (const [k, c] of out) if (c.url === l.href && c.via === 'index-title') out.delete(k);
        for (let j = mismatches.length - 1; j >= 0; j--) if (mismatches[j].url === l.href) mismatches.splice(j, 1);
      }
      section.taken++;
      if (section.mismatch) mismatches.push({ url: l.href, code: section.mismatch, title: short(section.text), assignedTo: section.item });
      add({
        itemId: section.item,
        url: l.href,
        via: 'index-title',
        confidence: CONF.title * 0.9 * yearFactor,
        reason: `${where}: under the row or heading "${short(section.text, 80)}"`,
        matchedText: short(l.context || l.text),
        from: snapshot.finalUrl || snapshot.url,
        ...(pageYear ? { indexYear: pageYear } : {}),
      });
      unassigned.delete(l);
      titleOnly.delete(l);
    }
  }
  const candidates = [...out.values()].sort((a, b) => b.confidence - a.confidence);
  const served = new Set(candidates.map((c) => c.itemId));
  const listed = new Set([...listedRows].filter((i) => !served.has(i)));
  return { candidates, mismatches, listedWithoutLink: [...listed] };
}

/** The item candidates of one index page (for the crawler's priorities and the extension's overlay). */
export function itemLinksOf(snapshot: Snapshot, ruleSet: RuleSet, year: number, opts: ItemLinksOptions = {}): Candidate[] {
  // Without a year from the caller, the page's own (title, heading, URL): codes of another year's page are not trusted.
  const own = opts.pageYear ?? pageYear(snapshot)?.year;
  return readIndexPage(snapshot, ruleSet, year, { ...opts, ...(own ? { pageYear: own } : {}) }).candidates;
}
