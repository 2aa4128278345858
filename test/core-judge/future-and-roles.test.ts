// Years that do not prove activity: a promise in the future tense (thai-text-and-dates.md §9.7) and an
// internal-control report's "การประเมินผล" that is no ITA year (the old itaAnalysed workaround is gone).
import { describe, expect, it } from 'vitest';
import { makeContext, makeDoc } from '../../checker/core/judge/context';
import { checkPeriod, futureCounts } from '../../checker/core/judge/checks/period';
import { judgeItem } from '../../checker/core/judge/index';
import { cand, codes, input, item, ruleSet, snap } from './helpers';

const AG = 'องค์การบริหารส่วนจังหวัดลำปาง';
const URL = 'https://www.lampangpao.go.th/d.pdf';
const docFor = (year: number, id: string, text: string) => {
  const inp = input({ year, id, agencyName: AG, snaps: [snap(URL, text, { title: 'เอกสาร' })] });
  return { ctx: makeContext(inp), doc: makeDoc(cand(id, URL), inp) };
};
const judge = (year: number, id: string, text: string) =>
  judgeItem(input({ year, id, agencyName: AG, snaps: [snap(URL, text, { title: 'เอกสาร' })], candidates: [cand(id, URL)] }));

// O35: the head chairs an activity the agency runs itself — done, or only promised.
const O35_DONE = `โครงการส่งเสริมคุณธรรมและความโปร่งใส
องค์การบริหารส่วนจังหวัดลำปาง จัดกิจกรรมส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน โดยมีนายกองค์การบริหารส่วนจังหวัดลำปาง เป็นประธานในพิธี
เมื่อวันที่ 15 มีนาคม 2565 ณ ห้องประชุมองค์การบริหารส่วนจังหวัดลำปาง มีผู้เข้าร่วม 120 คน`;
const O35_PROMISED = `โครงการส่งเสริมคุณธรรมและความโปร่งใส
องค์การบริหารส่วนจังหวัดลำปาง จะจัดกิจกรรมส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน โดยนายกองค์การบริหารส่วนจังหวัดลำปาง เป็นประธาน
ทั้งนี้ จะได้ดำเนินการในปีงบประมาณ พ.ศ. 2565 ที่หน่วยงานได้ดำเนินการเอง`;

// O43: progress on the O42 measures — reported, or only scheduled.
const O43_DONE = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
มาตรการที่ 1 การเปิดเผยข้อมูลสาธารณะ ผลการดำเนินการ: ดำเนินการแล้ว ร้อยละ 100 ปรับปรุงเว็บไซต์เมื่อวันที่ 10 กุมภาพันธ์ 2565
มาตรการที่ 2 การป้องกันการทุจริต ผลการดำเนินการ: จัดกิจกรรมอบรมเจ้าหน้าที่ เมื่อวันที่ 22 มีนาคม 2565 ภาพกิจกรรมแนบท้าย`;
const O43_PROMISED = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
มาตรการที่ 1 การเปิดเผยข้อมูลสาธารณะ หน่วยงานจะดำเนินการปรับปรุงเว็บไซต์ในปีงบประมาณ พ.ศ. 2565
มาตรการที่ 2 การป้องกันการทุจริต มีแผนจะจัดอบรมเจ้าหน้าที่ ก.พ. 65 - ก.ย. 65`;

// O38: integrity culture activity.
const O38_PROMISED = `การเสริมสร้างวัฒนธรรมองค์กร
องค์การบริหารส่วนจังหวัดลำปาง จะจัดอบรมปลูกฝังค่านิยมไม่ทนต่อการทุจริตให้แก่บุคลากร ในปีงบประมาณ 2565`;
const O38_DONE = `การเสริมสร้างวัฒนธรรมองค์กร
องค์การบริหารส่วนจังหวัดลำปาง ได้จัดอบรมปลูกฝังค่านิยมไม่ทนต่อการทุจริตให้แก่บุคลากร เมื่อวันที่ 8 ธันวาคม 2564`;

