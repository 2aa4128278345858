// "Needs review when unreadable" (thai-text-and-dates.md §12.2): never report missing/outdated from a text
// the machine cannot trust. Heuristics on the RAW text (cluster splits are counted before they are repaired).
import { NON_INITIAL } from './normalize';

export type QualityKind = 'html' | 'pdf' | 'docx' | 'xlsx' | 'image' | 'other';

export interface TextQuality {
  readable: boolean;
  /** 0..1, 1 = clean. */
  score: number;
  /** Stable codes, see QUALITY_REASONS. */
  reasons: string[];
  /** Thai letters among all letters. */
  thaiShare: number;
  /** Private-use characters left after the U+F700–U+F71A map, among non-space characters. */
  puaShare: number;
  /** Whitespace followed by a character that cannot begin a syllable, per character. */
  brokenClusterRate: number;
  charsPerPage?: number;
}

export const QUALITY_REASONS: Record<string, { th: string; en: string }> = {
  'no-text': { th: 'ไม่มีข้อความในเอกสาร', en: 'no text' },
  'no-text-layer': { th: 'ไม่มีชั้นข้อความ (อาจเป็นภาพสแกน)', en: 'no text layer (probably a scan)' },
  image: { th: 'เป็นรูปภาพ อ่านข้อความไม่ได้', en: 'image: text not machine-readable' },
  'low-thai-share': { th: 'สัดส่วนอักษรไทยต่ำผิดปกติ', en: 'unusually low share of Thai letters' },
  'pua-leftover': { th: 'มีอักขระพิเศษ (Private Use) ที่อ่านไม่ได้', en: 'private-use glyphs left in the text' },
  'broken-clusters': { th: 'สระและวรรณยุกต์แยกจากพยัญชนะ (ข้อความ PDF เสีย)', en: 'vowels and tone marks split from their consonants (garbled PDF text)' },
  'latin1-garbage': { th: 'มีอักขระขยะ (Latin-1/กรอบ) จำนวนมาก', en: 'many Latin-1 or box-drawing characters (font without a ToUnicode map)' },
  'foreign-in-thai': { th: 'มีอักษรภาษาอื่นแทรกในคำภาษาไทย', en: 'letters of other scripts inside Thai words' },
};

const THAI_LETTER = /[\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46]/g;
const LETTER = /\p{L}/gu;
const PUA_ANY = /[\uE000-\uF8FF]/g;
const PUA_MAPPED = /[\uF700-\uF71A]/g;
const BROKEN = new RegExp(`\\s[${NON_INITIAL}]`, 'g');
// Latin-1 supplement letters/symbols, box drawing, block elements, replacement character.
const GARBAGE = /[\u0080-\u00FF\u2500-\u259F\uFFFD]/g;
// Letters of another script (not Thai, not Latin) glued to a Thai letter: "ผাগท่าน", "ทرف์สิน", "ก็必将".
const FOREIGN_IN_THAI = /(?<=[\u0E01-\u0E4E])(?:(?![\u0E00-\u0E7FA-Za-z\u00C0-\u024F])[\p{L}\p{M}])+/gu;

const count = (s: string, re: RegExp) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
};

export function textQuality(
  text: string,
  opts: { kind: QualityKind; pageCount?: number; expectThai?: boolean },
): TextQuality {
  const reasons: string[] = [];
  const nonSpace = text.replace(/\s+/g, '').length;
  const letters = count(text, LETTER);
  const thai = count(text, THAI_LETTER);
  const thaiShare = letters ? thai / letters : 0;
  const pua = count(text, PUA_ANY) - count(text, PUA_MAPPED);
  const puaShare = nonSpace ? pua / nonSpace : 0;
  const broken = count(text, BROKEN);
  const brokenClusterRate = nonSpace ? broken / text.length : 0;
  const garbage = count(text, GARBAGE);
  const garbageShare = nonSpace ? garbage / nonSpace : 0;
  const foreign = count(text, FOREIGN_IN_THAI);
  const foreignRate = thai ? foreign / thai : 0;
  const charsPerPage = opts.pageCount && opts.pageCount > 0 ? nonSpace / opts.pageCount : undefined;

  let score = 1;
  if (opts.kind === 'image') {
    reasons.push(nonSpace ? 'image' : 'no-text-layer');
    score = 0;
  }
  if (nonSpace === 0) {
    if (!reasons.length) reasons.push(opts.kind === 'pdf' ? 'no-text-layer' : 'no-text');
    score = 0;
  } else if (opts.kind === 'pdf' && charsPerPage !== undefined && charsPerPage < 50) {
    reasons.push('no-text-layer');
    score = Math.min(score, 0.1);
  }
  if (nonSpace > 0 && opts.kind !== 'image') {
    const expectThai = opts.expectThai ?? true;
    if (expectThai && letters >= 40 && thaiShare < 0.6) {
      reasons.push('low-thai-share');
      score -= 0.5 * (1 - thaiShare / 0.6);
    }
    if (puaShare > 0.005) {
      reasons.push('pua-leftover');
      score -= Math.min(0.6, puaShare * 20);
    }
    if (brokenClusterRate > 0.01) {
      reasons.push('broken-clusters');
      score -= Math.min(0.6, brokenClusterRate * 20);
    }
    if (garbageShare > 0.02 && garbage >= 5) {
      reasons.push('latin1-garbage');
      score -= Math.min(0.6, garbageShare * 10);
    }
    if (foreignRate > 0.003 && foreign >= 2) {
      reasons.push('foreign-in-thai');
      score -= Math.min(0.4, foreignRate * 40);
    }
  }
  score = Math.max(0, Math.min(1, score));
  // Foreign letters alone are a defect worth noting, not a reason to distrust the whole text.
  const fatal = reasons.filter((r) => r !== 'foreign-in-thai');
  return {
    readable: fatal.length === 0 && score >= 0.5,
    score: Math.round(score * 1000) / 1000,
    reasons,
    thaiShare: Math.round(thaiShare * 1000) / 1000,
    puaShare: Math.round(puaShare * 10000) / 10000,
    brokenClusterRate: Math.round(brokenClusterRate * 10000) / 10000,
    ...(charsPerPage !== undefined ? { charsPerPage: Math.round(charsPerPage) } : {}),
  };
}
