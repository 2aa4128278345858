// Which links the extension spends its small request budget on. The core's discovery decides what serves
// which item; this only picks what to fetch: ITA pages from the home page, item links from an ITA page,
// documents from an evidence page. Notations from ita-oit.md §12.2 (O35, o 1, O-10, 015, ๐๑, /O17MC66.html).
import type { RuleSet } from '../../rules/schema';
import type { Snapshot, SnapshotLink } from '../../checker/core/types';
import { findItemCodes, thaiDigitsToAscii } from '../../checker/core/text';
import { isDocumentUrl, itaCue } from '../../checker/core/discover';

/** Item codes ("O12") a row, link text or context names; a leading "015"/"๐๑" counts, as in an index row. */
export function codesIn(text: string): string[] {
  return [...new Set(findItemCodes(text, { rowStart: true }).map((h) => `O${h.item}`))];
}

/** The URL's path and query, decoded: a host such as o2.example.co.th is not an item code (as the core reads it). */
function pathOf(href: string): string {
  try {
    const u = new URL(href);
    const p = u.pathname + u.search;
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  } catch {
    return href;
  }
}

function hrefCodes(href: string): string[] {
  return [...new Set(findItemCodes(pathOf(href), { url: true }).map((h) => `O${h.item}`))];
}

const squash = (s: string) => thaiDigitsToAscii(s).replace(/\s+/g, '').toLowerCase();

export function nameMatcher(ruleSets: RuleSet[]): (text: string) => boolean {
  const names = new Set<string>();
  for (const rs of ruleSets)
    for (const it of rs.items) for (const n of [it.name.th, ...it.aliases]) if (n.length >= 6) names.add(squash(n));
  const list = [...names];
  return (text) => {
    const t = squash(text);
    return t.length > 0 && list.some((n) => t.includes(n));
  };
}

export function isItaCue(link: SnapshotLink): boolean {
  return !!(itaCue(link.text) || itaCue(pathOf(link.href)) || itaCue(link.context.slice(0, 200)));
}

/** An ITA index lists many item codes (or one sub-indicator's worth, on per-sub-indicator sites). */
export function indexScore(s: Snapshot): number {
  const codes = new Set<string>();
  for (const l of s.links) for (const c of [...codesIn(l.text), ...codesIn(l.context), ...hrefCodes(l.href)]) codes.add(c);
  for (const b of s.blocks) for (const c of codesIn(b)) codes.add(c);
  return codes.size;
}

export function looksLikeIndex(s: Snapshot): boolean {
  return s.kind === 'html' && indexScore(s) >= 4;
}

export function isItemLink(link: SnapshotLink, matchesName: (t: string) => boolean): boolean {
  if (codesIn(link.text).length || codesIn(link.context).length || hrefCodes(link.href).length) return true;
  return matchesName(link.text) || matchesName(link.context);
}

export function isDocumentLink(link: SnapshotLink): boolean {
  // Drive's direct-download form (/uc?id=) is a file too; the core's test knows only /file/.
  return isDocumentUrl(link.href) || /drive\.google\.com\/uc\b/.test(link.href);
}
