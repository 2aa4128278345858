import { describe, expect, it } from 'vitest';
import { extractPeriods, provingYears } from '../../checker/core/dates';
import type { FoundPeriod } from '../../checker/core/types';

type Want = Partial<Pick<FoundPeriod, 'kind' | 'role' | 'text'>> & { from: FoundPeriod['from']; to?: FoundPeriod['to'] };

const only = (text: string, opts?: { anchorYear?: number }) => {
  const r = extractPeriods(text, opts);
  expect(r, JSON.stringify(r)).toHaveLength(1);
  return r[0];
};

describe('extractPeriods: notations', () => {
  it.each<[string, Want]>([
    // full and numeric dates
    ['วันที่ ๑๖ ธันวาคม ๒๕๖๔', { kind: 'date', role: 'event', from: { y: 2564, m: 12, d: 16 }, text: 'วันที่ ๑๖ ธันวาคม ๒๕๖๔' }],
    ['ประกาศ ณ วันที่ 30 ก.ย 2565', { kind: 'date', from: { y: 2565, m: 9, d: 30 } }],
    ['16/12/2564', { kind: 'date', from: { y: 2564, m: 12, d: 16 } }],
    ['16/12/64', { kind: 'date', from: { y: 2564, m: 12, d: 16 } }],
    ['16-12-2564', { kind: 'date', from: { y: 2564, m: 12, d: 16 } }],
    ['<time datetime="2022-03-15">', { kind: 'date', from: { y: 2565, m: 3, d: 15 }, text: '2022-03-15' }],
    ['โพสต์เมื่อ 2022-03-15T10:00:00+07:00', { kind: 'date', from: { y: 2565, m: 3, d: 15 } }],
    ['15 มีนาคม 2022', { kind: 'date', from: { y: 2565, m: 3, d: 15 } }],
    // month + year
    ['กันยายน ๒๕๖๕', { kind: 'month', role: 'event', from: { y: 2565, m: 9 } }],
    ['เดือนเมษายน 2566', { kind: 'month', from: { y: 2566, m: 4 }, text: 'เดือนเมษายน 2566' }],
    ['ก.พ. ๖๕', { kind: 'month', from: { y: 2565, m: 2 } }],
    ['พฤศจิกา 2565', { kind: 'month', from: { y: 2565, m: 11 } }],
    ['มีค 66', { kind: 'month', from: { y: 2566, m: 3 } }],
    ['เม.ย 2566', { kind: 'month', from: { y: 2566, m: 4 } }],
    ['สมัยที่ 2 ก.ค.2565', { kind: 'month', from: { y: 2565, m: 7 }, text: 'ก.ค.2565' }],
    // month and day ranges
    ['ต.ค.65-ธ.ค.66', { kind: 'monthRange', role: 'actionPeriod', from: { y: 2565, m: 10 }, to: { y: 2566, m: 12 } }],
    ['ม.ค.–มี.ค. 66', { kind: 'monthRange', from: { y: 2566, m: 1 }, to: { y: 2566, m: 3 } }],
    ['ม.ค.-ส.ค.66', { kind: 'monthRange', from: { y: 2566, m: 1 }, to: { y: 2566, m: 8 } }],
    ['ต.ค. – มี.ค. 66', { kind: 'monthRange', from: { y: 2565, m: 10 }, to: { y: 2566, m: 3 } }],
    ['ก.พ. ๖๕ – ก.ย. ๖๕', { kind: 'monthRange', role: 'actionPeriod', from: { y: 2565, m: 2 }, to: { y: 2565, m: 9 } }],
    ['ตุลาคม 2565 ถึง กันยายน 2566', { kind: 'monthRange', from: { y: 2565, m: 10 }, to: { y: 2566, m: 9 } }],
    ['1 ม.ค. 66 - 31 มี.ค. 66', { kind: 'dateRange', from: { y: 2566, m: 1, d: 1 }, to: { y: 2566, m: 3, d: 31 } }],
    ['1 มี.ค. – 30 เม.ย. 2565', { kind: 'dateRange', from: { y: 2565, m: 3, d: 1 }, to: { y: 2565, m: 4, d: 30 } }],
    ['ตั้งแต่วันที่ 1 ตุลาคม 2564 ถึงวันที่ 31 มีนาคม 2565', { kind: 'dateRange', from: { y: 2564, m: 10, d: 1 }, to: { y: 2565, m: 3, d: 31 } }],
    ['1–31 พ.ค. 2565', { kind: 'dateRange', from: { y: 2565, m: 5, d: 1 }, to: { y: 2565, m: 5, d: 31 } }],
    // fiscal years
    ['ปีงบประมาณ พ.ศ. ๒๕๖๕', { kind: 'fiscalYear', role: 'fiscalYear', from: { y: 2565 } }],
    ['ปีงบประมาณ พ.ศ.2565', { kind: 'fiscalYear', role: 'fiscalYear', from: { y: 2565 } }],
    ['ประจำปีงบประมาณ ๒๕๖๕', { kind: 'fiscalYear', role: 'fiscalYear', from: { y: 2565 }, text: 'ประจำปีงบประมาณ ๒๕๖๕' }],
    ['ตลอดปีงบประมาณ ๒๕๖๖', { kind: 'fiscalYear', role: 'fiscalYear', from: { y: 2566 } }],
    ['ภายในปีงบประมาณ ๒๕๖๕', { kind: 'fiscalYear', role: 'fiscalYear', from: { y: 2565 } }],
    ['ในปิงบประมาณ พ.ศ. ๒๕๖๕', { kind: 'fiscalYear', role: 'fiscalYear', from: { y: 2565 } }],
    ['ปีงบ 66', { kind: 'fiscalYear', from: { y: 2566 } }],
    // plain years
    ['ปี พ.ศ. 2565', { kind: 'year', role: 'fiscalYear', from: { y: 2565 } }],
    ['ประจำปี พ.ศ. 2565', { kind: 'year', role: 'fiscalYear', from: { y: 2565 } }],
    ['(ปี 2565)', { kind: 'year', role: 'fiscalYear', from: { y: 2565 }, text: 'ปี 2565' }],
    ['เป็นการดำเนินการในปี พ.ศ. 2565', { kind: 'year', role: 'actionPeriod', from: { y: 2565 } }],
    // ITA editions
    ['ITA ๒๕๖๔', { kind: 'itaYear', role: 'itaAnalysed', from: { y: 2564 } }],
    ['การประเมิน ITA ประจำปี งบประมาณ พ.ศ. ๒๕๖๖', { kind: 'itaYear', role: 'itaAnalysed', from: { y: 2566 } }],
    ['จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ๒๕๖๔', { kind: 'fiscalYear', role: 'itaAnalysed', from: { y: 2564 } }],
    // year ranges
    ['แผนปฏิบัติการ (พ.ศ.๒๕๖๖ – ๒๕๗๐)', { kind: 'yearRange', role: 'planRange', from: { y: 2566 }, to: { y: 2570 } }],
    ['แผนปฏิบัติการ ปีงบประมาณ พ.ศ. ๒๕๖๖ -๒๕๗๐', { kind: 'yearRange', role: 'planRange', from: { y: 2566 }, to: { y: 2570 } }],
    ['แผนปฏิบัติการ ปีงบประมาณ ๒๕๖๖ – ๒๕๗๐', { kind: 'yearRange', role: 'planRange', from: { y: 2566 }, to: { y: 2570 } }],
    ['แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๑ – พ.ศ. ๒๕๖๔)', { kind: 'yearRange', role: 'planRange', from: { y: 2561 }, to: { y: 2564 } }],
    ['แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)', { kind: 'yearRange', role: 'planRange', from: { y: 2566 }, to: { y: 2570 } }],
    // quarters
    ['ไตรมาสที่ 2 ปีงบประมาณ 2566', { kind: 'quarter', role: 'fiscalYear', from: { y: 2566, m: 1 }, to: { y: 2566, m: 3 } }],
    ['รายงานไตรมาส 1/2566', { kind: 'quarter', from: { y: 2565, m: 10 }, to: { y: 2565, m: 12 } }],
  ])('%s', (text, want) => {
    const p = only(text);
    expect(p).toMatchObject({ ...want, to: want.to ?? want.from });
    expect(text.slice(p.span[0], p.span[1])).toBe(p.text);
  });

  it('reads a quarter without a year from the dated range that follows, or from the anchor', () => {
    const r = extractPeriods('ไตรมาสที่ 2 (1 ม.ค. 66 - 31 มี.ค. 66)');
    expect(r.map((p) => p.kind)).toEqual(['quarter', 'dateRange']);
    expect(r[0]).toMatchObject({ from: { y: 2566, m: 1 }, to: { y: 2566, m: 3 }, text: 'ไตรมาสที่ 2' });
    expect(extractPeriods('ไตรมาสที่ 2')).toEqual([]);
    expect(only('ไตรมาสที่ 1', { anchorYear: 2566 })).toMatchObject({ kind: 'quarter', from: { y: 2565, m: 10 }, to: { y: 2565, m: 12 } });
  });

  it('leaves relative fiscal-year phrases unresolved without an anchor', () => {
    expect(extractPeriods('ในปีงบประมาณถัดไป')).toEqual([]);
    expect(only('ในปีงบประมาณถัดไป', { anchorYear: 2565 })).toMatchObject({ kind: 'fiscalYear', from: { y: 2566 } });
    expect(only('ปีงบประมาณที่ผ่านมา', { anchorYear: 2565 })).toMatchObject({ from: { y: 2564 } });
    expect(only('ปีงบประมาณปัจจุบัน', { anchorYear: 2565 })).toMatchObject({ from: { y: 2565 } });
  });
});

