// The one Thai/English wording of each item status, shared by the judge's messages, the reports, the CLI and
// the extension: an agency reading "ต้องตรวจสอบเอง" in the report must see the same words in the side panel.
import type { ItemStatus } from './types';

export const STATUS_LABELS: Record<ItemStatus, { th: string; en: string }> = {
  pass: { th: 'ผ่าน', en: 'Pass' },
  missing: { th: 'ไม่พบ', en: 'Missing' },
  outdated: { th: 'ไม่เป็นปัจจุบัน', en: 'Outdated' },
  incomplete: { th: 'ไม่ครบถ้วน', en: 'Incomplete' },
  broken: { th: 'ลิงก์เสีย', en: 'Broken' },
  'needs-review': { th: 'ต้องตรวจสอบเอง', en: 'Needs review' },
};
