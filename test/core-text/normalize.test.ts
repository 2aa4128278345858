import { describe, expect, it } from 'vitest';
import { compact, normalizeThai, normalizeWithOffsets, PUA_MAP, thaiDigitsToAscii, toThaiDigits } from '../../checker/core/text';
import { SEED } from './seeds';

describe('Thai digits', () => {
  it('converts both ways and leaves other text alone', () => {
    expect(thaiDigitsToAscii('ปี ๒๕๖๕ ข้อ 1๒๓')).toBe('ปี 2565 ข้อ 123');
    expect(toThaiDigits(2565)).toBe('๒๕๖๕');
    expect(toThaiDigits('98.02')).toBe('๙๘.๐๒');
    expect(thaiDigitsToAscii(toThaiDigits('0123456789'))).toBe('0123456789');
  });
});

describe('normalizeThai (§10)', () => {
  it('recomposes SARA AM from NIKHAHIT + SARA AA, with or without a tone mark between', () => {
    expect(normalizeThai('ค\u0E4D\u0E32นํา')).toBe('คำนำ');
    expect(normalizeThai('น\u0E49\u0E4D\u0E32')).toBe('น้ำ');
  });
  it('uses NFC, never NFKC: SARA AM survives', () => {
    const s = 'สำนักงาน กำหนด';
    expect(normalizeThai(s)).toBe(s);
    expect(normalizeThai(s)).not.toBe(s.normalize('NFKC'));
    // NFC puts marks a font emitted out of order into canonical order (ป + ้ + ู → ป + ู + ้).
    expect(normalizeThai('ป\u0E49\u0E39')).toBe('ป\u0E39\u0E49');
  });
  it('maps all 27 legacy PUA glyphs', () => {
    expect(Object.keys(PUA_MAP)).toHaveLength(27);
    expect(normalizeThai('ป\uF70Bองกัน')).toBe('ป้องกัน');
    expect(normalizeThai('\uF700าน')).toBe('ฐาน');
    expect(normalizeThai('ที\uF70E')).toBe('ที์');
    for (const [k, v] of Object.entries(PUA_MAP)) expect(normalizeThai(String.fromCharCode(Number(k)))).toBe(String.fromCharCode(v).normalize('NFC'));
  });
  it('removes spaces before combining marks and following vowels, not before ๆ', () => {
    expect(normalizeThai('ไฟฟ้ า เป้ า ถ ึง กรณ ีที่')).toBe('ไฟฟ้า เป้า ถึง กรณีที่');
    expect(normalizeThai('ต่าง ๆ')).toBe('ต่าง ๆ');
  });
  it('removes zero-width characters, maps NBSP, fixes เเ, converts digits, collapses whitespace', () => {
    expect(normalizeThai('ประกาศ\u200Bจัด\u200Cซื้อ\uFEFF')).toBe('ประกาศจัดซื้อ');
    expect(normalizeThai('เเผน\u00A0\u00A0ปี ๒๕๖๕\n\t งาน')).toBe('แผน ปี 2565 งาน');
    expect(normalizeThai('a\n\nb', { keepLines: true })).toBe('a\n\nb');
    expect(normalizeThai('a \n b', { keepLines: true })).toBe('a\nb');
  });
  it('keeps a seed document otherwise intact (only whitespace and digits change)', () => {
    const n = normalizeThai(SEED.s004);
    expect(n.replace(/\s/g, '')).toBe(thaiDigitsToAscii(SEED.s004).replace(/[\s\u200B]/g, '').normalize('NFC'));
  });
});

describe('normalizeWithOffsets', () => {
  it('maps normalised offsets back to the original', () => {
    const orig = 'มาตรการ  ประจำปีงบประมาณ พ.ศ. ๒๕๖๕\u200B เเผน ไฟฟ้ า';
    const n = normalizeWithOffsets(orig);
    const i = n.text.indexOf('2565');
    expect(orig.slice(n.toOriginal(i), n.toOriginal(i + 3) + 1)).toBe('๒๕๖๕');
    const j = n.text.indexOf('แผน');
    expect(orig.slice(n.toOriginal(j), n.toOriginal(j + 2) + 1)).toBe('เเผน');
    expect(n.toOriginal(n.text.length)).toBe(orig.length);
  });
  it('maps every character of a seed to a position holding the same or an equivalent character', () => {
    const orig = SEED.s003.slice(0, 20000);
    const n = normalizeWithOffsets(orig);
    for (let i = 0; i < n.text.length; i += 37) {
      const c = n.text[i];
      const o = orig[n.toOriginal(i)];
      if (/\s/.test(c)) expect(o).toMatch(/\s/);
      else if (/\d/.test(c)) expect(thaiDigitsToAscii(o)).toBe(c);
      else expect(o).toBe(c);
    }
  });
});

describe('compact', () => {
  it('lower-cases Latin and drops whitespace and punctuation', () => {
    expect(compact('ประพฤติ มิชอบ (ITA) : ๒๕๖๕ | No Gift Policy')).toBe('ประพฤติมิชอบita2565nogiftpolicy');
    expect(compact('สำนักปลัดฯ, ต่าง ๆ')).toBe('สำนักปลัดต่างๆ');
  });
});
