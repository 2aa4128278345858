// What the period rule asks for ITA year Y, in words (ita-oit.md §6.2). Windows come from Y, never the clock.
import type { PeriodKind, PeriodRule } from '../../../rules/schema';
import type { Bilingual } from '../../../rules/schema';

/** Display-only month abbreviations (Thai standard forms, thai-text-and-dates.md §4). */
export const MONTH_TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
export const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A BE month as shown to people: "ต.ค. 2564" / "Oct 2564". */
export const monthTh = (y: number, m: number) => `${MONTH_TH[m - 1]} ${y}`;
export const monthEn = (y: number, m: number) => `${MONTH_EN[m - 1]} ${y}`;

/** BE date as shown: "31 มี.ค. 2565" / "31 Mar 2565 BE". */
export const dateTh = (d: { y: number; m: number; d: number }) => `${d.d} ${MONTH_TH[d.m - 1]} ${d.y}`;
export const dateEn = (d: { y: number; m: number; d: number }) => `${d.d} ${MONTH_EN[d.m - 1]} ${d.y} BE`;

/** The six months of the first half of FY Y: Oct Y-1 … Mar Y (BE years). */
export function firstHalfMonths(Y: number): Array<{ y: number; m: number }> {
  return [
    { y: Y - 1, m: 10 },
    { y: Y - 1, m: 11 },
    { y: Y - 1, m: 12 },
    { y: Y, m: 1 },
    { y: Y, m: 2 },
    { y: Y, m: 3 },
  ];
}

export function describeExpected(kind: PeriodKind, Y: number): Bilingual {
  switch (kind) {
    case 'fy':
      return {
        th: `ปีงบประมาณ พ.ศ. ${Y} (1 ต.ค. ${Y - 1} – 30 ก.ย. ${Y})`,
        en: `fiscal year ${Y} (1 Oct ${Y - 1} – 30 Sep ${Y} BE)`,
      };
    case 'fyFirstHalf':
      return {
        th: `รอบ 6 เดือนแรกของปีงบประมาณ พ.ศ. ${Y} (1 ต.ค. ${Y - 1} – 31 มี.ค. ${Y})`,
        en: `first six months of fiscal year ${Y} (1 Oct ${Y - 1} – 31 Mar ${Y} BE)`,
      };
    case 'monthlyFirstHalf':
      return {
        th: `สรุปผลรายเดือน ต.ค. ${Y - 1} – มี.ค. ${Y} (ครบ 6 เดือน)`,
        en: `one summary per month, Oct ${Y - 1} – Mar ${Y} BE (six months)`,
      };
    case 'previousFy':
      return {
        th: `รายงานของปีงบประมาณ พ.ศ. ${Y - 1} (ปีงบประมาณที่ผ่านมา)`,
        en: `a report on fiscal year ${Y - 1} (the previous fiscal year)`,
      };
    case 'coversFy':
      return { th: `แผนที่มีช่วงปีครอบคลุม พ.ศ. ${Y}`, en: `a plan whose year range includes ${Y}` };
    case 'previousIta':
      return {
        th: `วิเคราะห์ผลการประเมิน ITA ${Y - 1} และกำหนดมาตรการสำหรับปีงบประมาณ พ.ศ. ${Y}`,
        en: `an analysis of the ITA ${Y - 1} result with measures for fiscal year ${Y}`,
      };
    case 'current':
      return { th: 'ข้อมูลที่เป็นปัจจุบัน ณ วันที่ตรวจ', en: 'information current at the time of checking' };
    case 'live':
      return { th: 'ช่องทางที่ใช้งานได้ ณ วันที่ตรวจ', en: 'a channel that works at the time of checking' };
    default:
      return { th: 'ไม่มีเกณฑ์ด้านช่วงเวลา', en: 'no period rule' };
  }
}

/** §6.3 rule 1: period rules are hard at every confidence; the message says how sure the rule is. */
export function periodConfidenceNote(rule: PeriodRule, Y: number): Bilingual | undefined {
  if (rule.confidence === 'adjacent-year')
    return {
      th: `เกณฑ์ช่วงเวลานี้อ้างอิงจากเกณฑ์ ITA ${rule.sourceYear ?? 'ปีใกล้เคียง'}`,
      en: `this period rule is taken from the ITA ${rule.sourceYear ?? 'adjacent-year'} criteria`,
    };
  if (rule.confidence === 'unconfirmed')
    return {
      th: `เกณฑ์ช่วงเวลานี้ยังไม่ยืนยันสำหรับปี ${Y}: ผู้ตรวจอาจวินิจฉัยต่างออกไป`,
      en: `period rule not confirmed for ${Y}: a reviewer may overrule`,
    };
  return undefined;
}
