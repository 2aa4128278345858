// The shipped seed documents as test cases (ita-oit.md §7.6), judged with the bundled rule sets.
import { describe, expect, it } from 'vitest';
import { judgeItem } from '../../checker/core/judge/index';
import { codes, input, seed, snap, warningCodes } from './helpers';

const LAMPANG = 'องค์การบริหารส่วนจังหวัดลำปาง';
const POKNOI = 'เทศบาลตำบลพอกน้อย';
const MUKDAHAN = 'องค์การบริหารส่วนจังหวัดมุกดาหาร';
const url = (name: string) => `https://www.lampangpao.go.th/ita/${name}.pdf`;

describe('seed 004 (Lampang PAO measures for FY2565, analysing ITA 2564)', () => {
  it('passes O42 for ITA 2565, with the analysed and action years as evidence', () => {
    const v = judgeItem(input({ year: 2565, id: 'O42', agencyName: LAMPANG, snaps: [snap(url('o42'), seed('004'))] }));
    expect(v.status).toBe('pass');
    expect(v.evidence[0].years).toEqual(expect.arrayContaining([2564, 2565]));
    expect(v.evidence[0].snippet).toMatch(/ITA/);
    expect(v.expected.kind).toBe('previousIta');
    expect(v.expected.th).toContain('ITA 2564');
    // §15: "ประจำปี ประจำปีงบประมาณ" in its title.
    expect(warningCodes(v)).toContain('defect.duplicated-words');
    expect(v.messages.every((m) => m.severity !== 'error')).toBe(true);
  });

  it('is outdated (older year) as O42 for ITA 2566', () => {
    const v = judgeItem(input({ year: 2566, id: 'O42', agencyName: LAMPANG, snaps: [snap(url('o42'), seed('004'))] }));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.older');
    expect(v.messages[0].en).toMatch(/ITA 2565/);
    expect(v.messages[0].en).toMatch(/2564/);
  });
});

describe('seed 001 (Phok Noi measures titled 2565, analysing ITA 2565)', () => {
  it('is outdated for ITA 2565 with a "newer year" reason despite the 2565 title', () => {
    const v = judgeItem(input({ year: 2565, id: 'O42', agencyName: POKNOI, snaps: [snap(url('o42-001'), seed('001'))] }));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.newer');
    expect(v.messages[0].en).toMatch(/newer year/);
    expect(v.messages[0].th).toMatch(/ใหม่กว่า/);
  });

  it('passes O42 for ITA 2566 with a warning about pasted ITAS text', () => {
    const v = judgeItem(input({ year: 2566, id: 'O42', agencyName: POKNOI, snaps: [snap(url('o42-001'), seed('001'))] }));
    expect(v.status).toBe('pass');
    expect(warningCodes(v)).toContain('o42.itas-text');
    expect(v.evidence[0].years).toContain(2565);
  });
});

describe('seed 003 (Mukdahan PAO anti-corruption plan 2566–2570)', () => {
  it('is outdated as O39 for ITA 2565: the range does not include 2565', () => {
    const v = judgeItem(input({ year: 2565, id: 'O39', agencyName: MUKDAHAN, snaps: [snap(url('o39'), seed('003'))] }));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.newer');
    expect(v.messages[0].en).toContain('2566–2570');
    // adjacent-year period rule: the message names where the rule comes from.
    expect(v.messages[0].en).toMatch(/taken from the ITA \d{4} criteria/);
    expect(v.evidence[0].years).toEqual([2566, 2570]);
  });

  it('covers ITA 2566 as O36 (2566 numbering), with its content defects as warnings', () => {
    const v = judgeItem(input({ year: 2566, id: 'O36', agencyName: MUKDAHAN, snaps: [snap(url('o36'), seed('003'))] }));
    expect(v.name.th).toContain('แผนปฏิบัติการป้องกันการทุจริต');
    expect(v.status).toBe('pass');
    const w = warningCodes(v);
    expect(w).toContain('defect.placeholder');
    expect(w).toContain('defect.wrong-type-vocabulary');
    expect(w).toContain('defect.template-slot');
    const vocab = v.warnings.find((m) => m.code === 'defect.wrong-type-vocabulary')!;
    expect(vocab.th).toContain('นายกเทศมนตรี');
    // "องค์กรบริหารส่วน จังหวัดมุกดาหาร" is a misspelling of the agency's own name, and "อบจ.พบประชาชน" is its project.
    expect(w).not.toContain('defect.other-agency');
  });

  it('finds the same defects without being told the agency (dominant name in the text)', () => {
    const v = judgeItem(input({ year: 2566, id: 'O36', snaps: [snap(url('o36'), seed('003'))] }));
    expect(warningCodes(v)).toContain('defect.wrong-type-vocabulary');
    expect(warningCodes(v)).not.toContain('defect.other-agency');
  });
});
