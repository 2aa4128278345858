// Link texts that say nothing about their target ("คลิก", "ดาวน์โหลด"): the row around the link does.
import { compact } from '../text';

const compactMemo = new Map<string, string>();
/** compact() remembered: a site repeats the same menu and footer texts on every page. */
export function cc(s: string): string {
  let v = compactMemo.get(s);
  if (v === undefined) {
    v = compact(s);
    if (compactMemo.size > 50_000) compactMemo.clear();
    compactMemo.set(s, v);
  }
  return v;
}

/** Link texts that say nothing about the target: the row around them does. */
const GENERIC = new Set(
  ['คลิก', 'คลิกที่นี่', 'คลิกดู', 'คลิ๊ก', 'ดูข้อมูล', 'ข้อมูล', 'ลิงก์', 'ลิ้งค์', 'ลิงค์', 'link', 'รายละเอียด', 'ดูรายละเอียด', 'ดาวน์โหลด',
    'download', 'เอกสาร', 'ไฟล์', 'pdf', 'อ่านต่อ', 'เพิ่มเติม', 'ดูเพิ่มเติม', 'here', 'view', 'open', 'url', 'เปิด', 'ดู', 'แนบไฟล์',
    'เอกสารแนบ', 'หลักฐาน', 'ที่นี่'].map(compact),
);
export const isGenericText = (t: string) => {
  const c = cc(t);
  return c.length <= 2 || GENERIC.has(c) || /^(?:คลิก|download|ดาวน์โหลด|ดูข้อมูล)/.test(c);
};

