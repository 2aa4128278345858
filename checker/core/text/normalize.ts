// Normalisation recipe of thai-text-and-dates.md §10 (steps 2–8), offset-preserving.
import { type Mapped, identity, replaceMapped } from './mapped';

/**
 * pdf.js on Chromium-made PDFs emits the legacy Thai "shifted" glyphs at U+F700–U+F71A (TOOLCHAIN.md):
 * the 27-entry map back to standard characters.
 */
export const PUA_MAP: Readonly<Record<number, number>> = {
  0xf700: 0x0e10, 0xf701: 0x0e34, 0xf702: 0x0e35, 0xf703: 0x0e36, 0xf704: 0x0e37, 0xf705: 0x0e48,
  0xf706: 0x0e49, 0xf707: 0x0e4a, 0xf708: 0x0e4b, 0xf709: 0x0e4c, 0xf70a: 0x0e48, 0xf70b: 0x0e49,
  0xf70c: 0x0e4a, 0xf70d: 0x0e4b, 0xf70e: 0x0e4c, 0xf70f: 0x0e0d, 0xf710: 0x0e31, 0xf711: 0x0e4d,
  0xf712: 0x0e47, 0xf713: 0x0e48, 0xf714: 0x0e49, 0xf715: 0x0e4a, 0xf716: 0x0e4b, 0xf717: 0x0e4c,
  0xf718: 0x0e38, 0xf719: 0x0e39, 0xf71a: 0x0e3a,
};

const PUA_RE = /[\uF700-\uF71A]/g;
/** NIKHAHIT + SARA AA as emitted by PDF fonts; NFC does not compose it back into SARA AM. */
const SARA_AM_PAIR = /\u0E4D\u0E32/g;
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const NBSP = /[\u00A0\u202F\u2007]/g;
/** Characters that cannot begin a Thai syllable: combining marks and the following vowels ะ า ำ ๅ. */
export const NON_INITIAL = '\\u0E30-\\u0E3A\\u0E45\\u0E47-\\u0E4E';
// Only after a Thai character: a mark after a space that follows Latin text is not a PDF cluster split.
const SPACE_BEFORE_MARK = new RegExp(`(?<=[\\u0E01-\\u0E4E])\\s+(?=[${NON_INITIAL}])`, 'g');
const DOUBLE_SARA_E = /\u0E40\u0E40/g;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
const WHITESPACE_RUN = /\s+/g;
const WHITESPACE_RUN_KEEP_LINES = /[^\S\n]*\n\s*|[^\S\n]+/g;

export interface NormalizeOptions {
  /** Keep line breaks: a whitespace run with one newline becomes "\n", with a blank line "\n\n". Default false. */
  keepLines?: boolean;
}

/** NFC per chunk, so offsets stay exact outside the (rare) chunks NFC actually changes. */
function nfcMapped(m: Mapped): Mapped {
  if (m.s.normalize('NFC') === m.s) return m;
  // Chunks start at an ASCII character: nothing composes with what precedes an ASCII character.
  return replaceMapped(m, /[^\u0000-\u007F]+/g, (chunk) => chunk.normalize('NFC'));
}

export function normalizeMapped(input: Mapped, opts: NormalizeOptions = {}): Mapped {
  let m = input;
  m = replaceMapped(m, PUA_RE, (c) => String.fromCharCode(PUA_MAP[c.charCodeAt(0)]));
  m = replaceMapped(m, SARA_AM_PAIR, '\u0E33');
  m = nfcMapped(m);
  m = replaceMapped(m, ZERO_WIDTH, '');
  m = replaceMapped(m, NBSP, ' ');
  m = replaceMapped(m, SPACE_BEFORE_MARK, '');
  m = replaceMapped(m, DOUBLE_SARA_E, '\u0E41');
  m = replaceMapped(m, THAI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0e50));
  m = opts.keepLines
    ? replaceMapped(m, WHITESPACE_RUN_KEEP_LINES, (w) => (/\n[^\S\n]*\n/.test(w) ? '\n\n' : w.includes('\n') ? '\n' : ' '))
    : replaceMapped(m, WHITESPACE_RUN, (w) => (w === ' ' ? w : ' '));
  return m;
}

export function normalizeThai(s: string, opts: NormalizeOptions = {}): string {
  return normalizeMapped(identity(s), opts).s;
}

export interface NormalizedText {
  text: string;
  /** Offset in the original text of normalised offset i (i may equal text.length). */
  toOriginal(i: number): number;
}

function wrap(m: Mapped): NormalizedText {
  return {
    text: m.s,
    toOriginal(i: number) {
      if (i <= 0) return m.map[0] ?? 0;
      if (i >= m.s.length) return m.map[m.s.length];
      return m.map[i];
    },
  };
}

export function normalizeWithOffsets(s: string, opts: NormalizeOptions = {}): NormalizedText {
  return wrap(normalizeMapped(identity(s), opts));
}

// Everything that is neither a letter, a mark nor a digit goes, and so do ฯ and the Thai signs ๏ ๚ ๛
// (Unicode calls ฯ a letter; "สำนักปลัดฯ" must match "สำนักปลัด"). ๆ stays: it repeats a word.
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+|[\u0E2F\u0E4F\u0E5A\u0E5B]/gu;

/** The compact form as a Mapped (offsets into the original). */
export function compactMapped(s: string): Mapped {
  let m = normalizeMapped(identity(s));
  m = replaceMapped(m, /[A-Z]+/g, (w) => w.toLowerCase());
  m = replaceMapped(m, NOT_WORD, '');
  return m;
}

/** For matching: normalizeThai + lower-case Latin + no whitespace or punctuation at all. */
export function compact(s: string): string {
  return compactMapped(s).s;
}
