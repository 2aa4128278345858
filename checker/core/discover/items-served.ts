// Which items a lone page or document can serve, read from the document itself: its title, first headings,
// file name and first lines (`oit page`, the extension's banner on an evidence page). An index page's link
// text does this job during a crawl; a document opened on its own has no link pointing at it, so its own
// words must say what it is (ita-oit.md §12.2–12.4: agencies name files "O10-แผนดำเนินงาน-2565.pdf" and
// title PDFs with the item's name).
import type { RuleSet } from '../../../rules/schema';
import { findItemCodes, type ItemCodeHit } from '../text';
import type { Snapshot } from '../types';
import { cc } from './generic';
import { pageYear } from './index-page';
import { TitleMatcher } from './titles';

export interface ServedItem {
  itemId: string;
  /** 0–1. */
  confidence: number;
  /** Why, naming the place in the document and its text. */
  reason: string;
}

type Place = 'title' | 'heading' | 'file name' | 'first lines';

/** The document's own title beats a line of its body, which may merely cite another item ("ตามแผนดำเนินงาน…"). */
const PLACE_WEIGHT: Record<Place, number> = { title: 1, heading: 1, 'file name': 1, 'first lines': 0.9 };
/** An item code confirmed by the item's name in the same place (the way index rows are read). */
const CODE_AND_TITLE = 0.95;
/** A bare code ("O23.pdf"): weak, and only on a document of the judged year, since codes are renumbered. */
const CODE_ONLY = 0.6;
/** Below this a title confirms nothing about a code (as in item-links.ts). */
const CONFIRMS_CODE = 0.55;
/** A title this clear that names another item beats the code beside it… */
const CLEAR_OTHER = 0.85;
/** …unless the code's own name is at least this present. */
const CLEAR_CONFIRM = 0.8;

const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ').trim();

function pathOf(snapshot: Snapshot): string {
  try {
    return decodeURIComponent(new URL(snapshot.finalUrl || snapshot.url).pathname);
  } catch {
    try {
      return new URL(snapshot.finalUrl || snapshot.url).pathname;
    } catch {
      return '';
    }
  }
}

/** "O10-แผนดำเนินงาน-2565.pdf" → "O10 แผนดำเนินงาน 2565": the file name as words. */
function fileNameOf(path: string): string {
  return (path.split('/').pop() ?? '').replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_+]+/g, ' ').trim();
}

function withoutCodes(text: string, hits: ItemCodeHit[]): string {
  let out = '';
  let at = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    out += `${text.slice(at, h.start)} `;
    at = h.end;
  }
  return out + text.slice(at);
}

/**
 * Items the document can serve for ITA `year` under `ruleSet`, best first. Codes count only where the item's
 * name confirms them, or bare on a document that is not of another ITA year (2566 renumbered the items, so
 * "O10" on a 2565 file is not 2566's O10). A page that did not load serves nothing.
 */
export function itemsServedBy(snapshot: Snapshot, ruleSet: RuleSet, year: number, opts: { titles?: TitleMatcher } = {}): ServedItem[] {
  if (snapshot.error || snapshot.status === 0 || snapshot.status >= 400) return [];
  const titles = opts.titles ?? new TitleMatcher(ruleSet);
  const ids = new Set(ruleSet.items.map((i) => i.id));
  const docYear = pageYear(snapshot)?.year;
  const codesTrusted = docYear === undefined || docYear === year;
  const path = pathOf(snapshot);

  const places: Array<{ place: Place; text: string; codeText?: string }> = [
    { place: 'title', text: snapshot.title },
    ...snapshot.headings.slice(0, 3).map((h) => ({ place: 'heading' as const, text: h })),
    // Codes in a folder name count too ("/ita/o23/…"); the title match reads only the file's own name.
    { place: 'file name', text: fileNameOf(path), codeText: path },
    ...snapshot.blocks.slice(0, 5).map((b) => ({ place: 'first lines' as const, text: b.slice(0, 300) })),
  ];

  const best = new Map<string, ServedItem>();
  const offer = (itemId: string, confidence: number, reason: string) => {
    const prev = best.get(itemId);
    if (!prev || confidence > prev.confidence) best.set(itemId, { itemId, confidence: Math.round(confidence * 1000) / 1000, reason });
  };

  for (const { place, text, codeText } of places) {
    if (!text?.trim() && !codeText) continue;
    const weight = PLACE_WEIGHT[place];
    // A body line citing "O10" is a reference, not a label: codes are read from labels only.
    const labelHits = place === 'first lines' ? [] : findItemCodes(text, { rowStart: true });
    const codeHits = codeText !== undefined ? findItemCodes(codeText, { url: true }) : labelHits;
    const codes = [...new Set(codeHits.map((h) => `O${h.item}`))].filter((c) => ids.has(c));
    const titleText = withoutCodes(text, labelHits);
    const titleHits = cc(titleText) ? titles.match(titleText) : [];
    const clearOther = titleHits.find((h) => h.score >= CLEAR_OTHER && !codes.includes(h.itemId));

    // As index rows are read (item-links.ts assign): a title clearly naming another item beats codes its own
    // name only faintly confirms; codes the name confirms are sure; a bare code is weak.
    const confirms = new Map(codes.map((c) => [c, titles.scoreFor(c, titleText)]));
    const overruled = !!clearOther && codes.every((c) => confirms.get(c)! < CLEAR_CONFIRM);
    for (const code of overruled ? [] : codes) {
      const confirm = confirms.get(code)!;
      if (confirm >= CONFIRMS_CODE) offer(code, Math.max(CODE_AND_TITLE, confirm) * weight, `the ${place} carries ${code} and the item's name: "${short(text)}"`);
      else if (codesTrusted && !clearOther) offer(code, CODE_ONLY * weight, `the ${place} carries the code ${code}: "${short(codeText ?? text)}"`);
    }
    for (const hit of titleHits) offer(hit.itemId, hit.score * weight, `the ${place} carries the item's name: "${short(text)}"`);
  }
  const num = (id: string) => Number(id.slice(1));
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || num(a.itemId) - num(b.itemId));
}
