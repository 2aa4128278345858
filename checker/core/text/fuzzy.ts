// Phrase finding tolerant of the typos, stray foreign letters and line-wrap spaces of real agency documents
// (thai-text-and-dates.md §14): exact search on the compact form, then trigram voting to find a few
// candidate windows and a semi-global edit distance inside each — never a slide over the whole text.
import type { Mapped } from './mapped';
import { compact, compactMapped } from './normalize';
import { graphemes } from './segment';

export interface PreparedText {
  original: string;
  /** compact(original). */
  compact: string;
  /** map[i] = offset in `original` of compact[i]; map[compact.length] = original.length. */
  map: Int32Array;
  /** Trigram → positions in `compact`; built on the first fuzzy search. */
  trigrams?: Map<number, number[]>;
}

export interface FuzzyMatch {
  /** 1 for an exact (compact) match, else 1 − edits / phrase length. */
  score: number;
  /** Offsets in the ORIGINAL text. */
  start: number;
  end: number;
  /** original.slice(start, end). */
  matched: string;
}

const tri = (s: string, i: number) => s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);

export function prepareText(text: string): PreparedText {
  const m: Mapped = compactMapped(text);
  return { original: text, compact: m.s, map: m.map };
}

function trigramIndex(p: PreparedText): Map<number, number[]> {
  if (p.trigrams) return p.trigrams;
  const idx = new Map<number, number[]>();
  const s = p.compact;
  for (let i = 0; i + 2 < s.length; i++) {
    const k = tri(s, i);
    const list = idx.get(k);
    if (list) list.push(i);
    else idx.set(k, [i]);
  }
  p.trigrams = idx;
  return idx;
}

function toMatch(p: PreparedText, cs: number, ce: number, score: number): FuzzyMatch {
  const start = p.map[cs];
  let end = p.map[ce - 1] + 1;
  // A contraction (ํา → ำ, เเ → แ) maps to its first unit: take the rest of the original cluster too.
  const limit = p.map[ce];
  while (end < limit && /[\u0E30-\u0E4E\uF700-\uF71A]/.test(p.original[end])) end++;
  return { score, start, end, matched: p.original.slice(start, end) };
}

/** Best semi-global alignment of `q` inside s[ws, we): fewest edits, with where it starts and ends. */
function align(q: string, s: string, ws: number, we: number): { d: number; start: number; end: number } {
  const m = q.length;
  const D = new Int32Array(m + 1);
  const S = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    D[i] = i;
    S[i] = ws;
  }
  let best = { d: m, start: ws, end: ws };
  for (let t = ws; t < we; t++) {
    const c = s.charCodeAt(t);
    let diag = D[0];
    let diagS = S[0];
    D[0] = 0;
    S[0] = t + 1;
    for (let i = 1; i <= m; i++) {
      const up = D[i];
      const upS = S[i];
      let v = diag + (q.charCodeAt(i - 1) === c ? 0 : 1);
      let vs = diagS;
      if (D[i - 1] + 1 < v) {
        v = D[i - 1] + 1;
        vs = S[i - 1];
      }
      if (up + 1 < v) {
        v = up + 1;
        vs = upS;
      }
      D[i] = v;
      S[i] = vs;
      diag = up;
      diagS = upS;
    }
    if (D[m] < best.d) best = { d: D[m], start: S[m], end: t + 1 };
  }
  return best;
}

/** Trigrams this frequent carry no location information (การ, ประ …) and cost the most: skip them. */
const MAX_POSTINGS = 4000;
const MAX_WINDOWS = 12;

export function fuzzyFind(text: string | PreparedText, phrase: string, opts: { threshold?: number } = {}): FuzzyMatch | null {
  const p = typeof text === 'string' ? prepareText(text) : text;
  const q = compact(phrase);
  if (!q || !p.compact) return null;
  const exact = p.compact.indexOf(q);
  if (exact >= 0) return toMatch(p, exact, exact + q.length, 1);
  const threshold = opts.threshold ?? 0.8;
  const maxEdits = Math.floor((1 - threshold) * q.length + 1e-9);
  if (maxEdits < 1 || q.length < 4) return null;

  const idx = trigramIndex(p);
  const n = p.compact.length;
  const B = Math.max(4, Math.ceil(q.length / 2));
  const votes = new Uint16Array(Math.floor(n / B) + 2);
  const lists: Array<[number, number[]]> = [];
  for (let j = 0; j + 2 < q.length; j++) {
    const list = idx.get(tri(q, j));
    if (list) lists.push([j, list]);
  }
  // Rarest first; frequent ones are skipped, but never so many that too few votes are left.
  lists.sort((x, y) => x[1].length - y[1].length);
  for (let k = 0; k < lists.length; k++) {
    const [j, list] = lists[k];
    if (list.length > MAX_POSTINGS && k >= 3) break;
    for (const pos of list) {
      const a = pos - j;
      const b = a <= 0 ? 0 : Math.floor(a / B);
      if (votes[b] < 65535) votes[b]++;
    }
  }
  // Each edit destroys at most three trigrams (of those counted).
  const counted = lists.filter(([, l], k) => l.length <= MAX_POSTINGS || k < 3).length;
  const minVotes = Math.max(1, counted - 3 * maxEdits);
  const cands: Array<[number, number]> = [];
  for (let b = 0; b < votes.length; b++) {
    const v = votes[b] + (b + 1 < votes.length ? votes[b + 1] : 0);
    if (v >= minVotes) cands.push([b, v]);
  }
  cands.sort((x, y) => y[1] - x[1]);
  let best: { d: number; start: number; end: number } | null = null;
  const done = new Set<number>();
  for (const [b] of cands.slice(0, MAX_WINDOWS * 2)) {
    if (done.has(b)) continue;
    done.add(b);
    done.add(b - 1);
    done.add(b + 1);
    const ws = Math.max(0, b * B - maxEdits - 1);
    const we = Math.min(n, (b + 2) * B + q.length + maxEdits + 1);
    const r = align(q, p.compact, ws, we);
    if (!best || r.d < best.d) best = r;
    if (done.size >= MAX_WINDOWS * 3) break;
  }
  if (!best || best.d > maxEdits || best.end <= best.start) return null;
  const score = 1 - best.d / q.length;
  return score >= threshold ? toMatch(p, best.start, best.end, score) : null;
}

function levenshtein<T>(a: T[], b: T[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function trigramSet(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const padded = ` ${s} `;
  for (let i = 0; i + 2 < padded.length; i++) {
    const t = padded.slice(i, i + 3);
    m.set(t, (m.get(t) ?? 0) + 1);
  }
  return m;
}

/** Sørensen–Dice over character trigrams (multiset). */
export function trigramDice(a: string, b: string): number {
  const ta = trigramSet(a);
  const tb = trigramSet(b);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const v of ta.values()) na += v;
  for (const v of tb.values()) nb += v;
  for (const [k, v] of ta) common += Math.min(v, tb.get(k) ?? 0);
  return na + nb === 0 ? 0 : (2 * common) / (na + nb);
}

/** 0..1 similarity of two short titles: the better of trigram Dice and grapheme edit similarity (compact forms). */
export function similarity(a: string, b: string): number {
  const ca = compact(a);
  const cb = compact(b);
  if (!ca || !cb) return 0;
  if (ca === cb) return 1;
  const ga = graphemes(ca);
  const gb = graphemes(cb);
  const edit = 1 - levenshtein(ga, gb) / Math.max(ga.length, gb.length);
  return Math.max(0, Math.min(1, Math.max(edit, trigramDice(ca, cb))));
}
