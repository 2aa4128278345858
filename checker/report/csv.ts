// report.csv, shaped for ITAS (§12.5): per item มี/ไม่มี, the URL to submit, and an explanation written as
// agencies write it — a click path หน้าหลัก > … > … — or the reason when there is nothing to submit.
// UTF-8 with a BOM and CRLF so Excel on Windows shows Thai and splits rows.
//
// Only the deciding evidence (evidence[0]) is ever offered: the rest of `evidence` are the other candidates the
// judge looked at and ranked lower (dead links, last year's report, another year's index page). An agency
// copying this column into ITAS would submit links the assessor rejects, and clarification re-checks only the
// links submitted (§12.5).
import type { Report, ReportEvidence, ReportItem } from '../core/report-schema';
import { csvCell } from './escape';
import { STATUS_LABEL } from './labels';

export const CSV_HEADER = ['ข้อ', 'ชื่อข้อมูล', 'มี/ไม่มี', 'URL', 'คำอธิบาย', 'สถานะ'] as const;

/**
 * The judge's mark on a verdict whose evidence came from `otherYearCandidates` (judge/index.ts judgeMissing:
 * "only evidence linked from another year's ITA page was seen"), also when "not yet due" softened it to
 * needs-review. §6.3 rule 3: another year's index page is not this year's answer.
 */
export const OTHER_YEAR_EVIDENCE_CODE = 'item.old-evidence';
/** The deciding evidence covers another period than the rule asks (judge/checks/period.ts). */
const WRONG_PERIOD_CODES = new Set(['period.older', 'period.newer', 'period.other']);

/**
 * The one URL an agency could submit in ITAS for this item, or undefined ("ไม่มี"):
 * - pass: the deciding evidence;
 * - needs-review: the deciding evidence only when it belongs to the judged year — found for ITA `year` (not
 *   on another year's index page) and not of another period that "not yet due" merely softened;
 * - every failing status: nothing (missing, outdated, incomplete, broken would be rejected as they stand).
 */
export function submittableEvidence(item: ReportItem, year: number): ReportEvidence | undefined {
  const first = item.evidence[0];
  if (!first) return undefined;
  if (item.status === 'pass') return first;
  if (item.status !== 'needs-review') return undefined;
  if (item.messages.some((m) => m.code === OTHER_YEAR_EVIDENCE_CODE)) return undefined;
  // The judge takes evidence from the year's candidates; with none, what it shows came from another year.
  if (!item.candidates?.length) return undefined;
  const strip = (u: string) => u.replace(/#.*$/, '');
  const cand = item.candidates.find((c) => strip(c.url) === strip(first.url));
  if (cand?.indexYear !== undefined && cand.indexYear !== year) return undefined;
  if (item.messages.some((m) => WRONG_PERIOD_CODES.has(m.code))) return undefined;
  return first;
}

/** Would an agency answer "มี" in ITAS? Only when there is a link of the judged year to submit. */
export function hasAnswer(item: ReportItem, year: number): boolean {
  return submittableEvidence(item, year) !== undefined;
}

export function explanation(item: ReportItem, year: number): string {
  const submitted = submittableEvidence(item, year);
  const reason = item.messages[0]?.th;
  if (!submitted) return reason ?? STATUS_LABEL[item.status].th;
  const note = item.status !== 'pass' && reason ? ` (${reason})` : '';
  // The click path of the submitted URL itself, never of another candidate's.
  if (submitted.clickPath?.length) return `${['หน้าหลัก', ...submitted.clickPath].join(' > ')}${note}`;
  if (submitted.title) return `${submitted.title}${note}`;
  return reason ?? STATUS_LABEL[item.status].th;
}

export function renderCsv(report: Report): string {
  const year = report.ruleSet.year;
  const rows: string[][] = [[...CSV_HEADER]];
  for (const item of report.items) {
    const submitted = submittableEvidence(item, year);
    rows.push([
      item.id,
      item.name.th,
      submitted ? 'มี' : 'ไม่มี',
      submitted?.url ?? '',
      explanation(item, year),
      `${STATUS_LABEL[item.status].th} (${item.status})`,
    ]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