describe('future tense is not proof that an activity was done (§9.7)', () => {
  it.each([
    ['O35', O35_DONE, O35_PROMISED],
    ['O43', O43_DONE, O43_PROMISED],
    ['O38', O38_DONE, O38_PROMISED],
  ])('%s (2565): a dated activity passes the period; a promise for FY2565 does not', (id, done, promised) => {
    const ok = docFor(2565, id, done);
    expect(checkPeriod(ok.ctx, ok.doc).status).toBe('pass');
    const p = docFor(2565, id, promised);
    const o = checkPeriod(p.ctx, p.doc);
    expect(o.status).toBe('incomplete');
    expect(o.messages[0].code).toBe('period.future-only');
    expect(o.messages[0].th).toContain('2565');
  });

  it('O35 judged whole: the promised activity is not a pass, the held one is', () => {
    expect(judge(2565, 'O35', O35_DONE).status).toBe('pass');
    const v = judge(2565, 'O35', O35_PROMISED);
    expect(v.status).toBe('incomplete');
    expect(codes(v)).toContain('period.future-only');
  });

  it('a promise for Y beside work done in an older year is outdated, and says Y was only planned', () => {
    const text = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
จัดอบรมเจ้าหน้าที่แล้ว เมื่อวันที่ 20 มกราคม 2564 และจะดำเนินการต่อในปีงบประมาณ 2565`;
    const { ctx, doc } = docFor(2565, 'O43', text);
    const o = checkPeriod(ctx, doc);
    expect(o.status).toBe('outdated');
    expect(o.messages.map((m) => m.code)).toEqual(['period.older', 'period.future-only']);
  });

  it('plans, policies and declarations may speak in the future tense', () => {
    const rs = ruleSet(2565);
    for (const id of ['O10', 'O18', 'O21', 'O25', 'O34', 'O36']) expect(futureCounts({ rule: item(rs, id) }), id).toBe(true);
    for (const id of ['O7', 'O15', 'O26', 'O31', 'O33', 'O35', 'O37', 'O38', 'O43']) expect(futureCounts({ rule: item(rs, id) }), id).toBe(false);
    const plan = docFor(2565, 'O10', 'แผนการดำเนินงาน\nโครงการก่อสร้างถนน จะดำเนินการในปีงบประมาณ พ.ศ. 2565 งบประมาณ (บาท) 1,500,000');
    expect(checkPeriod(plan.ctx, plan.doc)).toMatchObject({ status: 'pass', years: [2565] });
  });
});

describe('an internal-control report is not an ITA analysis (role fix, no itaAnalysed workaround)', () => {
  const PK5 = `แบบ ปค.๕
องค์การบริหารส่วนจังหวัดลำปาง
รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน
สำหรับระยะเวลาดำเนินงานสิ้นสุด ณ วันที่ ๓๐ กันยายน ๒๕๖๔ ปีงบประมาณ พ.ศ. ๒๕๖๕
กระบวนการปฏิบัติงาน การจัดเก็บรายได้ ความเสี่ยง: การจัดเก็บภาษีไม่ครบถ้วน การปรับปรุงการควบคุม`;
  it('reads FY2565 as the fiscal year, so the fy period check passes on it', () => {
    const { ctx, doc } = docFor(2565, 'O36', PK5);
    expect(doc.periods.find((p) => p.kind === 'fiscalYear')).toMatchObject({ role: 'fiscalYear', from: { y: 2565 } });
    expect(doc.periods.some((p) => p.role === 'itaAnalysed')).toBe(false);
    expect(checkPeriod(ctx, doc)).toMatchObject({ status: 'pass', years: [2565] });
  });
  it('an fy item no longer takes an analysed ITA year for its own year', () => {
    const { ctx, doc } = docFor(2565, 'O43', 'รายงานผลการดำเนินการตามมาตรการ\nตามผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
    expect(doc.periods.map((p) => p.role)).toEqual(['itaAnalysed']);
    expect(checkPeriod(ctx, doc).status).not.toBe('pass');
  });
});
