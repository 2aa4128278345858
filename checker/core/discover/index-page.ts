// Is this snapshot an ITA/OIT index page, and for which year (ita-oit.md §12.1)? Cues: ITA/OIT words in
// the title and headings or the URL, many item codes (or, with a rule set, item titles) in links and rows,
// links to the sub-indicator pages (9.1 … 10.2, oit-1 … oit-6) of a year hub.
import { findItaYears } from '../dates';
import { findItemCodes, thaiDigitsToAscii } from '../text';
import type { IndexPageInfo, Snapshot } from '../types';
import { cc, isGenericText } from './generic';
import type { TitleMatcher } from './titles';
import { decodedPath, yearFromUrl } from './urls';

export interface IndexPageCandidate {
  /** 0–1: how much the page looks like an ITA index page. */
  score: number;
  /** ITA year (BE) the page names for itself, when it does. */
  year?: number;
  /** Where the year came from. */
  yearFrom?: 'title' | 'heading' | 'url';
  reason: string;
  /** Distinct items the page lists (codes, or titles when a rule set is given). */
  itemCount: number;
  /** Distinct items that come with a link. */
  linkedItemCount: number;
  /** Links to sub-indicator pages (9.1 … 10.2, oit-1 …): a year hub of per-sub-indicator pages. */
  subIndicatorLinks: number;
  shape?: IndexPageInfo['shape'];
  isIndex: boolean;
}

const CUES: Array<[RegExp, string]> = [
  [/(?<![a-z])(?:m?ita|m?oit)(?![a-z])/i, 'ITA/OIT'],
  [/integrity\s+and\s+transparency|open\s+data\s+integrity/i, 'Integrity and Transparency'],
];
const THAI_CUES = ['การเปิดเผยข้อมูลสาธารณะ', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 'การประเมินคุณธรรม'].map((t) => cc(t));
const INTEGRITY = cc('คุณธรรมและความโปร่งใส');
// O42/O43 are titled "มาตรการส่งเสริมคุณธรรมและความโปร่งใส…": there the phrase names an item, not the ITA.
const ITEM_PREFIX = [cc('ส่งเสริม'), cc('เสริมสร้าง')];

// Keyed by the text: a page's title and headings are asked about twice (index cue, then the page's year), and the
// crawler's interned headings repeat from page to page. Short texts only; cleared when it grows past 20,000.
const cueMemo = new Map<string, string | null>();

/** Which ITA cue a short text (title, heading, link text) carries, if any. */
export function itaCue(text: string): string | undefined {
  if (text.length > 300) return itaCueOf(text);
  let v = cueMemo.get(text);
  if (v === undefined) {
    v = itaCueOf(text) ?? null;
    if (cueMemo.size > 20_000) cueMemo.clear();
    cueMemo.set(text, v);
  }
  return v ?? undefined;
}

function itaCueOf(text: string): string | undefined {
  for (const [re, name] of CUES) if (re.test(text)) return name;
  const c = cc(text);
  if (THAI_CUES.some((t) => c.includes(t))) return 'การประเมินคุณธรรมและความโปร่งใส / การเปิดเผยข้อมูลสาธารณะ';
  for (let i = c.indexOf(INTEGRITY); i >= 0; i = c.indexOf(INTEGRITY, i + 1)) {
    const before = c.slice(Math.max(0, i - 12), i);
    if (!ITEM_PREFIX.some((p) => before.endsWith(p))) return 'คุณธรรมและความโปร่งใส';
  }
  return undefined;
}

/**
 * ITA year (BE) named by a title, heading or link text that carries an ITA cue: "ITA 2565", "ITA ๒๕๖๕",
 * "OIT 2566", "การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566", "ITA 66", "ita2023" (CE).
 */
export function yearOfLabel(text: string): number | undefined {
  if (!text || !itaCue(text)) return undefined;
  const fromDates = findItaYears(text).filter((y) => y >= 2557 && y <= 2599);
  if (fromDates.length) return fromDates[0];
  const t = thaiDigitsToAscii(text);
  // "ปีงบประมาณ พ.ศ. 2566", "ประจำปี 2566", "ปี 2566" next to an ITA cue: the year of the assessment.
  const be = /(?<!\d)(25[5-9]\d)(?!\d)/.exec(t);
  if (be) return Number(be[1]);
  const ce = /(?<![\d])(20[1-4]\d)(?!\d)/.exec(t);
  if (ce) return Number(ce[1]) + 543;
  const short = /(?:ita|oit)\s*[-_]?\s*(\d{2})(?!\d)/i.exec(t) ?? /(?:ปี(?:งบประมาณ)?|พ\.ศ\.)\s*(\d{2})(?!\d)/.exec(t);
  if (short && Number(short[1]) >= 57) return 2500 + Number(short[1]);
  return undefined;
}

