// How items of one rule set continue in the next (ita-oit.md §9). Pure: no Node imports.
import type { Bilingual, Confidence, Item, RuleSet } from './schema';

export interface Successor {
  item: Item;
  /** How sure the link is (continuesConfidence; confirmed when not stated). */
  confidence: Confidence;
  /** The other previous-year items merged into the same successor. */
  mergedWith: string[];
}

function yearsLabel(rs: RuleSet): string {
  const ys = [...rs.years].sort((a, b) => a - b);
  return ys.length > 1 ? `${ys[0]}–${ys[ys.length - 1]}` : String(ys[0]);
}

/** Items of `next` that continue `itemId` of `prev` (empty when dropped or when `next` does not follow `prev`). */
export function successorsOf(prev: RuleSet, next: RuleSet, itemId: string): Successor[] {
  if (next.previous !== prev.id) return [];
  return next.items
    .filter((it) => it.continues.includes(itemId))
    .map((it) => ({
      item: it,
      confidence: it.continuesConfidence?.[itemId] ?? 'confirmed',
      mergedWith: it.continues.filter((c) => c !== itemId),
    }));
}

/** Ids of the previous rule set's items that `itemId` of `next` continues (empty for a new item). */
export function predecessorsOf(next: RuleSet, itemId: string): string[] {
  return next.items.find((it) => it.id === itemId)?.continues ?? [];
}

/**
 * One sentence for people: "O36 ของปี 2565 คือ O34 ของปี 2566–2567" / "O36 of 2565 is O34 of 2566–2567",
 * also for merged, uncertain and dropped items.
 */
export function describeSuccession(prev: RuleSet, next: RuleSet, itemId: string): Bilingual {
  const py = yearsLabel(prev);
  const ny = yearsLabel(next);
  const succ = successorsOf(prev, next, itemId);
  if (succ.length === 0) {
    const dropped = next.dropped.find((d) => d.item === itemId);
    const th = `${itemId} ของปี ${py} ไม่มีข้อที่สืบต่อในปี ${ny}`;
    const en = `${itemId} of ${py} has no successor in ${ny}`;
    return dropped ? { th: `${th}: ${dropped.note.th}`, en: `${en}: ${dropped.note.en}` } : { th, en };
  }
  const parts = succ.map((s) => {
    const sure = s.confidence === 'confirmed' || s.confidence === 'adjacent-year';
    const merged = s.mergedWith.length > 0;
    const th = `${sure ? '' : 'น่าจะ'}${merged ? 'รวมอยู่ใน' : 'คือ'} ${s.item.id} ของปี ${ny} (${s.item.name.th})${merged ? ` ร่วมกับ ${s.mergedWith.join(', ')}` : ''}`;
    const en = `is ${sure ? '' : 'probably '}${merged ? 'part of ' : ''}${s.item.id} of ${ny} (${s.item.name.en})${merged ? `, merged with ${s.mergedWith.join(', ')}` : ''}`;
    return { th, en };
  });
  return {
    th: `${itemId} ของปี ${py} ${parts.map((p) => p.th).join(' และ ')}`,
    en: `${itemId} of ${py} ${parts.map((p) => p.en).join(' and ')}`,
  };
}
