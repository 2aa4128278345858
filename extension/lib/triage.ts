// Which links the extension spends its small request budget on. The core's discovery decides what serves
// which item; this only picks what to fetch: ITA pages from the home page, item links from an ITA page,
// documents from an evidence page. Notations from ita-oit.md §12.2 (O35, o 1, O-10, 015, ๐๑, /O17MC66.html).
import type { RuleSet } from '../../rules/schema';
import type { Snapshot, SnapshotLink } from '../../checker/core/types';
import { thaiDigitsToAscii } from '../../checker/core/text/digits';

const LETTER_CODE = /(?<![A-Za-z0-9])[Oo]\s*[-–.]?\s*(0?[1-9]|[1-4]\d)(?![\d])/g;
const ZERO_LEAD = /^\s*0([1-9]|[1-4]\d)(?!\d)/;
const OIT_SLUG = /(?:^|[/_-])oit[-_]?(\d{1,2})(?!\d)/i;
const ITA_CUE = /\bita\b|\boit\b|ita[-_]?\d{2,4}|คุณธรรม|โปร่งใส|เปิดเผยข้อมูลสาธารณะ|การประเมินคุณธรรม/i;
const DOC_EXT = /\.(pdf|docx?|xlsx?|pptx?|jpe?g|png)(?:$|[?#])/i;

function clean(s: string): string {
  return thaiDigitsToAscii(s);
}

/** Item codes mentioned in a text or URL (O1–O49). */
export function codesIn(text: string): string[] {
  const s = clean(text);
  const out = new Set<string>();
  for (const m of s.matchAll(LETTER_CODE)) out.add(`O${Number(m[1])}`);
  const z = ZERO_LEAD.exec(s);
  if (z) out.add(`O${Number(z[1])}`);
  return [...out];
}

function hrefCodes(href: string): string[] {
  let path = href;
  try {
    const u = new URL(href);
    path = decodeURIComponent(u.pathname + u.search);
  } catch {
    /* keep raw */
  }
  const out = codesIn(path.replace(/[/_=?&]/g, ' '));
  const slug = OIT_SLUG.exec(path);
  if (slug) out.push(`O${Number(slug[1])}`);
  return out;
}

const squash = (s: string) => clean(s).replace(/\s+/g, '').toLowerCase();

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
  return ITA_CUE.test(link.text) || ITA_CUE.test(link.href) || ITA_CUE.test(link.context.slice(0, 200));
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
  return DOC_EXT.test(link.href) || /drive\.google\.com\/(file|uc)/.test(link.href);
}
