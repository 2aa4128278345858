// The ITAS column of report.csv offers only a link an agency could submit: the deciding evidence of a pass, the
// deciding evidence of a needs-review only when it is of the judged year, and never another year's page, an
// older report softened by "not yet due", or the other candidates the judge ranked lower. Verdicts come from
// the real judge over snapshots built by the real HTML extractor.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../checker/cli/csv-parse';
import { judgeSite } from '../../checker/core';
import { buildReport, type Report } from '../../checker/core/report-schema';
import type { Snapshot } from '../../checker/core/types';
import { renderCsv, submittableEvidence } from '../../checker/report/csv';
import { page } from '../core-discover/helpers/snap';
import { ruleSet, snap } from '../core-judge/helpers';

const HOME = 'https://www.tambon-test.go.th/';
const u = (p: string) => new URL(p, HOME).href;
const rs2565 = ruleSet(2565);

const plan = (fy: number) =>
  [
    `แผนดำเนินงานประจำปีงบประมาณ พ.ศ. ${fy}`,
    'องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง จังหวัดลำปาง',
    'ลำดับ โครงการ/กิจกรรม งบประมาณ (บาท) ระยะเวลาดำเนินการ',
    `1. โครงการซ่อมแซมถนนในหมู่บ้าน 250,000 บาท ต.ค. ${fy - 1} - ธ.ค. ${fy - 1}`,
    `2. โครงการอบรมคุณธรรมจริยธรรมพนักงาน 30,000 บาท มกราคม - มีนาคม ${fy}`,
    `3. โครงการจัดซื้อวัสดุสำนักงาน 45,500 บาท ตุลาคม ${fy - 1} - กันยายน ${fy}`,
  ].join('\n');

// Six-month reports (fyFirstHalf): while FY Y runs they are "not yet due" until 31 มี.ค. Y (§6.4).
const sixMonthBudget = (fy: number) =>
  [
    `รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ${fy} รอบ 6 เดือน`,
    `(1 ตุลาคม ${fy - 1} – 31 มีนาคม ${fy})`,
    'องค์การบริหารส่วนตำบลทดสอบ',
    'งบประมาณที่ได้รับ 6,770,000 บาท เบิกจ่ายแล้ว 2,915,400 บาท คิดเป็นร้อยละ 43.06',
    'ปัญหาอุปสรรค การเบิกจ่ายงบลงทุนล่าช้า ข้อเสนอแนะ เร่งรัดการจัดซื้อจัดจ้าง',
  ].join('\n');
const sixMonthAntiCorruption = (fy: number) =>
  [
    `รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. ${fy}`,
    `(ตุลาคม ${fy - 1} - มีนาคม ${fy})`,
    'องค์การบริหารส่วนตำบลทดสอบ',
    'โครงการอบรมคุณธรรมจริยธรรม ดำเนินการแล้ว งบประมาณ 30,000 บาท ผลการดำเนินงาน ผู้เข้าร่วม 45 คน',
    'ปัญหาอุปสรรค - ข้อเสนอแนะ -',
  ].join('\n');

function indexPage(path: string, year: number, rows: Array<[string, string, string]>): Snapshot {
  const body = rows.map(([code, name, href]) => `<tr><td>${code}</td><td>${name}</td><td><a href="${href}">${code} ${name}</a></td></tr>`).join('');
  return page(u(path), `<html lang="th"><head><meta charset="utf-8"><title>ITA ${year} การเปิดเผยข้อมูลสาธารณะ (OIT)</title></head><body><h1>การประเมินคุณธรรมและความโปร่งใส ประจำปี ${year}</h1><table>${body}</table></body></html>`);
}

function reportOf(snapshots: Snapshot[], now: string): Report {
  const verdict = judgeSite({ ruleSet: rs2565, ruleSets: [rs2565], year: 2565, snapshots, homeUrl: HOME, now: new Date(now), agencyName: 'องค์การบริหารส่วนตำบลทดสอบ' });
  return buildReport(verdict, { snapshots, notChecked: [], findings: [], stats: { pages: snapshots.length, documents: 0, bytes: 0, durationMs: 0, rendered: 0 } }, {
    tool: { name: 'oit-checker', version: 'test' },
    siteUrl: HOME,
    checkedAt: new Date(now).toISOString(),
    indicators: [],
  });
}

const rowsOf = (report: Report) => new Map(parseCsv(renderCsv(report)).slice(1).map((r) => [r[0]!, r]));

