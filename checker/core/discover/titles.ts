// Matching a row or link text against item titles (thai-text-and-dates.md §14): every known name of an
// item, exact on the compact form first, then fuzzy; and "one row serves one item" by the longest match,
// so a row titled like O26 (which contains O25's title) goes to O26 only.
import type { Item, RuleSet } from '../../../rules/schema';
import { fuzzyFind, prepareText, similarity, type PreparedText } from '../text';
import { cc } from './generic';

export interface TitleHit {
  itemId: string;
  /** 0–1 quality of the match. */
  score: number;
  /** How much of the row the match covers (compact characters): the longest match wins. */
  len: number;
  /** The item name that matched. */
  name: string;
}

interface NameEntry {
  itemId: string;
  name: string;
  c: string;
  /** Short Latin names (Q&A) must match as whole words, not inside other words. */
  wordRe?: RegExp;
  /** Distinct trigrams of `c`: a cheap bound that skips the edit-distance work for hopeless pairs. */
  tri: Set<string>;
}

function trigrams(c: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < c.length; i++) out.add(c.slice(i, i + 3));
  return out;
}

/**
 * Each typo destroys at most three trigrams of a name; a title match at 0.8 with a realistic number of typos
 * keeps well over half of them. Asking for half skips the expensive edit-distance work for the many pairs
 * that merely share common syllables (การ, ประ, จำปี).
 */
function sharedTrigrams(e: NameEntry, textTri: Set<string>): number {
  let shared = 0;
  for (const t of e.tri) if (textTri.has(t)) shared++;
  return shared;
}

/** A title match at or above this is a match. */
export const TITLE_MATCH = 0.8;

function namesOf(item: Item): string[] {
  const out = [item.name.th, ...item.aliases];
  // Items whose official name is Latin (Q&A, E-Service, Social Network) are titled that way in English too.
  if (/^[\x20-\x7e]+$/.test(item.name.th) && item.name.en !== item.name.th) out.push(item.name.en);
  return [...new Set(out)];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class TitleMatcher {
  private entries: NameEntry[] = [];
  /** Trigram → indexes of the entries holding it: one pass over a text's trigrams counts every overlap. */
  private triIndex = new Map<string, number[]>();
  private byItem = new Map<string, NameEntry[]>();

  constructor(readonly ruleSet: RuleSet) {
    for (const item of ruleSet.items) {
      const list: NameEntry[] = [];
      for (const name of namesOf(item)) {
        const c = cc(name);
        if (!c) continue;
        const e: NameEntry = { itemId: item.id, name, c, tri: trigrams(c) };
        if (c.length < 5 && /^[a-z0-9]+$/.test(c)) {
          const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(escapeRe);
          e.wordRe = new RegExp(`(?<![a-z0-9])${words.join('[^a-z0-9ก-๙]{0,3}')}(?![a-z0-9])`, 'i');
        }
        list.push(e);
      }
      for (const e of list) {
        const at = this.entries.push(e) - 1;
        for (const t of e.tri) {
          const l = this.triIndex.get(t);
          if (l) l.push(at);
          else this.triIndex.set(t, [at]);
        }
      }
      this.byItem.set(item.id, list);
    }
  }

  private scoreEntry(
    e: NameEntry,
    text: string,
    cText: string,
    prepared: () => PreparedText,
    threshold: number,
    textTri: () => Set<string>,
    fuzzy = true,
    knownShared?: number,
  ): { score: number; len: number } | null {
    if (e.wordRe) return e.wordRe.test(text) ? { score: 1, len: e.c.length } : null;
    // Every trigram of a name the text contains is in the text: fewer shared trigrams rule containment out.
    if (!(knownShared !== undefined && knownShared < e.tri.size) && cText.includes(e.c)) return { score: 1, len: e.c.length };
    const tt = textTri();
    const shared = e.tri.size < 4 ? Infinity : (knownShared ?? sharedTrigrams(e, tt));
    if (shared < Math.ceil(0.5 * e.tri.size)) return null;
    // The row holds the name with typos or extra words: find the name inside the row.
    if (fuzzy && cText.length >= e.c.length * 0.8) {
      const m = fuzzyFind(prepared(), e.name, { threshold });
      if (m) return { score: m.score, len: e.c.length * m.score };
    }
    // The row is a short form of the name (CMS menus drop "ประจำปี", "และประพฤติมิชอบ" …): a short form
    // keeps most trigrams of both sides, so a low overlap cannot reach the threshold.
    const overlap = shared === Infinity ? 1 : (2 * shared) / (e.tri.size + tt.size);
    if (overlap >= 0.55 && cText.length >= Math.max(4, e.c.length * 0.6) && cText.length <= e.c.length * 1.25) {
      const s = similarity(cText, e.c);
      if (s >= threshold) return { score: s, len: Math.min(cText.length, e.c.length) * s };
    }
    return null;
  }

  private memo = new Map<string, TitleHit[]>();

  /**
   * Items whose title the text carries, best (longest, then closest) first. Memoised: menus repeat.
   * `fuzzy: false` skips the in-row typo search (exact names and whole-text short forms only): for the
   * thousands of link texts of a site-wide search.
   */
  match(text: string, threshold = TITLE_MATCH, opts: { fuzzy?: boolean } = {}): TitleHit[] {
    const fuzzy = opts.fuzzy ?? true;
    const key = `${threshold}${fuzzy ? 'f' : 'x'}\u0000${text}`;
    let hits = this.memo.get(key);
    if (!hits) {
      hits = this.matchUncached(text, threshold, fuzzy);
      if (this.memo.size > 50_000) this.memo.clear();
      this.memo.set(key, hits);
    }
    return hits;
  }

  private matchUncached(text: string, threshold: number, fuzzy: boolean): TitleHit[] {
    const cText = cc(text);
    if (!cText) return [];
    let p: PreparedText | undefined;
    const prepared = () => (p ??= prepareText(text));
    let tt: Set<string> | undefined;
    const textTri = () => (tt ??= trigrams(cText));
    const best = new Map<string, TitleHit>();
    const counts = new Uint16Array(this.entries.length);
    for (const t of textTri()) for (const i of this.triIndex.get(t) ?? []) counts[i]++;
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i];
      if (!e.wordRe && e.tri.size >= 4 && counts[i] < Math.ceil(0.5 * e.tri.size)) continue;
      const r = this.scoreEntry(e, text, cText, prepared, threshold, textTri, fuzzy, e.tri.size >= 4 ? counts[i] : undefined);
      if (!r) continue;
      const prev = best.get(e.itemId);
      if (!prev || r.len > prev.len || (r.len === prev.len && r.score > prev.score))
        best.set(e.itemId, { itemId: e.itemId, score: r.score, len: r.len, name: e.name });
    }
    return [...best.values()].sort((a, b) => b.len - a.len || b.score - a.score);
  }

  /** How well the text carries one given item's title (lower threshold: used to confirm a code). */
  scoreFor(itemId: string, text: string, threshold = 0.55): number {
    const cText = cc(text);
    if (!cText) return 0;
    let p: PreparedText | undefined;
    const prepared = () => (p ??= prepareText(text));
    let tt: Set<string> | undefined;
    const textTri = () => (tt ??= trigrams(cText));
    let best = 0;
    for (const e of this.byItem.get(itemId) ?? []) {
      const r = this.scoreEntry(e, text, cText, prepared, threshold, textTri);
      if (r && r.score > best) best = r.score;
    }
    return best;
  }

  has(itemId: string): boolean {
    return this.byItem.has(itemId);
  }
}
