// The short summary printed after a check: score range, counts per status, the items to fix first, and
// where the report is. Thai first, English beside it.
import { fixFirst, statusCounts, type Report } from '../core/report-schema';
import { STATUS_LABEL, STATUS_ORDER, fmt2, rangeText } from '../report/labels';

export function summaryLines(report: Report, written: Record<string, string>, top = 5): string[] {
  const s = report.score;
  const counts = statusCounts(report);
  const lines = [
    `OIT ${report.ruleSet.year} · ${report.site.url}`,
    `  ${report.ruleSet.yearReason.th} / ${report.ruleSet.yearReason.en}`,
    `คะแนน OIT (คาดการณ์) / predicted OIT score: ${s.oit !== null ? fmt2(s.oit) : rangeText(s.range)}` +
      `  · ส่วนของคะแนน ITA / ITA share: ${rangeText(s.itaShare)} of 40`,
  ];
  if (s.projected)
    lines.push(`คะแนน ITA รวม (คาดการณ์) / projected ITA total: ${rangeText(s.projected.total)} · ${s.projected.grade.min === s.projected.grade.max ? s.projected.grade.min : `${s.projected.grade.min}–${s.projected.grade.max}`}`);
  lines.push(STATUS_ORDER.map((st) => `${STATUS_LABEL[st].th}/${st} ${counts[st]}`).join(' · '));
  const first = fixFirst(report).slice(0, top);
  if (first.length) {
    lines.push('แก้ก่อน / fix first:');
    for (const i of first) lines.push(`  ${i.id.padEnd(4)} ${STATUS_LABEL[i.status].th} (${i.status}) −${fmt2(i.pointCost.oit)} OIT · ${i.name.th}`);
  }
  for (const f of report.findings.filter((f) => f.severity !== 'info').slice(0, 5)) lines.push(`! ${f.th} / ${f.en}`);
  const p = report.pages;
  lines.push(`หน้า / pages: ${p.fetched} · เอกสาร / documents: ${p.documents} · ไม่ได้ตรวจ / not checked: ${p.notChecked.length}`);
  if (report.baseline)
    lines.push(`เทียบ baseline: ใหม่/new ${report.baseline.newFailures.length} · แก้แล้ว/fixed ${report.baseline.fixed.length} · เดิม/unchanged ${report.baseline.unchanged.length}`);
  const main = written.html ?? written.json ?? Object.values(written)[0];
  if (main) lines.push(`รายงาน / report: ${main}`);
  return lines;
}

/** The machine-readable last line when stdout is not a terminal. */
export function summaryJson(report: Report, written: Record<string, string>, exitCode: number, failedOn: string[]): string {
  return JSON.stringify({
    site: report.site.url,
    year: report.ruleSet.year,
    oit: report.score.oit,
    range: report.score.range,
    counts: statusCounts(report),
    fixFirst: fixFirst(report).slice(0, 10).map((i) => ({ id: i.id, status: i.status, oitPoints: Number(fmt2(i.pointCost.oit)) })),
    notChecked: report.pages.notChecked.length,
    ...(report.baseline ? { newFailures: report.baseline.newFailures.length, fixed: report.baseline.fixed.length } : {}),
    reports: written,
    failedOn,
    exitCode,
  });
}
