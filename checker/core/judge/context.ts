// Everything the checks of one item share: the rule, the year, the clock, and each candidate's prepared text
// (analysed once per snapshot, however many items and candidates read it).
import type { Item, RuleSet } from '../../../rules/schema';
import type { JudgeItemInput } from '../api';
import type { Candidate, FoundPeriod, Snapshot, SnapshotLink } from '../types';
import { normalizeWithOffsets, prepareText, type PreparedText } from '../text/index';
import { extractPeriods, currentFiscalYear } from '../dates/index';
import { hostOf, isOwnHost } from '../discover/urls';

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

/** Host without its www. prefix: what messages show and what host lists (facebook.com) are matched against. */
export function bareHostOf(url: string): string {
  return hostOf(url).replace(/^www\./, '');
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

/** What a text gives the checks, each part computed on first use: parts of a doc rarely need more than periods. */
class TextAnalysis {
  private p?: PreparedText;
  private n?: ReturnType<typeof normalizeWithOffsets>;
  private ps?: FoundPeriod[];
  constructor(readonly text: string) {}
  get prepared(): PreparedText {
    return (this.p ??= prepareText(this.text));
  }
  get normalized(): ReturnType<typeof normalizeWithOffsets> {
    return (this.n ??= normalizeWithOffsets(this.text));
  }
  get periods(): FoundPeriod[] {
    return (this.ps ??= this.text ? extractPeriods(this.text) : []);
  }
}

/**
 * Per-snapshot work, shared by every item and every candidate that reads the same snapshot (judgeSite gives
 * the judge one snapshot object per URL): the analysis of its own text, of its text joined with the documents
 * it links, and which documents those are for a given lookup.
 */
interface SnapshotWork {
  own?: TextAnalysis;
  joined: Array<{ parts: readonly Snapshot[]; analysis: TextAnalysis }>;
  linked?: { lookup: JudgeItemInput['snapshot']; links: Array<{ link: SnapshotLink; snap: Snapshot }> };
}
const work = new WeakMap<Snapshot, SnapshotWork>();
const EMPTY = new TextAnalysis('');

function workOf(snap: Snapshot): SnapshotWork {
  let w = work.get(snap);
  if (!w) work.set(snap, (w = { joined: [] }));
  return w;
}

function ownAnalysis(snap: Snapshot | undefined): TextAnalysis {
  if (!snap?.text) return EMPTY;
  const w = workOf(snap);
  return (w.own ??= new TextAnalysis(snap.text));
}

const readable = (s: Snapshot) => s.status > 0 && s.status < 400 && !!(s.text ?? '').trim();

/** The candidate's text read together with the readable documents it links (an item page and its PDF). */
function joinedAnalysis(snap: Snapshot | undefined, parts: readonly Snapshot[]): TextAnalysis {
  const used = parts.filter(readable);
  if (!snap || !used.length) return ownAnalysis(snap);
  const w = workOf(snap);
  const hit = w.joined.find((j) => j.parts.length === used.length && j.parts.every((p, i) => p === used[i]));
  if (hit) return hit.analysis;
  const analysis = new TextAnalysis([snap.text ?? '', ...used.map((p) => p.text)].join('\n\n'));
  w.joined.push({ parts: used, analysis });
  return analysis;
}

/**
 * Documents an HTML candidate links to: an ITA item page usually holds only a title and the link to the PDF
 * that is the evidence. Only fetched document files count, so menus and other pages are not read as the item.
 */
function linkedDocuments(snap: Snapshot, input: JudgeItemInput): Array<{ link: SnapshotLink; snap: Snapshot }> {
  if (snap.kind !== 'html') return [];
  const w = workOf(snap);
  if (w.linked?.lookup === input.snapshot) return w.linked.links;
  const seen = new Set<string>([snap.url, snap.finalUrl]);
  const links: Array<{ link: SnapshotLink; snap: Snapshot }> = [];
  for (const l of snap.links ?? []) {
    if (links.length >= 12 || seen.has(l.href)) continue;
    const target = input.snapshot(l.href);
    if (!target || !(DOC_KINDS.has(target.kind) || DOC_EXT.test(l.href))) continue;
    seen.add(l.href);
    links.push({ link: l, snap: target });
  }
  w.linked = { lookup: input.snapshot, links };
  return links;
}

function docOf(candidate: Candidate, snap: Snapshot | undefined, analysis: TextAnalysis, siteHosts: string[], parts: () => JudgeDoc[]): JudgeDoc {
  const url = snap?.finalUrl || candidate.url;
  let built: JudgeDoc[] | undefined;
  return {
    candidate,
    url: candidate.url,
    snap,
    // A redirect from the agency's host to Facebook makes Facebook the evidence (§6.3 rule 8).
    offSite: !isOwnHost(url, siteHosts),
    host: bareHostOf(url),
    text: analysis.text,
    get prepared() {
      return analysis.prepared;
    },
    get norm() {
      return analysis.normalized.text;
    },
    toOriginal: (i: number) => analysis.normalized.toOriginal(i),
    get periods() {
      return analysis.periods;
    },
    get parts() {
      return (built ??= parts());
    },
  };
}

export function makeDoc(candidate: Candidate, input: JudgeItemInput): JudgeDoc {
  const snap = input.snapshot(candidate.url);
  const linked = snap ? linkedDocuments(snap, input).filter((d) => d.link.href !== candidate.url) : [];
  const partDocs = () =>
    linked.map(({ link, snap: s }) =>
      docOf({ ...candidate, url: link.href, matchedText: link.text || link.context, via: 'page-content' }, s, ownAnalysis(s), input.siteHosts, () => []),
    );
  return docOf(candidate, snap, joinedAnalysis(snap, linked.map((d) => d.snap)), input.siteHosts, partDocs);
}

/** Original-text span of a match in the normalised text. */
export function spanInOriginal(doc: Pick<JudgeDoc, 'toOriginal'>, index: number, length: number): [number, number] {
  return [doc.toOriginal(index), doc.toOriginal(index + length)];
}
