// Phrase search on a candidate's text through H2's fuzzy matcher (never a normalisation of our own).
import { fuzzyFind } from '../text/index';
import type { JudgeDoc } from './context';

export interface Hit {
  phrase: string;
  start: number;
  end: number;
  score: number;
}

/** Fuzzy threshold for element phrases: high, since short Thai phrases match loosely (§14). */
export const PHRASE_THRESHOLD = 0.85;

export function findPhrase(doc: Pick<JudgeDoc, 'prepared'>, phrase: string, threshold = PHRASE_THRESHOLD): Hit | undefined {
  const r = fuzzyFind(doc.prepared, phrase, { threshold });
  return r ? { phrase, start: r.start, end: r.end, score: r.score } : undefined;
}

export function findAny(doc: Pick<JudgeDoc, 'prepared'>, phrases: readonly string[], threshold = PHRASE_THRESHOLD): Hit | undefined {
  let best: Hit | undefined;
  for (const p of phrases) {
    const h = findPhrase(doc, p, threshold);
    if (h && (!best || h.score > best.score)) best = h;
    if (best && best.score >= 1) break;
  }
  return best;
}

/** Regex sources from the rules file run on the normalised text (Thai digits already ASCII). */
export function matchPattern(norm: string, source: string): boolean {
  try {
    return new RegExp(source, 'u').test(norm);
  } catch {
    return false;
  }
}

/** Count of non-overlapping occurrences of any of the regexes in the normalised text. */
export function countMatches(norm: string, res: readonly RegExp[]): number {
  let n = 0;
  for (const re of res) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    n += norm.match(g)?.length ?? 0;
  }
  return n;
}
