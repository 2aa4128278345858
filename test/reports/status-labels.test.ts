// One wording per status: the reports, the CLI summary and the judge's own messages all read the core's table.
import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES, STATUS_LABELS } from '../../checker/core';
import { STATUS_TH } from '../../checker/core/judge/outcome';
import { renderCsv } from '../../checker/report/csv';
import { renderHtml } from '../../checker/report/html';
import { STATUS_LABEL } from '../../checker/report/labels';
import { buildReport } from '../../checker/core/report-schema';
import { summaryLines } from '../../checker/cli/summary';
import { INDICATORS, sampleVerdict } from './sample-verdict';

describe('status labels', () => {
  it('one table in the core covers every status with distinct Thai and English labels', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...ITEM_STATUSES].sort());
    const th = ITEM_STATUSES.map((s) => STATUS_LABELS[s].th);
    const en = ITEM_STATUSES.map((s) => STATUS_LABELS[s].en);
    expect(new Set(th).size).toBe(th.length);
    expect(new Set(en).size).toBe(en.length);
    expect(STATUS_LABELS['needs-review']).toEqual({ th: 'ต้องตรวจสอบเอง', en: 'Needs review' });
  });

  it('the reports and the judge use that table, not copies of it', () => {
    expect(STATUS_LABEL).toBe(STATUS_LABELS);
    for (const s of ITEM_STATUSES) expect(STATUS_TH[s]).toBe(STATUS_LABELS[s].th);
  });

  it('a needs-review item reads the same in the CSV, the HTML report and the CLI summary', () => {
    const { verdict, crawl } = sampleVerdict();
    const report = buildReport(verdict, crawl, { tool: { name: 'oit-checker', version: 't' }, siteUrl: 'http://127.0.0.1:8080/', checkedAt: '2022-04-15T03:00:00.000Z', indicators: INDICATORS });
    const label = STATUS_LABELS['needs-review'].th;
    expect(renderCsv(report)).toContain(`${label} (needs-review)`);
    expect(renderHtml(report)).toContain(label);
    expect(summaryLines(report, {}).join('\n')).toContain(`${label}/needs-review`);
  });
});
