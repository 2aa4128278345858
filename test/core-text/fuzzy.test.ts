import { describe, expect, it } from 'vitest';
import { compact, fuzzyFind, prepareText, similarity } from '../../checker/core/text';
import { SEED } from './seeds';

describe('fuzzyFind', () => {
  const p003 = prepareText(SEED.s003);
  const p004 = prepareText(SEED.s004);

  it('finds exact compact matches with score 1 and original offsets', () => {
    const m = fuzzyFind(p003, 'องค์การบริหารส่วนจังหวัดมุกดาหาร')!;
    expect(m.score).toBe(1);
    expect(m.matched).toBe(SEED.s003.slice(m.start, m.end));
    expect(compact(m.matched)).toBe('องค์การบริหารส่วนจังหวัดมุกดาหาร');
  });

  it('tolerates the seed typo เจตนาารมณ (for เจตนารมณ์)', () => {
    const at = SEED.s003.indexOf('เจตนาารมณ');
    const part = SEED.s003.slice(at - 300, at + 300);
    expect(part).not.toContain('เจตนารมณ์ในการปฏิบัติ');
    const m = fuzzyFind(part, 'การแสดงเจตนารมณ์ในการปฏิบัติหน้าที่')!;
    expect(m).not.toBeNull();
    expect(m.score).toBeLessThan(1);
    expect(m.score).toBeGreaterThanOrEqual(0.8);
    expect(m.matched).toContain('เจตนาารมณ');
  });

  it('tolerates ประพฤตินิยมชอบ (for ประพฤติมิชอบ)', () => {
    const m = fuzzyFind(p003, 'ประเทศไทยปลอดการทุจริตและประพฤติมิชอบ')!;
    expect(m.score).toBeGreaterThanOrEqual(0.8);
    // the exact phrase also occurs in 003; whichever is found, it is real text
    expect(compact(m.matched)).toMatch(/ประเทศไทยปลอดการทุจริตและประพฤติ(มิ|นิยม)ชอบ/);
    const typoOnly = SEED.s003.slice(SEED.s003.indexOf('การต่อต้านการทุจริต และประพฤตินิยมชอบ') - 50, SEED.s003.indexOf('การต่อต้านการทุจริต และประพฤตินิยมชอบ') + 80);
    const t = fuzzyFind(typoOnly, 'การต่อต้านการทุจริตและประพฤติมิชอบ')!;
    expect(t.score).toBeLessThan(1);
    expect(t.score).toBeGreaterThanOrEqual(0.8);
    expect(t.matched).toContain('ประพฤตินิยมชอบ');
  });

  it('tolerates ปิงบประมาณ (for ปีงบประมาณ) in 004', () => {
    const m = fuzzyFind(p004, 'ข้อเสนอแนะในการพัฒนาคุณธรรมและความโปร่งใสในปีงบประมาณ')!;
    expect(m.score).toBeGreaterThanOrEqual(0.9);
    expect(m.matched).toContain('ปิงบประมาณ');
  });

  it('tolerates องค์กรบริหาร with a line-wrap space (for องค์การบริหาร)', () => {
    const at = SEED.s003.indexOf('ขององค์กรบริหารส่วน จังหวัดมุกดาหาร');
    expect(at).toBeGreaterThan(0);
    const part = SEED.s003.slice(at - 200, at + 100);
    const m = fuzzyFind(part, 'องค์การบริหารส่วนจังหวัดมุกดาหาร')!;
    expect(m.score).toBeGreaterThanOrEqual(0.9);
    expect(m.matched).toContain('องค์กรบริหารส่วน จังหวัด');
  });

  it('matches across a wrap space inside a word exactly ("ประพฤติ มิชอบ")', () => {
    const text = SEED.s003.slice(0, 30000).replace(/ประพฤติมิชอบ/g, 'ประพฤติ\nมิชอบ');
    expect(text).toContain('ประพฤติ\nมิชอบ');
    const m = fuzzyFind(text, 'ประพฤติมิชอบ')!;
    expect(m.score).toBe(1);
    expect(m.matched).toBe('ประพฤติ\nมิชอบ');
  });

  it('tolerates stray foreign letters inside a word', () => {
    // 000's "ทرف์สิน" (Arabic for รัพย์) costs 4 edits out of 18: found at 0.75, not at the default 0.8.
    const text = 'รายงานการใช้จ่ายเงิน ทرف์สินของราชการ ประจำปี';
    expect(fuzzyFind(text, 'ทรัพย์สินของราชการ')).toBeNull();
    const m = fuzzyFind(text, 'ทรัพย์สินของราชการ', { threshold: 0.75 })!;
    expect(m.matched).toContain('ทرف์สินของราชการ');
    const one = fuzzyFind('ประชุมชี้แจงผাগท่านผู้บริหารและพนักงาน', 'ผู้ท่านผู้บริหารและพนักงาน')!;
    expect(one.score).toBeGreaterThanOrEqual(0.8);
    expect(one.matched).toContain('ผাগท่าน');
  });

  it('returns null for phrases that are not there, and respects the threshold', () => {
    expect(fuzzyFind(p003, 'คู่มือการขอรับบริการงานทะเบียนราษฎร')).toBeNull();
    expect(fuzzyFind(p003, 'รายงานสถิติเรื่องร้องเรียนการทุจริตประจำปี')).toBeNull();
    expect(fuzzyFind(p004, 'ข้อเสนอแนะในการพัฒนาคุณธรรมและความโปร่งใสในปีงบประมาณ', { threshold: 1 })).toBeNull();
    expect(fuzzyFind('', 'abc')).toBeNull();
  });

  it('builds the trigram index once and reuses it', () => {
    const p = prepareText(SEED.s001);
    expect(p.trigrams).toBeUndefined();
    fuzzyFind(p, 'มาตรการส่งเสริมคุณธรรมความโปร่งใสหน่วยงาน');
    const idx = p.trigrams;
    expect(idx).toBeDefined();
    fuzzyFind(p, 'การวิเคราะห์ผลประเมิน ITA');
    expect(p.trigrams).toBe(idx);
  });
});

describe('similarity', () => {
  it('scores typos high and different titles low', () => {
    expect(similarity('มาตรฐาน', 'มาตรฐาน')).toBe(1);
    expect(similarity('แผนการใช้จ่ายงบประมาณประจำปี', 'เเผนการใช้จ่ายงบประมาณ ประจำปี')).toBe(1);
    expect(similarity('มาตรฐานการให้บริการ', 'มาตราฐานการให้บริการ')).toBeGreaterThan(0.85);
    expect(similarity('No Gift Policy', 'NO GIFT POLICY')).toBe(1);
    expect(similarity('นโยบายการบริหารทรัพยากรบุคคล', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล')).toBeLessThan(0.8);
    expect(similarity('โครงสร้าง', 'ข้อมูลผู้บริหาร')).toBeLessThan(0.3);
    expect(similarity('', 'x')).toBe(0);
  });
});
