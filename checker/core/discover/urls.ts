// URL helpers for discovery: one canonical form for comparing links with snapshots, the site's own hosts,
// and the ITA year written into a URL slug (/ita-2565/, /oit66/, /ita2023/ in CE).
import { findItaYears } from '../dates';

/** Canonical form for comparing URLs: no fragment, lower-case host, no default port, no trailing slash. */
export function canonicalUrl(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    let s = `${x.protocol}//${x.host.toLowerCase()}${x.pathname}${x.search}`;
    if (s.endsWith('/') && x.search === '') s = s.slice(0, -1);
    return s;
  } catch {
    return u.replace(/#.*$/, '').replace(/\/$/, '');
  }
}

export function hostOf(u: string): string {
  try {
    return new URL(u).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Is the URL on the agency's own website? The one definition for the whole checker (discovery, judge, crawler,
 * extension): a site host, its www. twin, or a subdomain of the agency's host (ita.<host>, e-service.<host>),
 * since an ITA subdomain page is the agency's own and its failure is judged like the main host's (ita-oit.md
 * §12.1, §6.3 rule 8). `siteHosts` are the host names of the home page (siteHostsFrom), any case, with or
 * without www. Only the agency's own name counts, never its parent zone: a police station at
 * noenkum.phitsanulok.police.go.th does not own other *.police.go.th sites.
 */
export function isOwnHost(url: string, siteHosts: readonly string[]): boolean {
  const h = hostOf(url).replace(/^www\./, '');
  if (!h) return false;
  for (const s of siteHosts) {
    const site = s.toLowerCase().replace(/^www\./, '');
    if (site && (h === site || h.endsWith(`.${site}`))) return true;
  }
  return false;
}

/** The host and its www. twin: both count as the agency's main website. */
export function siteHostsFrom(homeUrl: string): string[] {
  const h = hostOf(homeUrl);
  if (!h) return [];
  return h.startsWith('www.') ? [h, h.slice(4)] : [h, `www.${h}`];
}

// A page's URL is asked about several times in a row (ITA cue, year, document look): the last answer is kept.
let lastPathOf: string | undefined;
let lastPath = '';

export function decodedPath(u: string): string {
  if (u === lastPathOf) return lastPath;
  lastPath = decodePathOf(u);
  lastPathOf = u;
  return lastPath;
}

function decodePathOf(u: string): string {
  let path = u;
  try {
    const x = new URL(u);
    path = x.pathname + x.search;
  } catch {
    /* keep the raw string */
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const DOC_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|csv|jpe?g|png|gif|webp|zip|rar)(?:$|[?#])/i;
/** A link to a file (not a page): PDFs, Office files, images. */
export function isDocumentUrl(u: string): boolean {
  return DOC_EXT.test(decodedPath(u)) || /drive\.google\.com\/file\//.test(u);
}

const ITA_CUE_IN_PATH = /(?<![a-z])(?:m?ita|m?oit)(?![a-z])|คุณธรรม|โปร่งใส|เปิดเผยข้อมูลสาธารณะ/i;

/**
 * ITA year (BE) a URL's path names, or undefined. Accepts `/ita-2565/`, `/ita2566`, `/oit66/`, `ita_66.php`,
 * `/รายงาน-ita-2565/`, `ita-ปีงบประมาณ-2566`, and CE slugs (`/ita2023/` = 2566). Only paths that carry an
 * ITA cue are read, so `/uploads/2022/03/` (an upload folder, §6.3 rule 5) says nothing.
 */
export function yearFromUrl(u: string): number | undefined {
  const path = decodedPath(u).toLowerCase();
  if (!ITA_CUE_IN_PATH.test(path)) return undefined;
  const named = findItaYears(path).find((y) => y >= 2557 && y <= 2599);
  if (named) return named;
  // Two digits glued to the cue: oit66, ita_66, ita-66 (ITA began in 2557, so 57–99 are BE years).
  const cue = /(?<![a-z])m?(?:ita|oit)[-_ ]?(?:ปี(?:งบประมาณ)?[-_ ]?)?(\d{2,4})(?!\d)/g;
  for (const m of path.matchAll(cue)) {
    const y = toBe(m[1]);
    if (y) return y;
  }
  // Otherwise a four-digit year anywhere in a path that carries a cue; upload folders are skipped.
  if (/\/uploads?\//.test(path) || /wp-content/.test(path)) return undefined;
  for (const m of path.matchAll(/(?<!\d)(25[5-9]\d|20[1-4]\d)(?!\d)/g)) {
    const y = toBe(m[1]);
    if (y) return y;
  }
  return undefined;
}

function toBe(digits: string): number | undefined {
  const n = Number(digits);
  if (digits.length === 2) return n >= 57 ? 2500 + n : undefined;
  if (digits.length === 4) {
    if (n >= 2557 && n <= 2599) return n;
    if (n >= 2014 && n <= 2056) return n + 543;
  }
  return undefined;
}