/** The page's own year: title first, then the first headings, then the URL slug. */
export function pageYear(s: Snapshot): { year: number; from: 'title' | 'heading' | 'url' } | undefined {
  const t = yearOfLabel(s.title);
  if (t) return { year: t, from: 'title' };
  for (const h of s.headings.slice(0, 4)) {
    const y = yearOfLabel(h);
    if (y) return { year: y, from: 'heading' };
  }
  const u = yearFromUrl(s.finalUrl || s.url) ?? (s.finalUrl && s.finalUrl !== s.url ? yearFromUrl(s.url) : undefined);
  if (u) return { year: u, from: 'url' };
  return undefined;
}

// "9.1", "ตัวชี้วัดย่อยที่ 9.1", "oit-1" … "oit-7", "/9-3.htm"
const SUB_LABEL = /(?<![\d.])(?:9\.[1-5]|10\.[12])(?![\d])/;
const SUB_URL = /(?<![a-z])oit[-_]?[1-7](?!\d)|\/(?:9|10)[-_.][1-5](?:\.html?|\/|$)/i;

// Every code notation (O1, o12, oit-3, 015, ๐๑) holds an O/o, a zero or a Thai zero: most texts have none.
const MAY_HOLD_CODE = /[Oo0\u0E50]/;
// Keyed by the text itself, one map per mode: the crawler hands the same (interned) strings page after page, and a
// string keeps its hash, so a lookup costs no new key string (bench: this check runs on every crawled page).
const codeMemoRow = new Map<string, number[]>();
const codeMemoUrl = new Map<string, number[]>();
const NONE: number[] = [];
const EMPTY_SET: ReadonlySet<number> = new Set();

/** Distinct item numbers a text carries as codes (memoised: menus and footers repeat on every page). */
function codeItems(text: string, opts: { rowStart?: boolean; url?: boolean }): number[] {
  if (!text || !MAY_HOLD_CODE.test(text)) return NONE;
  const memo = opts.url ? codeMemoUrl : codeMemoRow;
  let v = memo.get(text);
  if (!v) {
    v = [...new Set(findItemCodes(text, opts).map((h) => h.item))];
    if (memo.size > 10_000) memo.clear();
    memo.set(text, v);
  }
  return v;
}

const pathMemo = new Map<string, string>();

/** The part of a URL that can carry a code: the path and query, not the host (".go.th"). Memoised like codeItems. */
function pathOf(u: string): string {
  let p = pathMemo.get(u);
  if (p !== undefined) return p;
  try {
    const x = new URL(u);
    p = x.pathname + x.search;
  } catch {
    p = u;
  }
  if (pathMemo.size > 10_000) pathMemo.clear();
  pathMemo.set(u, p);
  return p;
}

interface LinkFacts {
  /** Item codes in the link's text, its row (when short) and its URL path. */
  items: ReadonlySet<number>;
  /** Points to a sub-indicator page (9.1 … 10.2, oit-1 …). */
  sub: boolean;
  /** Carries codes and its row says more than the link text (a table row, not a bare list link). */
  contextLonger: boolean;
}

// text → context → href: every page repeats its site's menu, so most links were seen on an earlier page; with the
// crawler's interned strings each level is a lookup on a string whose hash is already known (bench: this check
// runs on every crawled page). Cleared when it grows past LINK_FACTS_MAX.
const linkMemo = new Map<string, Map<string, Map<string, LinkFacts>>>();
let linkMemoSize = 0;
const LINK_FACTS_MAX = 20_000;

function linkFacts(text: string, context: string, href: string): LinkFacts {
  let byContext = linkMemo.get(text);
  let byHref = byContext?.get(context);
  let f = byHref?.get(href);
  if (f) return f;
  const fromText = codeItems(text, { rowStart: true });
  const fromContext = codeItems(context.length <= 400 ? context : '', { rowStart: true });
  const fromUrl = codeItems(pathOf(href), { url: true });
  const items = fromText.length || fromContext.length || fromUrl.length ? new Set([...fromText, ...fromContext, ...fromUrl]) : EMPTY_SET;
  f = { items, sub: SUB_LABEL.test(text) || SUB_URL.test(href), contextLonger: items.size > 0 && cc(context).length > cc(text).length + 4 };
  if (++linkMemoSize > LINK_FACTS_MAX) {
    linkMemo.clear();
    linkMemoSize = 1;
    byContext = byHref = undefined;
  }
  if (!byContext) linkMemo.set(text, (byContext = new Map()));
  if (!byHref) byContext.set(context, (byHref = new Map()));
  byHref.set(href, f);
  return f;
}

