// Elements (ita-oit.md §4, §0): a required element with confirmed or adjacent-year confidence that is absent
// makes the item incomplete; unconfirmed or advisory elements only add a warning.
import type { Element } from '../../../../rules/schema';
import type { JudgeDoc } from '../context';
import { findAny, matchPattern, type Hit } from '../find';
import { joinEn, joinTh, msg, outcome, type Outcome } from '../outcome';

export interface ElementResult {
  element: Element;
  hit?: Hit;
  found: boolean;
}

export function findElement(doc: Pick<JudgeDoc, 'prepared' | 'norm'>, element: Element): ElementResult {
  const hit = findAny(doc, element.phrases);
  const byPattern = !hit && (element.patterns ?? []).some((p) => matchPattern(doc.norm, p));
  return { element, hit, found: !!hit || byPattern };
}

export function checkElements(doc: JudgeDoc, elements: readonly Element[]): Outcome & { results: ElementResult[] } {
  const results = elements.map((e) => findElement(doc, e));
  const hard = results.filter((r) => !r.found && r.element.required && r.element.confidence !== 'unconfirmed');
  const soft = results.filter((r) => !r.found && !(r.element.required && r.element.confidence !== 'unconfirmed'));
  const messages = [];
  const warnings = [];
  if (hard.length) {
    const sourced = hard.filter((r) => r.element.confidence === 'adjacent-year');
    const note = sourced.length
      ? {
          th: ` (เกณฑ์ของ ${joinTh(sourced.map((r) => r.element.name.th))} อ้างอิงจากเกณฑ์ ITA ${sourced[0].element.sourceYear ?? 'ปีใกล้เคียง'})`,
          en: ` (the rule for ${joinEn(sourced.map((r) => r.element.name.en))} is taken from the ITA ${sourced[0].element.sourceYear ?? 'adjacent-year'} criteria)`,
        }
      : { th: '', en: '' };
    messages.push(
      msg(
        'element.missing',
        'error',
        `ไม่พบองค์ประกอบที่ต้องมี: ${joinTh(hard.map((r) => r.element.name.th))}${note.th}`,
        `required element(s) not found: ${joinEn(hard.map((r) => r.element.name.en))}${note.en}`,
      ),
    );
  }
  if (soft.length)
    warnings.push(
      msg(
        'element.advisory-missing',
        'warning',
        `ไม่พบ ${joinTh(soft.map((r) => r.element.name.th))} (เกณฑ์ยังไม่ยืนยันหรือเป็นข้อแนะนำ จึงไม่ทำให้ไม่ผ่าน)`,
        `not found: ${joinEn(soft.map((r) => r.element.name.en))} (unconfirmed or advisory, so it does not fail the item)`,
      ),
    );
  const firstHit = results.find((r) => r.hit)?.hit;
  return {
    ...outcome('element', hard.length ? 'incomplete' : 'pass', {
      messages,
      warnings,
      span: firstHit ? [firstHit.start, firstHit.end] : undefined,
    }),
    results,
  };
}
