// Vocabulary tests on a candidate's compact text (H2's compact form: no spaces, punctuation or case), so
// line-wrap spaces inside Thai words do not hide a word (thai-text-and-dates.md §10 step 9).
import { compact } from '../text/index';
import type { JudgeDoc } from './context';

const cache = new Map<string, string>();
const c = (w: string) => {
  let v = cache.get(w);
  if (v === undefined) {
    v = compact(w);
    cache.set(w, v);
  }
  return v;
};

/** Occurrences of any of the words in the document (compact, exact). */
export function countWords(doc: Pick<JudgeDoc, 'prepared'>, words: readonly string[]): number {
  const hay = doc.prepared.compact;
  let n = 0;
  for (const w of words) {
    const needle = c(w);
    if (!needle) continue;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  }
  return n;
}

export const hasWord = (doc: Pick<JudgeDoc, 'prepared'>, words: readonly string[]) => countWords(doc, words) > 0;

/** Original-text offsets of the first occurrence of any word, for the evidence snippet. */
export function spanOfWord(doc: Pick<JudgeDoc, 'prepared'>, words: readonly string[]): [number, number] | undefined {
  const hay = doc.prepared.compact;
  let best = -1;
  let len = 0;
  for (const w of words) {
    const needle = c(w);
    const i = needle ? hay.indexOf(needle) : -1;
    if (i >= 0 && (best < 0 || i < best)) (best = i), (len = needle.length);
  }
  if (best < 0) return undefined;
  return [doc.prepared.map[best], doc.prepared.map[best + len - 1] + 1];
}

/** Corruption and misconduct vocabulary (ita-oit.md §7.2). */
export const CORRUPTION = ['ทุจริต', 'ประพฤติมิชอบ', 'สินบน', 'ผลประโยชน์ทับซ้อน', 'ขัดกันแห่งผลประโยชน์', 'ผลประโยชน์ส่วนตน', 'เรียกรับ', 'คอร์รัปชัน', 'คอรัปชั่น'];
/** Internal-control vocabulary: ปค. forms and general internal control (§7.2, §6.3 rules 7 and 10). */
export const INTERNAL_CONTROL_RE = [/ปค\s*\.?\s*[1-6](?!\d)/u, /แบบ\s*ปค/u, /การควบคุมภายใน/u, /ระบบควบคุมภายใน/u];
