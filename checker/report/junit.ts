// junit.xml for CI: one testcase per item; missing/outdated/incomplete/broken are failures, needs-review is
// skipped (a person must look), pass passes. One testsuite per sub-indicator.
import { FAILING_STATUSES, type Report, type ReportItem } from '../core/report-schema';
import { escapeXml as x } from './escape';
import { STATUS_LABEL } from './labels';

function body(item: ReportItem): string {
  const lines = [
    ...item.messages.map((m) => `${m.th} / ${m.en}`),
    ...item.evidence.map((e) => `evidence: ${e.url}${e.years.length ? ` (years ${e.years.join(', ')})` : ''}`),
    `expected: ${item.expected.th} / ${item.expected.en}`,
    item.status !== 'pass' ? `fix: ${item.fix.th} / ${item.fix.en}` : '',
    `OIT points at stake: ${item.pointCost.oit.toFixed(2)}`,
  ].filter(Boolean);
  return lines.join('\n');
}

function testcase(report: Report, item: ReportItem): string {
  const name = `${item.id} ${item.name.th}`;
  const cls = `oit.${report.ruleSet.year}.${item.subIndicator}`;
  const first = item.messages[0] ? `${item.messages[0].th} / ${item.messages[0].en}` : STATUS_LABEL[item.status].en;
  const open = `    <testcase classname="${x(cls)}" name="${x(name)}" time="0">`;
  if ((FAILING_STATUSES as readonly string[]).includes(item.status))
    return `${open}\n      <failure type="${x(item.status)}" message="${x(`${STATUS_LABEL[item.status].en}: ${first}`)}">${x(body(item))}</failure>\n    </testcase>`;
  if (item.status === 'needs-review')
    return `${open}\n      <skipped message="${x(`Needs review: ${first}`)}"/>\n      <system-out>${x(body(item))}</system-out>\n    </testcase>`;
  return `${open}\n      <system-out>${x(body(item))}</system-out>\n    </testcase>`;
}

export function renderJunit(report: Report): string {
  const groups = new Map<string, ReportItem[]>();
  for (const i of report.items) groups.set(i.subIndicator, [...(groups.get(i.subIndicator) ?? []), i]);
  const count = (items: ReportItem[]) => ({
    tests: items.length,
    failures: items.filter((i) => (FAILING_STATUSES as readonly string[]).includes(i.status)).length,
    skipped: items.filter((i) => i.status === 'needs-review').length,
  });
  const all = count(report.items);
  const suites = [...groups.entries()].map(([sub, items]) => {
    const c = count(items);
    return `  <testsuite name="${x(`OIT ${report.ruleSet.year} ${sub}`)}" tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}" time="0" timestamp="${x(report.site.checkedAt.replace(/Z$/, ''))}" hostname="${x(report.site.url)}">\n${items.map((i) => testcase(report, i)).join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${x(`OIT ${report.ruleSet.year} ${report.site.url}`)}" tests="${all.tests}" failures="${all.failures}" errors="0" skipped="${all.skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}
