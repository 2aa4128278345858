// O27 (2565) / O25 (2566): HR criteria for five areas; each area missing is an unpublished part (§6.3, §4.4).
import type { JudgeContext, JudgeDoc } from '../context';
import { joinEn, joinTh, msg, outcome, pass, type Outcome } from '../outcome';
import { hasWord } from '../vocab';

export const HR_AREAS = [
  { id: 'recruitment', th: 'การสรรหาและคัดเลือก', en: 'recruitment and selection', words: ['สรรหา', 'คัดเลือก', 'เลือกสรร'] },
  { id: 'appointment', th: 'การบรรจุและแต่งตั้ง', en: 'appointment', words: ['บรรจุ', 'แต่งตั้ง'] },
  { id: 'development', th: 'การพัฒนาบุคลากร', en: 'staff development', words: ['พัฒนาบุคลากร', 'การพัฒนาพนักงาน', 'การพัฒนาข้าราชการ', 'ฝึกอบรม', 'การพัฒนา'] },
  { id: 'appraisal', th: 'การประเมินผลการปฏิบัติงาน', en: 'performance appraisal', words: ['ประเมินผลการปฏิบัติ', 'การประเมินผลการปฏิบัติงาน'] },
  {
    id: 'reward',
    th: 'การให้คุณให้โทษและการสร้างขวัญกำลังใจ',
    en: 'rewards, discipline and morale',
    words: ['ให้คุณให้โทษ', 'ขวัญกำลังใจ', 'ขวัญและกำลังใจ', 'วินัย', 'เลื่อนขั้น', 'ยกย่องชมเชย'],
  },
] as const;

export function hrFiveAreas(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  void ctx;
  const missing = HR_AREAS.filter((a) => !hasWord(doc, a.words));
  if (missing.length)
    return outcome('special:hr-five-areas', 'incomplete', {
      messages: [
        msg(
          'hr.area-missing',
          'error',
          `หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคลยังขาดด้าน: ${joinTh(missing.map((a) => a.th))}`,
          `the HR criteria lack the area(s): ${joinEn(missing.map((a) => a.en))}`,
        ),
      ],
    });
  return pass('special:hr-five-areas', { messages: [msg('hr.ok', 'info', 'ครบทั้ง 5 ด้าน', 'all five areas present')] });
}
