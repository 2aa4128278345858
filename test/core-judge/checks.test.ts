// The small checks one by one, on real seed text where there is one.
import { describe, expect, it } from 'vitest';
import { makeContext, makeDoc } from '../../checker/core/judge/context';
import { checkPeriod } from '../../checker/core/judge/checks/period';
import { placeholders, templateSlots, otherAgencyNames, duplicatedWords } from '../../checker/core/judge/checks/defects';
import { integrityMeasures } from '../../checker/core/judge/special/measures';
import { hrFiveAreas } from '../../checker/core/judge/special/hr';
import { describeExpected } from '../../checker/core/judge/expected';
import { cand, input, seed, snap } from './helpers';

const docFor = (year: number, id: string, text: string, agencyName?: string) => {
  const inp = input({ year, id, agencyName, snaps: [snap('https://www.lampangpao.go.th/d.pdf', text)] });
  return { ctx: makeContext(inp), doc: makeDoc(cand(id, 'https://www.lampangpao.go.th/d.pdf'), inp) };
};

describe('period check reads the body, not the title (§7.5)', () => {
  it('004 analyses ITA 2564 although its title says 2565', () => {
    const { ctx, doc } = docFor(2565, 'O42', seed('004'));
    const o = checkPeriod(ctx, doc);
    expect(o.status).toBe('pass');
    expect(o.years).toContain(2564);
  });
  it('a plan range of 2566–2570 misses 2565 and is newer, not older', () => {
    const { ctx, doc } = docFor(2565, 'O39', seed('003'));
    const o = checkPeriod(ctx, doc);
    expect(o.status).toBe('outdated');
    expect(o.messages[0].code).toBe('period.newer');
    expect(o.periodFailure).toBe(false);
  });
  it('describes each window for year Y in Thai and English', () => {
    expect(describeExpected('fyFirstHalf', 2565).th).toContain('31 มี.ค. 2565');
    expect(describeExpected('previousFy', 2566).en).toContain('2565');
    expect(describeExpected('monthlyFirstHalf', 2566).th).toContain('ต.ค. 2565');
  });
});

describe('content defects (thai-text-and-dates.md §15)', () => {
  it('finds the placeholders and the template slot of 003', () => {
    const { doc } = docFor(2566, 'O36', seed('003'), 'องค์การบริหารส่วนจังหวัดมุกดาหาร');
    expect(placeholders(doc)[0].th).toContain('ระบุจำนวนกลุ่มเป้าหมาย');
    expect(templateSlots(doc)[0].th).toContain('อบจ./เทศบาล/อบต.');
  });
  it('does not take "พร้อมระบุผู้รับผิดชอบ" for a placeholder', () => {
    const { doc } = docFor(2565, 'O14', 'เปิดเผยขั้นตอนและระยะเวลาให้บริการอย่างชัดเจน พร้อมระบุผู้รับผิดชอบงานให้บริการ');
    expect(placeholders(doc)).toEqual([]);
  });
  it("names another agency, never the site's own misspelt name", () => {
    const { ctx, doc } = docFor(2565, 'O42', 'คำนำ องค์กรบริหารส่วนจังหวัดลำปาง จัดทำมาตรการ ... องค์การบริหารส่วนตำบลบางจาน', 'องค์การบริหารส่วนจังหวัดลำปาง');
    const w = otherAgencyNames(ctx, doc);
    expect(w).toHaveLength(1);
    expect(w[0].th).toContain('บางจาน');
  });
  it('flags the duplicated "ประจำปี ประจำปี" of 004', () => {
    const { doc } = docFor(2565, 'O42', seed('004'));
    expect(duplicatedWords(doc)[0].th).toContain('ประจำปี ประจำปี');
  });
});

describe('special checks', () => {
  it('O42 with pasted ITAS text only is incomplete', () => {
    const text = `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566
ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565 ผู้ตรวจประเมินมีข้อเสนอแนะ หน่วยงานควรจัดทำแผนป้องกันและปราบปรามการทุจริต (อ้างอิงจาก o39) และควรวิเคราะห์มาตรการเสริมสร้างความโปร่งใส (อ้างอิงจาก o42)`;
    const { ctx, doc } = docFor(2566, 'O42', text);
    const o = integrityMeasures(ctx, doc);
    expect(o.status).toBe('incomplete');
    expect(o.messages[0].code).toBe('o42.pasted-only');
  });
  it('HR criteria lacking two areas list both', () => {
    const text = 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล การสรรหาและคัดเลือก การบรรจุและแต่งตั้ง การพัฒนาบุคลากร';
    const { ctx, doc } = docFor(2565, 'O27', text);
    const o = hrFiveAreas(ctx, doc);
    expect(o.status).toBe('incomplete');
    expect(o.messages[0].th).toContain('การประเมินผลการปฏิบัติงาน');
    expect(o.messages[0].th).toContain('ขวัญกำลังใจ');
  });
});
