// Everything the checks of one item share: the rule, the year, the clock, and each candidate's prepared text.
import type { Item, RuleSet } from '../../../rules/schema';
import type { JudgeItemInput } from '../api';
import type { Candidate, FoundPeriod, Snapshot } from '../types';
import { normalizeWithOffsets, prepareText, type PreparedText } from '../text/index';
import { extractPeriods, currentFiscalYear } from '../dates/index';

export interface JudgeDoc {
  candidate: Candidate;
  url: string;
  /** Undefined when the crawler never fetched the URL. */
  snap?: Snapshot;
  offSite: boolean;
  host: string;
  /** Original text (evidence snippets come from here). */
  text: string;
  /** Normalised once (H2's prepareText), for fuzzy phrase search. */
  prepared: PreparedText;
  /** normalizeThai'd text with ASCII digits: what rule `patterns` and the special checks' regexes run on. */
  norm: string;
  /** Offset in `text` of offset i in `norm`. */
  toOriginal(i: number): number;
  periods: FoundPeriod[];
  /** Documents the candidate page links (the PDF behind an item page), read together with it. */
  parts: JudgeDoc[];
}

export interface JudgeContext {
  input: JudgeItemInput;
  rule: Item;
  ruleSet: RuleSet;
  /** The ITA year judged (BE). */
  Y: number;
  now: Date;
  /** Y is the fiscal year still running at `now` (Bangkok), or later: windows may still be open (§6.4). */
  running: boolean;
  agencyName?: string;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isOwnHost(url: string, siteHosts: string[]): boolean {
  const h = hostOf(url);
  if (!h) return false;
  return siteHosts.some((s) => {
    const site = s.toLowerCase().replace(/^www\./, '');
    // The agency's subdomains (ita.<host>) are its own host too (ita-oit.md §12.1).
    return h === site || h.endsWith(`.${site}`);
  });
}

export function makeContext(input: JudgeItemInput): JudgeContext {
  return {
    input,
    rule: input.rule,
    ruleSet: input.ruleSet,
    Y: input.year,
    now: input.now,
    running: input.year >= currentFiscalYear(input.now),
    agencyName: input.agencyName,
  };
}

const DOC_EXT = /\.(pdf|docx?|xlsx?|jpe?g|png)(?:$|[?#])/i;
const DOC_KINDS = new Set(['pdf', 'docx', 'xlsx', 'image']);

/**
 * Documents an HTML candidate links to: an ITA item page usually holds only a title and the link to the PDF
 * that is the evidence. Only document files count, so menus and other pages are not read as the item.
 */
function linkedParts(snap: Snapshot, candidate: Candidate, input: JudgeItemInput, seen: Set<string>): JudgeDoc[] {
  if (snap.kind !== 'html') return [];
  const out: JudgeDoc[] = [];
  for (const l of snap.links ?? []) {
    if (out.length >= 12 || seen.has(l.href)) continue;
    const target = input.snapshot(l.href);
    if (!target ? false : !(DOC_KINDS.has(target.kind) || DOC_EXT.test(l.href))) continue;
    if (!target && !DOC_EXT.test(l.href)) continue;
    if (!target) continue;
    seen.add(l.href);
    out.push(makeDoc({ ...candidate, url: l.href, matchedText: l.text || l.context, via: 'page-content' }, input, seen, false));
  }
  return out;
}

export function makeDoc(candidate: Candidate, input: JudgeItemInput, seen = new Set<string>([candidate.url]), withParts = true): JudgeDoc {
  const snap = input.snapshot(candidate.url);
  const url = snap?.finalUrl || candidate.url;
  const parts = withParts && snap ? linkedParts(snap, candidate, input, seen) : [];
  const own = snap?.text ?? '';
  const readableParts = parts.filter((p) => p.snap && p.snap.status > 0 && p.snap.status < 400 && p.text.trim());
  const text = readableParts.length ? [own, ...readableParts.map((p) => p.text)].join('\n\n') : own;
  const prepared = prepareText(text);
  const n = normalizeWithOffsets(text);
  return {
    candidate,
    url: candidate.url,
    snap,
    // A redirect from the agency's host to Facebook makes Facebook the evidence (§6.3 rule 8).
    offSite: !isOwnHost(url, input.siteHosts),
    host: hostOf(url),
    text,
    prepared,
    norm: n.text,
    toOriginal: (i: number) => n.toOriginal(i),
    periods: text ? extractPeriods(text) : [],
    parts,
  };
}

/** Original-text span of a match in the normalised text. */
export function spanInOriginal(doc: Pick<JudgeDoc, 'toOriginal'>, index: number, length: number): [number, number] {
  return [doc.toOriginal(index), doc.toOriginal(index + length)];
}
