// report.csv, shaped for ITAS (§12.5): per item มี/ไม่มี, the URL(s) to submit, and an explanation written
// as agencies write it — a click path หน้าหลัก > … > … — or the reason when there is nothing to submit.
// UTF-8 with a BOM and CRLF so Excel on Windows shows Thai and splits rows.
import type { Report, ReportItem } from '../core/report-schema';
import { csvCell } from './escape';
import { STATUS_LABEL } from './labels';

export const CSV_HEADER = ['ข้อ', 'ชื่อข้อมูล', 'มี/ไม่มี', 'URL', 'คำอธิบาย', 'สถานะ'] as const;

/** Would an agency answer "มี" in ITAS? Only for evidence that passes, or that a person still has to judge. */
export function hasAnswer(item: ReportItem): boolean {
  return item.status === 'pass' || (item.status === 'needs-review' && item.evidence.length > 0);
}

export function explanation(item: ReportItem): string {
  const withPath = item.evidence.find((e) => e.clickPath && e.clickPath.length);
  const reason = item.messages[0]?.th;
  if (hasAnswer(item) && withPath) {
    const path = ['หน้าหลัก', ...withPath.clickPath!].join(' > ');
    return item.status === 'pass' || !reason ? path : `${path} (${reason})`;
  }
  if (hasAnswer(item) && item.evidence[0]?.title) return `${item.evidence[0].title}${reason && item.status !== 'pass' ? ` (${reason})` : ''}`;
  return reason ?? STATUS_LABEL[item.status].th;
}

export function renderCsv(report: Report): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const item of report.items) {
    const urls = hasAnswer(item) ? [...new Set(item.evidence.map((e) => e.url))] : [];
    rows.push([
      item.id,
      item.name.th,
      hasAnswer(item) ? 'มี' : 'ไม่มี',
      urls.join('\n'),
      explanation(item),
      `${STATUS_LABEL[item.status].th} (${item.status})`,
    ]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
