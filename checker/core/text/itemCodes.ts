// OIT item codes in every notation of ita-oit.md §12.2. Zero-for-O forms ("015", "๐๓๖") are ambiguous with
// phone and list numbers, so they count only at a row start, after จาก/ข้อ/อ้างอิงจาก, inside parentheses as a
// range, or as a URL path segment.
import { normalizeWithOffsets } from './normalize';

export interface ItemCodeHit {
  /** Item number (O<item>). */
  item: number;
  /** Offsets in the ORIGINAL text. */
  start: number;
  end: number;
  form: 'letter' | 'zero' | 'url' | 'range';
}

export interface ItemCodeOptions {
  /** The text is a row or link text (or lines of them): a leading "015"/"๐๑" is a code. */
  rowStart?: boolean;
  /** The text is a URL: every hit is reported with form 'url'. */
  url?: boolean;
}

/** Highest item number accepted (ITA 2565–2567 have 43; leave room for later years). */
export const MAX_ITEM = 50;
const MAX_RANGE = 10;

const ok = (n: number) => n >= 1 && n <= MAX_ITEM;

// "O19-O22", "O19 - 22", "O19–O22"
const LETTER_RANGE = /(?<![A-Za-z0-9])[Oo]\s?[-–.]?\s?(\d{1,2})\s?[-–]\s?(?:[Oo]\s?[-–.]?\s?)?(\d{1,2})(?![\d/.])/g;
// "O35", "o39", "O 1", "O-10", "O01", "O.1", "/ITA/O17", "O17MC66.html" (trailing letters only before a number)
const LETTER = /(?<![A-Za-z0-9])[Oo](?:\s?[-–.]\s?|\s)?(\d{1,2})(?!\d)/g;
// "oit-3-อำนาจหนาท", "OIT_12"
const OIT = /(?<![A-Za-z])[Oo][Ii][Tt]\s?[-_]?\s?(\d{1,2})(?![\d/.])/g;
// "(019-022)"
const ZERO_RANGE_PAREN = /\(\s*0\s?(\d{1,2})\s*[-–]\s*0\s?(\d{1,2})\s*\)/g;
// "จาก 019-022" / "ข้อ 019 - 022"
const ZERO_RANGE_CTX = /(?:อ้างอิงจาก|จาก|ข้อ)\s*[-–]?\s*0\s?(\d{1,2})\s*[-–]\s*0\s?(\d{1,2})(?![\d-–])/g;
// "(จาก 034, 035)", "ข้อ 0 42", "ในข้อ - 042", "(จาก 08)"
const ZERO_CTX = /(?:อ้างอิงจาก|จาก|ข้อ)\s*[-–]?\s*(0\s?\d{1,2}(?:\s*(?:,|และ)\s*0\s?\d{1,2})*)(?!\d)(?!\s*[-–/.]\s*\d)/g;
// "/015-สรุปผล", "/019_" (a path segment)
const ZERO_URL = /(?<=\/)0(\d{2})(?=[-_.]|$|\/|\s)/g;
// "015 ข้อมูล…", "๐๑ โครงสร้าง", "019-022 …" at the start of a row
const ZERO_LEAD = /(?<=^|\n)[^\S\n]*[(\[]?0\s?(\d{1,2})(?:\s*[-–]\s*0\s?(\d{1,2}))?(?!\d)(?!\s*[-–/.:]\s*\d)/g;

export function findItemCodes(text: string, opts: ItemCodeOptions = {}): ItemCodeHit[] {
  const norm = normalizeWithOffsets(text, { keepLines: true });
  const s = norm.text;
  const taken: Array<[number, number]> = [];
  const hits: ItemCodeHit[] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const add = (items: number[], a: number, b: number, form: ItemCodeHit['form']) => {
    const start = norm.toOriginal(a);
    const end = b >= s.length ? text.length : norm.toOriginal(b - 1) + 1;
    const f = opts.url && form !== 'range' ? 'url' : form;
    for (const item of items) hits.push({ item, start, end, form: f });
    taken.push([a, b]);
  };
  const range = (a: number, b: number) => (ok(a) && ok(b) && b > a && b - a <= MAX_RANGE ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : null);

  for (const re of [ZERO_RANGE_PAREN, ZERO_RANGE_CTX, LETTER_RANGE]) {
    for (const m of s.matchAll(re)) {
      const r = range(Number(m[1]), Number(m[2]));
      if (r && free(m.index, m.index + m[0].length)) add(r, m.index, m.index + m[0].length, 'range');
    }
  }
  if (opts.rowStart) {
    for (const m of s.matchAll(ZERO_LEAD)) {
      const a = m.index + m[0].search(/\S/);
      const b = m.index + m[0].length;
      if (!free(a, b)) continue;
      const r = m[2] !== undefined ? range(Number(m[1]), Number(m[2])) : ok(Number(m[1])) ? [Number(m[1])] : null;
      if (r) add(r, a, b, m[2] !== undefined ? 'range' : 'zero');
    }
  }
  for (const m of s.matchAll(ZERO_CTX)) {
    const listStart = m.index + m[0].length - m[1].length;
    for (const z of m[1].matchAll(/0\s?(\d{1,2})/g)) {
      const n = Number(z[1]);
      const a = listStart + z.index;
      const b = a + z[0].length;
      if (ok(n) && free(a, b)) add([n], a, b, 'zero');
    }
  }
  for (const m of s.matchAll(OIT)) {
    const n = Number(m[1]);
    if (ok(n) && free(m.index, m.index + m[0].length)) add([n], m.index, m.index + m[0].length, 'url');
  }
  for (const m of s.matchAll(LETTER)) {
    const n = Number(m[1]);
    const a = m.index;
    const b = a + m[0].length;
    if (!ok(n) || !free(a, b)) continue;
    const after = s.slice(b, b + 8);
    if (/^[A-Za-z]/.test(after)) {
      // "O17MC66.html": a code glued to a short letter+number suffix in a file name.
      if (/^[A-Za-z]{1,4}\d/.test(after)) add([n], a, b, 'url');
      continue;
    }
    add([n], a, b, 'letter');
  }
  for (const m of s.matchAll(ZERO_URL)) {
    const n = Number(m[1]);
    if (ok(n) && free(m.index, m.index + m[0].length)) add([n], m.index, m.index + m[0].length, 'url');
  }
  return hits.sort((x, y) => x.start - y.start || x.item - y.item);
}