describe('report.csv: only the link an agency could submit in ITAS', () => {
  const home = page(HOME, `<html lang="th"><head><meta charset="utf-8"><title>องค์การบริหารส่วนตำบลทดสอบ</title></head><body><h1>อบต.ทดสอบ</h1><a href="/ita2565/">ITA 2565</a> <a href="/ita2564/">ITA 2564</a></body></html>`);
  // ITA 2565 lists the current O10 plan and beside it last year's plan;
  // O40 links last year's six-month report; O1 is a scanned PDF. O19 is only on the ITA 2564 page.
  const ita2565 = indexPage('/ita2565/', 2565, [
    ['O1', 'โครงสร้าง', '/files/structure-scan.pdf'],
    ['O10', 'แผนดำเนินงานประจำปี', '/files/plan-2565.pdf'],
    ['O10', 'แผนดำเนินงานประจำปี (เดิม)', '/files/plan-2563.pdf'],
    ['O40', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน', '/files/anticorruption-6m-2564.pdf'],
  ]);
  // Last year's page, a full table as agencies keep it online.
  const ita2564 = indexPage('/ita2564/', 2564, [
    ...rs2565.items.slice(1, 9).map((it): [string, string, string] => [it.id, it.name.th, `/ita2564/${it.id.toLowerCase()}.html`]),
    ['O19', 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน', '/files/budget-6m-2564.pdf'],
  ]);
  const snapshots = [
    home,
    ita2565,
    ita2564,
    snap(u('/files/plan-2565.pdf'), plan(2565)),
    snap(u('/files/plan-2563.pdf'), plan(2563)),
    snap(u('/files/anticorruption-6m-2564.pdf'), sixMonthAntiCorruption(2564)),
    // a scanned structure chart: pages but no text layer
    snap(u('/files/structure-scan.pdf'), '', { kind: 'pdf', pageCount: 1, title: '' }),
    snap(u('/files/budget-6m-2564.pdf'), sixMonthBudget(2564)),
  ];

  it('a pass lists its deciding evidence only, not the other candidates the judge ranked lower', () => {
    const report = reportOf(snapshots, '2022-06-15T03:00:00Z');
    const o10 = report.items.find((i) => i.id === 'O10')!;
    expect(o10.status).toBe('pass');
    // the judge did look at last year's plan: it is in the evidence list, ranked second
    expect(o10.evidence.map((e) => e.url)).toEqual([u('/files/plan-2565.pdf'), u('/files/plan-2563.pdf')]);
    const row = rowsOf(report).get('O10')!;
    expect(row[2]).toBe('มี');
    expect(row[3]).toBe(u('/files/plan-2565.pdf'));
  });

  it('a needs-review of the judged year (a scanned PDF on the year’s own page) is offered for a person to check', () => {
    const report = reportOf(snapshots, '2022-06-15T03:00:00Z');
    const o1 = report.items.find((i) => i.id === 'O1')!;
    expect(o1.status).toBe('needs-review');
    const row = rowsOf(report).get('O1')!;
    expect(row.slice(2, 4)).toEqual(['มี', u('/files/structure-scan.pdf')]);
    expect(row[4]).toContain(o1.messages[0]!.th);
  });

  it('while the window is open, evidence from another year’s index page is not offered (needs-review, ไม่มี)', () => {
    // 15 Feb 2565: FY2565 running, the six-month window (to 31 มี.ค. 2565) still open → "not yet due".
    const report = reportOf(snapshots, '2022-02-15T03:00:00Z');
    const o19 = report.items.find((i) => i.id === 'O19')!;
    expect(o19.status).toBe('needs-review');
    expect(o19.evidence[0]?.url).toBe(u('/files/budget-6m-2564.pdf'));
    expect(o19.messages.map((m) => m.code)).toContain('item.old-evidence');
    expect(submittableEvidence(o19, 2565)).toBeUndefined();
    const row = rowsOf(report).get('O19')!;
    expect(row.slice(2, 4)).toEqual(['ไม่มี', '']);
    expect(renderCsv(report)).not.toContain('budget-6m-2564');
  });

  it('while the window is open, last year’s six-month report softened to needs-review is not offered either', () => {
    const report = reportOf(snapshots, '2022-02-15T03:00:00Z');
    const o40 = report.items.find((i) => i.id === 'O40')!;
    expect(o40.status).toBe('needs-review');
    expect(o40.messages.some((m) => m.code === 'period.older')).toBe(true);
    expect(rowsOf(report).get('O40')!.slice(2, 4)).toEqual(['ไม่มี', '']);
  });

  it('a missing item never lists evidence, even the old links it names in its message', () => {
    const report = reportOf(snapshots, '2022-06-15T03:00:00Z');
    const o19 = report.items.find((i) => i.id === 'O19')!;
    expect(o19.status).toBe('missing');
    expect(o19.evidence.length).toBeGreaterThan(0);
    const row = rowsOf(report).get('O19')!;
    expect(row.slice(2, 4)).toEqual(['ไม่มี', '']);
    expect(row[4]).toBe(o19.messages[0]!.th);
  });

  it('no URL in the whole CSV is one the judge rejected', () => {
    for (const now of ['2022-02-15T03:00:00Z', '2022-06-15T03:00:00Z']) {
      const report = reportOf(snapshots, now);
      const listed = parseCsv(renderCsv(report)).slice(1).map((r) => r[3]).filter(Boolean);
      expect(listed.length).toBeGreaterThan(0);
      for (const url of listed) {
        expect(url).not.toMatch(/2563|2564/);
        expect(url!.split('\n')).toHaveLength(1);
      }
    }
  });
});
