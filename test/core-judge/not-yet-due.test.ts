// §6.4 "not yet due": only windows that have not closed soften a failure while the year runs — a six-month
// report before 1 เม.ย. of Y, an O23 month still to come. A plan or budget for FY Y is due from 1 ต.ค. Y−1.
import { describe, expect, it } from 'vitest';
import { judgeSite } from '../../checker/core/judge-site';
import { judgeItem } from '../../checker/core/judge/index';
import type { ItemVerdict } from '../../checker/core/types';
import { cand, codes, HOME, input, link, ruleSet, snap } from './helpers';

const AG = 'องค์การบริหารส่วนจังหวัดลำปาง';
const U = (p: string) => `https://www.lampangpao.go.th/${p}`;
const MID_MARCH = new Date('2022-03-15T05:00:00Z'); // FY2565 running, submission window open

// A readable home page and nothing else: every item of the year is unpublished.
const emptySite = () => [snap(HOME, `${AG}\nหน้าแรก ข่าวประชาสัมพันธ์ ติดต่อเรา\n${AG} โทร 054-123456`, { title: AG })];

function judgeEmpty(now: Date): Map<string, ItemVerdict> {
  const v = judgeSite({ ruleSet: ruleSet(2565), year: 2565, snapshots: emptySite(), homeUrl: HOME, now, agencyName: AG });
  return new Map(v.items.map((i) => [i.id, i]));
}

describe('an empty site judged for ITA 2565 on 15 Mar 2022', () => {
  const items = judgeEmpty(MID_MARCH);

  it('FY plans and budgets (fy: O10, O18, O21) are missing, not "not yet due": they were due from 1 Oct 2564', () => {
    for (const id of ['O10', 'O18', 'O21']) {
      const v = items.get(id)!;
      expect(ruleSet(2565).items.find((i) => i.id === id)!.period.kind).toBe('fy');
      expect(v.status, id).toBe('missing');
      expect(v.notYetDue, id).toBeUndefined();
      expect(codes(v), id).not.toContain('period.not-yet-due');
    }
  });

  it('the six-month report (O11, fyFirstHalf) is needs-review "not yet due (window ends 31 Mar)"', () => {
    const v = items.get('O11')!;
    expect(v.status).toBe('needs-review');
    expect(v.notYetDue?.windowEnd).toBe('2022-03-31');
    expect(v.messages[0].code).toBe('period.not-yet-due');
    expect(v.messages[0].en).toMatch(/not yet due \(window ends 31 Mar 2565/);
    expect(v.messages[0].th).toContain('31 มี.ค. 2565');
  });

  it('the monthly summaries (O23) are missing: Oct 2564 – Feb 2565 have ended', () => {
    const v = items.get('O23')!;
    expect(v.status).toBe('missing');
    expect(v.notYetDue).toBeUndefined();
  });
});

describe('monthly summaries (O23) while FY2565 runs', () => {
  it('a wholly missing O23 is "not yet due" only while no month has ended (October 2564)', () => {
    const v = judgeEmpty(new Date('2021-10-20T05:00:00Z')).get('O23')!;
    expect(v.status).toBe('needs-review');
    expect(v.notYetDue?.windowEnd).toBe('2022-03-31');
    const after = judgeEmpty(new Date('2021-11-02T05:00:00Z')).get('O23')!;
    expect(after.status).toBe('missing');
  });

  it('published months with past months missing are incomplete, naming the missing ones; the month still running is only noted', () => {
    const have = ['ตุลาคม 2564', 'พฤศจิกายน 2564', 'ธันวาคม 2564'];
    const page = snap(U('o23'), `สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2565\n${have.map((m) => `สรุปผลการจัดซื้อจัดจ้าง เดือน${m}`).join('\n')}`, {
      links: have.map((m, i) => link(U(`files/sor1-${i}.pdf`), `สรุปผลการจัดซื้อจัดจ้าง เดือน${m}`)),
    });
    const pdfs = have.map((m, i) =>
      snap(U(`files/sor1-${i}.pdf`), `แบบ สขร.1\nสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${m}\n${AG}\nลำดับที่ | งานที่ซื้อหรือจ้าง | วงเงินที่จะซื้อหรือจ้าง | ราคากลาง | วิธีซื้อหรือจ้าง | รายชื่อผู้เสนอราคาและราคาที่เสนอ | ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง | เหตุผลที่คัดเลือกโดยสรุป | เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง\n1 | จัดซื้อวัสดุสำนักงาน | 12,500 | 12,500 | เฉพาะเจาะจง | ร้านลำปางเครื่องเขียน 12,400 | ร้านลำปางเครื่องเขียน 12,400 | ราคาต่ำสุด | ใบสั่งซื้อเลขที่ 15/2565`),
    );
    const v = judgeItem(input({ year: 2565, id: 'O23', agencyName: AG, now: MID_MARCH, snaps: [page, ...pdfs], candidates: [cand('O23', U('o23'))] }));
    expect(v.status).toBe('incomplete');
    expect(v.notYetDue).toBeUndefined();
    const missing = v.messages.find((m) => m.code === 'monthly.missing')!;
    expect(missing.en).toContain('Jan 2565');
    expect(missing.en).toContain('Feb 2565');
    expect(missing.en).not.toContain('Mar 2565');
    expect(codes(v)).toContain('monthly.not-yet-due');
  });
});

describe('an old FY plan while FY2565 runs', () => {
  it('is outdated, not softened: the FY2565 plan was due before the year began', () => {
    const old = 'แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2564\nโครงการ | งบประมาณ | ระยะเวลาดำเนินการ\nโครงการซ่อมถนน | 500,000 | ปีงบประมาณ พ.ศ. 2564';
    const v = judgeItem(input({ year: 2565, id: 'O10', agencyName: AG, now: MID_MARCH, snaps: [snap(U('plan64.pdf'), old)] }));
    expect(v.status).toBe('outdated');
    expect(v.notYetDue).toBeUndefined();
  });
});
