// O36 (2565) / O34 (2566): a corruption-risk assessment, not a general or internal-control one, and never
// "assessed, no risk" (ita-oit.md §7.2; §6.3 rule 10). O37 / O35: actions on corruption risks (rule 7).
import type { JudgeContext, JudgeDoc } from '../context';
import { countMatches } from '../find';
import { msg, outcome, pass, type Outcome } from '../outcome';
import { CORRUPTION, INTERNAL_CONTROL_RE, countWords, spanOfWord } from '../vocab';

const NO_RISK = ['ไม่มีความเสี่ยง', 'ไม่พบความเสี่ยง', 'ไม่พบประเด็นความเสี่ยง', 'ไม่มีประเด็นความเสี่ยง'];
const RISK_EVENT = ['เหตุการณ์ความเสี่ยง', 'ความเสี่ยงการทุจริต', 'ประเด็นความเสี่ยง', 'รูปแบบความเสี่ยง', 'ความเสี่ยงที่อาจเกิด'];
const RISK_LEVEL = ['ระดับความเสี่ยง', 'ระดับของความเสี่ยง', 'ระดับความรุนแรง', 'สูงมาก', 'ปานกลาง', 'โอกาสที่จะเกิด'];
const MEASURES = ['มาตรการ', 'การบริหารจัดการความเสี่ยง', 'แนวทางการบริหารความเสี่ยง', 'การควบคุมความเสี่ยง'];

/** Phrases of the rule's own disqualifiers, split by what they are about. */
function ruleDisqualifierWords(ctx: JudgeContext): { noRisk: string[]; control: string[] } {
  const noRisk: string[] = [];
  const control: string[] = [];
  for (const d of ctx.rule.disqualifiers) (/risk/.test(d.id) && !/control|pk|internal/.test(d.id) ? noRisk : control).push(...d.phrases);
  return { noRisk, control };
}

export function corruptionRiskAssessment(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  const extra = ruleDisqualifierWords(ctx);
  const corruption = countWords(doc, CORRUPTION);
  const control = countMatches(doc.norm, INTERNAL_CONTROL_RE) + countWords(doc, extra.control.filter((p) => !/ปค/.test(p)));
  const noRisk = countWords(doc, [...NO_RISK, ...extra.noRisk]);
  const events = countWords(doc, RISK_EVENT);
  const levels = countWords(doc, RISK_LEVEL);
  const measures = countWords(doc, MEASURES);
  const structured = events > 0 && levels > 0 && measures > 0;
  if (noRisk && !(structured && corruption >= 3))
    return outcome('special:corruption-risk-assessment', 'incomplete', {
      messages: [
        msg(
          'o36.no-risk',
          'error',
          'เอกสารระบุว่า "ไม่มีความเสี่ยง" ซึ่งไม่ได้คะแนน เพราะไม่มีหน่วยงานใดไม่มีความเสี่ยงการทุจริต ต้องแสดงเหตุการณ์ความเสี่ยง ระดับ และมาตรการ',
          'the document says "no risk", which scores zero (no agency is free of corruption risk); show risk events, levels and measures',
        ),
      ],
      span: spanOfWord(doc, NO_RISK),
    });
  if (control > 0 && (corruption < 2 || control > corruption))
    return outcome('special:corruption-risk-assessment', 'incomplete', {
      messages: [
        msg(
          'o36.internal-control',
          'error',
          'เป็นการประเมินความเสี่ยงทั่วไปหรือการควบคุมภายใน (แบบ ปค.) ไม่ใช่การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ จึงไม่ได้คะแนน',
          'this is a general risk or internal-control assessment (ปค. forms), not a corruption and misconduct risk assessment, so it scores zero',
        ),
      ],
      span: spanOfWord(doc, ['ปค', 'การควบคุมภายใน']),
    });
  if (corruption === 0)
    return outcome('special:corruption-risk-assessment', 'incomplete', {
      messages: [
        msg(
          'o36.general-risk',
          'error',
          'ไม่พบคำที่แสดงว่าเป็นความเสี่ยงการทุจริต (ทุจริต, ประพฤติมิชอบ, สินบน, ผลประโยชน์ทับซ้อน)',
          'no corruption vocabulary found (corruption, misconduct, bribery, conflict of interest): not a corruption-risk assessment',
        ),
      ],
    });
  if (control > 0 && control * 2 > corruption)
    return outcome('special:corruption-risk-assessment', 'needs-review', {
      messages: [
        msg(
          'o36.ambiguous',
          'error',
          'เอกสารผสมการควบคุมภายในกับความเสี่ยงการทุจริต ต้องให้ผู้ตรวจพิจารณาว่าเป็นการประเมินความเสี่ยงการทุจริตหรือไม่',
          'the document mixes internal control with corruption risks; a person must decide whether it is a corruption-risk assessment',
        ),
      ],
    });
  if (!structured)
    return outcome('special:corruption-risk-assessment', 'needs-review', {
      messages: [
        msg(
          'o36.structure-unclear',
          'error',
          `พบเรื่องความเสี่ยงการทุจริต แต่ไม่ชัดว่ามีครบทั้งเหตุการณ์ความเสี่ยง${events ? ' ✓' : ''} ระดับความเสี่ยง${levels ? ' ✓' : ''} และมาตรการ${measures ? ' ✓' : ''}`,
          `corruption risks are discussed, but risk events${events ? ' ✓' : ''}, levels${levels ? ' ✓' : ''} and measures${measures ? ' ✓' : ''} are not all clear`,
        ),
      ],
    });
  return pass('special:corruption-risk-assessment', {
    messages: [msg('o36.ok', 'info', 'เป็นการประเมินความเสี่ยงการทุจริต มีเหตุการณ์ ระดับ และมาตรการ', 'a corruption-risk assessment with events, levels and measures')],
    span: spanOfWord(doc, RISK_EVENT),
  });
}

export function corruptionRiskActions(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  void ctx;
  const corruption = countWords(doc, CORRUPTION);
  const control = countMatches(doc.norm, INTERNAL_CONTROL_RE);
  if (corruption === 0 && control > 0)
    return outcome('special:corruption-risk-actions', 'incomplete', {
      messages: [
        msg(
          'o37.internal-control',
          'error',
          'เป็นการติดตามความเสี่ยงทั่วไปหรือการควบคุมภายใน (แบบ ปค.) ไม่ใช่การดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริต',
          'this follows up general risks or internal control (ปค. forms), not the corruption-risk measures',
        ),
      ],
    });
  if (corruption === 0)
    return outcome('special:corruption-risk-actions', 'needs-review', {
      messages: [
        msg('o37.unclear', 'error', 'ไม่ชัดว่าการดำเนินการเป็นการจัดการความเสี่ยงการทุจริต', 'not clear that the actions address corruption risks'),
      ],
    });
  if (control > corruption)
    return outcome('special:corruption-risk-actions', 'needs-review', {
      messages: [
        msg('o37.ambiguous', 'error', 'เนื้อหาเน้นการควบคุมภายในมากกว่าความเสี่ยงการทุจริต ต้องให้ผู้ตรวจพิจารณา', 'the text is mostly about internal control rather than corruption risks; a person must decide'),
      ],
    });
  return pass('special:corruption-risk-actions', { span: spanOfWord(doc, CORRUPTION) });
}