export interface IndexPageOptions {
  /** Matches item titles, for title-only index pages. */
  titles?: TitleMatcher;
  /** Canonical URLs of links every page carries (site menus): not counted as the page's item list. */
  templateLinks?: Set<string>;
  canonical?: (u: string) => string;
}

/** Cheap enough for the crawler to call on every fetched page, to fetch index pages' links first. */
export function isIndexPageCandidate(snapshot: Snapshot, opts: IndexPageOptions = {}): IndexPageCandidate {
  const none: IndexPageCandidate = { score: 0, reason: '', itemCount: 0, linkedItemCount: 0, subIndicatorLinks: 0, isIndex: false };
  if (snapshot.kind !== 'html' || snapshot.status >= 400 || snapshot.status === 0) return none;
  const reasons: string[] = [];
  let score = 0;

  const titleCue = itaCue(snapshot.title) ?? snapshot.headings.slice(0, 4).map(itaCue).find(Boolean);
  if (titleCue) {
    score += 0.35;
    reasons.push(`title/heading says ${titleCue}`);
  }
  const urlCue = /(?<![a-z])(?:m?ita|m?oit)(?![a-z])|คุณธรรม/i.test(decodedPath(snapshot.finalUrl || snapshot.url));
  if (urlCue) {
    score += 0.15;
    reasons.push('URL names ITA/OIT');
  }

  const canon = opts.canonical ?? ((u: string) => u);
  const linked = new Set<number>();
  const titled = new Set<string>();
  let subLinks = 0;
  let contextDiffers = 0;
  for (const l of snapshot.links) {
    const inTemplate = opts.templateLinks?.has(canon(l.href));
    const { items, sub, contextLonger } = linkFacts(l.text, l.context, l.href);
    // A site-wide block that repeats coded links on every page (a CMS "recent posts" sidebar, an ITA mega
    // menu) makes no page an index by itself; only a page that also names the ITA is one.
    if (items.size <= 3 && (!inTemplate || titleCue || urlCue)) for (const i of items) linked.add(i);
    if (sub) subLinks++;
    // Title-only lists count only with an ITA cue (below), so pages without one skip the title work.
    if (opts.titles && !inTemplate && (titleCue || urlCue)) {
      const hit = opts.titles.match(isGenericText(l.text) ? (l.context.length <= 300 ? l.context : '') : l.text)[0];
      if (hit && hit.score >= 0.9) titled.add(hit.itemId);
    }
    if (contextLonger) contextDiffers++;
  }
  const blockItems = new Set<number>();
  for (const b of snapshot.blocks) if (b.length <= 400) for (const i of codeItems(b, { rowStart: true })) blockItems.add(i);

  const linkedCount = Math.max(linked.size, titled.size);
  const itemCount = Math.max(new Set([...linked, ...blockItems]).size, titled.size);
  score += Math.min(linkedCount, 10) * 0.05 + Math.min(Math.max(itemCount - linkedCount, 0), 10) * 0.01;
  if (linked.size) reasons.push(`${linked.size} item codes in links`);
  if (titled.size >= 3) reasons.push(`${titled.size} item titles in links`);
  if (subLinks >= 3) {
    score += 0.2;
    reasons.push(`${subLinks} links to sub-indicator pages`);
  }
  score = Math.min(1, score);

  // Item codes alone (3 or more with links) make an index; a title-only list needs an ITA cue too, since
  // site menus carry item-like titles (โครงสร้าง, ข่าวประชาสัมพันธ์) on every page.
  // An item's own page (breadcrumb "ITA 2565", previous/next links to O37 and O39) carries a cue and two or
  // three codes too: an index lists more. Sub-indicator pages of a hub are admitted by discovery itself.
  const isIndex =
    linked.size >= 5 ||
    ((titleCue || urlCue) && (linked.size >= 3 || (itemCount >= 4 && linked.size >= 1) || titled.size >= 4 || subLinks >= 3));
  const y = pageYear(snapshot);
  let shape: IndexPageInfo['shape'];
  if (isIndex) {
    if (subLinks >= 3 && linkedCount < 5) shape = 'per-sub-indicator';
    else if (contextDiffers >= Math.max(2, linked.size / 2)) shape = 'table';
    else shape = 'list';
  }
  return {
    score: isIndex ? score : Math.min(score, 0.3),
    ...(y ? { year: y.year, yearFrom: y.from } : {}),
    reason: reasons.join('; '),
    itemCount,
    linkedItemCount: linkedCount,
    subIndicatorLinks: subLinks,
    ...(shape ? { shape } : {}),
    isIndex: !!isIndex,
  };
}

