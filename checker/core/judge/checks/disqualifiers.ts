// Rule-file disqualifiers (schema Disqualifier): text that, when it dominates the evidence, disqualifies it.
// Items whose special check weighs disqualifiers itself (O36/O37) skip this generic form.
import type { JudgeContext, JudgeDoc } from '../context';
import { msg, outcome, pass, type Outcome } from '../outcome';
import { countWords, spanOfWord } from '../vocab';

export function checkDisqualifiers(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  const elementHits = countWords(doc, ctx.rule.elements.filter((e) => e.required).flatMap((e) => e.phrases));
  for (const d of ctx.rule.disqualifiers) {
    const n = countWords(doc, d.phrases);
    // "Dominates": it is said at least as often as the item's own required vocabulary.
    if (!n || n < elementHits) continue;
    const m = msg(`disqualifier.${d.id}`, d.confidence === 'unconfirmed' ? 'warning' : 'error', d.message.th, d.message.en);
    if (d.confidence === 'unconfirmed') return pass('disqualifier', { warnings: [m] });
    return outcome('disqualifier', 'incomplete', { messages: [m], span: spanOfWord(doc, d.phrases) });
  }
  return pass('disqualifier');
}
