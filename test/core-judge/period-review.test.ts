// Period rules a review found too lenient (ita-oit.md §6.2, §7.5): a six-month item must cover the first half
// of FY Y when the report says which months it covers, and a year found only in the title proves nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeItem } from '../../checker/core/judge/index';
import { cand, codes, input, snap } from './helpers';

const AG = 'องค์การบริหารส่วนจังหวัดลำปาง';
const U = (p: string) => `https://www.lampangpao.go.th/${p}`;
// The real-shaped six-month report the rule tests use: "รอบ 6 เดือน (1 ตุลาคม 2564 - 31 มีนาคม 2565)".
const SIX_MONTH = readFileSync('test/rules/texts/six-month-report.txt', 'utf8');
const [, ...BODY] = SIX_MONTH.split('\n'); // everything after the heading line that names the period
const report = (heading: string) => [heading, ...BODY].join('\n');

const judgeO11 = (text: string) => judgeItem(input({ year: 2565, id: 'O11', agencyName: AG, snaps: [snap(U('o11.pdf'), text)] }));

describe('fyFirstHalf (O11, O19, O40 in 2565) looks at the months a report covers', () => {
  it('the first-half report (ต.ค. 2564 – มี.ค. 2565) passes', () => {
    expect(SIX_MONTH).toContain('1 ตุลาคม 2564 - 31 มีนาคม 2565');
    expect(judgeO11(SIX_MONTH).status).toBe('pass');
  });

  it('a second-half report (เม.ย.–ก.ย. 2565) of the right fiscal year is outdated: another period, said plainly', () => {
    const v = judgeO11(report('รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือนหลัง (1 เมษายน 2565 - 30 กันยายน 2565)'));
    expect(v.status).toBe('outdated');
    const m = v.messages.find((x) => x.code === 'period.other')!;
    expect(m.en).toMatch(/another period/);
    expect(m.en).toContain('Apr 2565 – Sep 2565');
    expect(m.en).toMatch(/second half of fiscal year 2565/);
    expect(m.th).toContain('เม.ย. 2565 – ก.ย. 2565');
  });

  it('a quarter-3 report is outdated for O11, O19 and O40 alike', () => {
    const q3 = report('รายงานผลการดำเนินงาน ไตรมาสที่ 3 (เมษายน – มิถุนายน 2565)');
    for (const id of ['O11', 'O19', 'O40']) {
      expect(judgeItem(input({ year: 2565, id, agencyName: AG, snaps: [snap(U(`${id}.pdf`), q3)] })).status, id).toBe('outdated');
    }
  });

  it('a quarter-1 report of FY2565 (ต.ค.–ธ.ค. 2564) passes: those months belong to FY2565', () => {
    // Only the quarter names the year: "ไตรมาสที่ 1 ปีงบประมาณ 2565" is one period, Oct–Dec 2564.
    const v = judgeO11(['รายงานผลการดำเนินงาน ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2565', AG, ...BODY.slice(1)].join('\n'));
    expect(v.status).toBe('pass');
    expect(v.evidence[0].years).toEqual([2565]);
  });

  it('a quarter-2 report passes, and so does a cumulative report covering quarters 1 to 3', () => {
    expect(judgeO11(report('รายงานผลการดำเนินงาน ไตรมาสที่ 2 (มกราคม – มีนาคม 2565)')).status).toBe('pass');
    expect(judgeO11(report('รายงานผลการดำเนินงาน ไตรมาสที่ 1 – 3 (ตุลาคม 2564 – มิถุนายน 2565)')).status).toBe('pass');
  });

  it('a signing date after the half does not make a first-half report another period', () => {
    const v = judgeO11(report('รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือนแรก ประจำปีงบประมาณ พ.ศ. 2565') + '\nประกาศ ณ วันที่ 20 เมษายน 2565');
    expect(v.status).toBe('pass');
  });

  it('the first half of FY2564 stays outdated (older)', () => {
    const v = judgeO11(report('รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน (1 ตุลาคม 2563 - 31 มีนาคม 2564)').replace(/2565/g, '2564'));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.older');
  });
});

describe('a year only in the title or link text (§6.2 rule 7, §7.5: the body decides)', () => {
  const undated = 'แผนการดำเนินงาน\nโครงการ | งบประมาณ | ระยะเวลาดำเนินการ\nโครงการซ่อมถนน | 500,000 | ตลอดปี';

  it('is needs-review with the title-year reason, never pass', () => {
    const url = U('plan.pdf');
    const v = judgeItem(
      input({
        year: 2565,
        id: 'O10',
        agencyName: AG,
        snaps: [snap(url, undated, { title: 'แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565' })],
        candidates: [cand('O10', url, { matchedText: 'แผนการดำเนินงาน ประจำปี 2565' })],
      }),
    );
    expect(v.status).toBe('needs-review');
    const m = v.messages.find((x) => x.code === 'period.title-only')!;
    expect(m.severity).toBe('error');
    expect(m.en).toMatch(/only in the title or link text, not in the body/);
    expect(m.th).toContain('เฉพาะในชื่อเรื่อง');
  });

  it('is still decided by the body when the body names the year', () => {
    const url = U('plan65.pdf');
    const v = judgeItem(
      input({ year: 2565, id: 'O10', agencyName: AG, snaps: [snap(url, undated.replace('แผนการดำเนินงาน', 'แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2564'), { title: 'แผนการดำเนินงาน 2565' })] }),
    );
    expect(v.status).toBe('outdated');
  });
});
