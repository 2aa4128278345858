// Thai/English labels the reports and the CLI summary share.
import type { ReportStatus } from '../core/report-schema';
import { STATUS_LABELS } from '../core/status-labels';

/** The core's one table (checker/core/status-labels.ts), under the name the report writers use. */
export const STATUS_LABEL: Record<ReportStatus, { th: string; en: string }> = STATUS_LABELS;

export const STATUS_ORDER: ReportStatus[] = ['pass', 'missing', 'broken', 'outdated', 'incomplete', 'needs-review'];

/** Reasons the crawler gives for pages it did not check; unknown reasons are shown as they are. */
export const NOT_CHECKED_REASON: Record<string, { th: string; en: string }> = {
  robots: { th: 'robots.txt ไม่อนุญาต', en: 'disallowed by robots.txt' },
  'robots-disallowed': { th: 'robots.txt ไม่อนุญาต', en: 'disallowed by robots.txt' },
  budget: { th: 'เกินจำนวนหน้าที่กำหนด', en: 'page budget reached' },
  'max-pages': { th: 'เกินจำนวนหน้าที่กำหนด', en: 'page budget reached' },
  'max-depth': { th: 'ลึกเกินกำหนด', en: 'too deep' },
  depth: { th: 'ลึกเกินกำหนด', en: 'too deep' },
  timeout: { th: 'หมดเวลารอ', en: 'timed out' },
  'too-large': { th: 'ไฟล์ใหญ่เกินกำหนด', en: 'file too large' },
  'off-site': { th: 'อยู่นอกเว็บไซต์หลัก', en: 'off the main site' },
  offsite: { th: 'อยู่นอกเว็บไซต์หลัก', en: 'off the main site' },
  unreachable: { th: 'เข้าถึงไม่ได้', en: 'unreachable' },
  'fetch-failed': { th: 'ดึงข้อมูลไม่สำเร็จ', en: 'fetch failed' },
  error: { th: 'เกิดข้อผิดพลาด', en: 'error' },
  'http-error': { th: 'เซิร์ฟเวอร์ตอบกลับผิดพลาด', en: 'HTTP error' },
  blocked: { th: 'ถูกปิดกั้น (ไม่ใช่ความผิดของหน่วยงาน)', en: 'blocked (not the agency’s fault)' },
  'rate-limited': { th: 'ถูกจำกัดความถี่', en: 'rate limited' },
  'login-wall': { th: 'ต้องเข้าสู่ระบบ', en: 'behind a login' },
  'needs-render': { th: 'ต้องใช้เบราว์เซอร์แสดงผล', en: 'needs a browser to render' },
  'render-unavailable': { th: 'ไม่มีเบราว์เซอร์สำหรับแสดงผล', en: 'no browser to render' },
  'unsupported-type': { th: 'ชนิดไฟล์ที่อ่านไม่ได้', en: 'unsupported file type' },
  aborted: { th: 'ถูกยกเลิก', en: 'aborted' },
  interrupted: { th: 'ถูกหยุดกลางคัน', en: 'interrupted' },
  'crawl-failed': { th: 'การตรวจล้มเหลว', en: 'crawl failed' },
  tls: { th: 'ใบรับรอง HTTPS มีปัญหา', en: 'TLS certificate problem' },
  dns: { th: 'หาชื่อโดเมนไม่พบ', en: 'DNS lookup failed' },
  'redirect-loop': { th: 'เปลี่ยนเส้นทางวนซ้ำ', en: 'redirect loop' },
  'soft-404': { th: 'หน้าแจ้งว่าไม่พบข้อมูล (ตอบ 200 แต่ไม่มีเนื้อหา)', en: 'soft 404 (HTTP 200 “page not found”)' },
  unsupported: { th: 'ชนิดไฟล์ที่อ่านไม่ได้', en: 'unsupported file type' },
  'not-in-map': { th: 'ไม่อยู่ในรายการ URL ที่กำหนด', en: 'not in the URL map' },
};

export function reasonLabel(reason: string): { th: string; en: string } {
  return NOT_CHECKED_REASON[reason] ?? NOT_CHECKED_REASON[reason.split(':')[0]!] ?? { th: reason, en: reason };
}

/** "6 ธ.ค. 2569 22:40" in Bangkok time, Buddhist Era (how Thai readers read dates). */
export function thaiDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }).format(d);
}

export function enDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }).format(d) + ' (ICT)';
}

// Two decimals truncated, as ITAS appears to print them (§8.4); the epsilon keeps 0.29 from becoming 0.28.
export const fmt2 = (n: number) => (Math.trunc(n * 100 + 1e-7) / 100).toFixed(2);

/** "93.75" or "87.50–100.00": the OIT score, or its range while items need review. */
export function rangeText(r: { min: number; max: number }): string {
  return Math.abs(r.max - r.min) < 0.005 ? fmt2(r.min) : `${fmt2(r.min)}–${fmt2(r.max)}`;
}