describe('extractPeriods: traps (no currency years)', () => {
  it.each([
    'ก.พ.ร. อาจเสนอต่อคณะรัฐมนตรี',
    'ระเบียบ ก.พ. ว่าด้วยการลา',
    'โควิด-19',
    'โรคติดเชื้อไวรัสโคโรนา ๒๐๑๙',
    'ได้คะแนน ๙๘.๐๒ คะแนน',
    'ITA ๙๐ คะแนนขึ้นไป ๘๕ คะแนน',
    'งบประมาณ ๑๕๐,๐๐๐ บาท',
    'ม.๘ ต.บ้านเหล่า อ.เกาะคา',
    'ประเด็นที่ (๒๑)',
    'รอบ ๖ เดือน ทุก ๓ เดือน ไตรมาสละ ๑ ครั้ง ปีละ 1 ครั้ง ภายใน ๑๕ วัน',
    'โทร 081-234-5678',
  ])('%s → nothing', (text) => {
    expect(extractPeriods(text)).toEqual([]);
  });

  it.each<[string, FoundPeriod['role'][]]>([
    ['ก.ค.ศ. 2565', ['other']],
    ['สำนักงาน ก.พ. 2565', ['other']],
    ['พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐', ['law']],
    ['พ.ร.บ. การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560', ['law']],
    ['ระเบียบกระทรวงมหาดไทย ว่าด้วยการรับเรื่องราวร้องทุกข์ (ฉบับที่ ๒) พ.ศ. ๒๕๔๙', ['law']],
    ['ยุทธศาสตร์ชาติ ๒๐ ปี (พ.ศ. ๒๕๖๑ – ๒๕๘๐)', ['strategy']],
    ['แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ในระยะที่ ๒ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)', ['strategy']],
    ['ลดลง ร้อยละ ๕๐ ในปี พ.ศ. ๒๕๗๐', ['other']],
    ['เป้าหมายของแผนแม่บทฯ ที่กำหนดไว้ว่า ในปี พ.ศ. ๒๕๗๐', ['strategy']],
    ['(Corruption Perception Index - CPI) ประจำปี ๒๕๖๔', ['other']],
    ['จำนวนคดีทุจริต ลดลง (คำนวณจากปี ๒๕๖๕)', ['other']],
  ])('%s → %j', (text, roles) => {
    const r = extractPeriods(text);
    expect(r.map((p) => p.role)).toEqual(roles);
    expect(provingYears(r)).toEqual([]);
  });

  it('reads plan column headers "ปี ๒๕๖๖ … ปี ๒๕๗๐" as the plan range', () => {
    const r = extractPeriods('โครงการ/กิจกรรม\tปี ๒๕๖๖\tปี ๒๕๖๗\tปี ๒๕๖๘\tปี ๒๕๖๙\tปี ๒๕๗๐\tหมายเหตุ');
    expect(r.map((p) => [p.from.y, p.role])).toEqual([2566, 2567, 2568, 2569, 2570].map((y) => [y, 'planRange']));
  });
});

describe('provingYears', () => {
  it('maps dated spans to fiscal years and keeps only proving roles', () => {
    expect(provingYears(extractPeriods('ระยะเวลาดำเนินการ ต.ค.65-ธ.ค.66'))).toEqual([2566, 2567]);
    expect(provingYears(extractPeriods('ก.พ. ๖๕ – ก.ย. ๖๕'))).toEqual([2565]);
    expect(provingYears(extractPeriods('แผนปฏิบัติการ (พ.ศ. ๒๕๖๖ – ๒๕๗๐)'))).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(provingYears(extractPeriods('ประกาศ ณ วันที่ ๑๖ ธันวาคม ๒๕๖๔'))).toEqual([2565]);
    expect(provingYears(extractPeriods('พ.ร.บ. ข้อมูลข่าวสาร พ.ศ. ๒๕๔๐ ปีงบประมาณ ๒๕๖๕'))).toEqual([2565]);
  });
});
