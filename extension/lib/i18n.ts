// Every string the extension shows, Thai first with English beside it (common rule: `{ th, en }`).
import type { ItemStatus } from '../../checker/core/types';

export type Lang = 'th' | 'en';
export interface Text {
  th: string;
  en: string;
}

/** The one status wording of the whole checker (reports, CLI, extension): the side panel says what the report says. */
export { STATUS_LABELS } from '../../checker/core/status-labels';

/** Colours chosen for contrast on white and on dark agency themes alike. */
export const STATUS_COLOR: Record<ItemStatus, string> = {
  pass: '#1b7f3b',
  missing: '#b3261e',
  outdated: '#b45309',
  incomplete: '#a16207',
  broken: '#7f1d1d',
  'needs-review': '#4b5563',
};

export const STATUS_ICON: Record<ItemStatus, string> = {
  pass: '✓',
  missing: '✗',
  outdated: '⏱',
  incomplete: '◐',
  broken: '⚠',
  'needs-review': '?',
};

export const T = {
  appName: { th: 'ตรวจ OIT', en: 'OIT check' },
  notLinked: { th: 'ไม่มีลิงก์จากหน้านี้', en: 'not linked from this page' },
  servesItems: { th: 'หน้านี้เป็นหลักฐานของ', en: 'This page is evidence for' },
  expected: { th: 'ที่ต้องการ', en: 'expected' },
  yearsFound: { th: 'ปีที่พบ', en: 'years found' },
  noYears: { th: 'ไม่พบปี', en: 'no year found' },
  checking: { th: 'กำลังตรวจ…', en: 'Checking…' },
  checkAgain: { th: 'ตรวจอีกครั้ง', en: 'Check again' },
  checkedAt: { th: 'ตรวจเมื่อ', en: 'Checked' },
  noResult: { th: 'ยังไม่มีผลการตรวจของเว็บไซต์นี้ เปิดหน้า ITA ของหน่วยงาน หรือกด "ตรวจอีกครั้ง"', en: 'No result for this site yet. Open the agency\'s ITA page or press "Check again".' },
  year: { th: 'ปีการประเมิน ITA', en: 'ITA year' },
  language: { th: 'ภาษา', en: 'Language' },
  oitScore: { th: 'คะแนน OIT ที่คาดการณ์', en: 'Predicted OIT score' },
  itaShare: { th: 'ส่วนของคะแนน ITA รวม (40%)', en: 'Share of the ITA total (40%)' },
  gradeNeedsIitEit: {
    th: 'เกรดคำนวณได้เมื่อกรอกคะแนน IIT และ EIT เท่านั้น (OIT อย่างเดียวไม่ใช่เกรดของหน่วยงาน)',
    en: 'A grade needs IIT and EIT scores; the OIT alone is not the agency\'s grade',
  },
  iit: { th: 'คะแนน IIT', en: 'IIT score' },
  eit: { th: 'คะแนน EIT', en: 'EIT score' },
  projected: { th: 'คะแนน ITA รวมที่คาดการณ์', en: 'Projected ITA total' },
  grade: { th: 'เกรด', en: 'Grade' },
  range: { th: 'ช่วง (รายการที่ต้องตรวจเองนับ 0 ถึง 100)', en: 'range (needs-review items counted 0 to 100)' },
  evidence: { th: 'หลักฐาน', en: 'evidence' },
  pointCost: { th: 'คะแนน OIT ที่เสีย', en: 'OIT points at stake' },
  importReport: { th: 'นำเข้า report.json', en: 'Import report.json' },
  reportUrl: { th: 'URL ของรายงานประจำคืน', en: 'Nightly report URL' },
  load: { th: 'โหลด', en: 'Load' },
  enableSite: { th: 'เปิดใช้กับเว็บไซต์นี้', en: 'Turn on for this site' },
  siteNotEnabled: {
    th: 'ส่วนขยายทำงานเองบน *.go.th และ localhost เท่านั้น เว็บไซต์นี้ต้องเปิดใช้ก่อน',
    en: 'The extension runs by itself on *.go.th and localhost only; turn it on for this site first',
  },
  openInCli: {
    th: 'ส่วนขยายอ่านข้อความของเอกสารนี้ไม่ได้ ให้ตรวจด้วยคำสั่ง oit (CLI)',
    en: 'The extension cannot read this document\'s text; check it with the oit CLI',
  },
  sessionCap: {
    th: 'ถึงจำนวนการดาวน์โหลดสูงสุดของรอบนี้ ยังไม่ได้ตรวจหลักฐานนี้',
    en: 'The download limit for this session was reached; this evidence was not fetched',
  },
  site: { th: 'เว็บไซต์', en: 'Site' },
  fetched: { th: 'ดาวน์โหลด', en: 'fetched' },
  indexPage: { th: 'หน้า ITA', en: 'ITA page' },
  source: { th: 'แหล่งผล', en: 'Source' },
  sourceLive: { th: 'ตรวจสดจากเบราว์เซอร์', en: 'live check in the browser' },
  sourceReport: { th: 'รายงาน', en: 'report' },
  items: { th: 'รายการ', en: 'items' },
  andMore: { th: 'และอีก {n} รายการ', en: 'and {n} more' },
  error: { th: 'ผิดพลาด', en: 'Error' },
} satisfies Record<string, Text>;

export function t(text: Text, lang: Lang): string {
  return text[lang] || text.th;
}
