import { describe, expect, it } from 'vitest';
import { textQuality } from '../../checker/core/text';
import { SEED } from './seeds';

/** Breaks clusters the way pdf.js does: a space before every combining mark and following vowel. */
const breakClusters = (s: string) => s.replace(/([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E32\u0E33])/g, ' $1');
/** Shifted legacy glyphs that the 27-entry map does not cover (a font with its own private encoding). */
const garblePua = (s: string) => s.replace(/[\u0E48-\u0E4C]/g, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0) - 0x0e00));

describe('textQuality (§12.2)', () => {
  it.each([
    ['001', SEED.s001],
    ['003', SEED.s003],
    ['004', SEED.s004],
  ])('seed %s is readable', (_, text) => {
    const q = textQuality(text, { kind: 'pdf', pageCount: 10 });
    expect(q.readable).toBe(true);
    expect(q.thaiShare).toBeGreaterThan(0.8);
    expect(q.brokenClusterRate).toBeLessThan(0.01);
    expect(q.reasons.filter((r) => r !== 'foreign-in-thai')).toEqual([]);
  });

  it('flags leftover private-use glyphs', () => {
    const q = textQuality(garblePua(SEED.s004), { kind: 'pdf', pageCount: 3 });
    expect(q.readable).toBe(false);
    expect(q.reasons).toContain('pua-leftover');
    expect(q.puaShare).toBeGreaterThan(0.005);
  });

  it('does not count the mapped U+F700–U+F71A glyphs as leftovers', () => {
    const q = textQuality(SEED.s004.replace(/\u0E49/g, '\uF70B'), { kind: 'pdf', pageCount: 3 });
    expect(q.reasons).not.toContain('pua-leftover');
  });

  it('flags broken clusters counted before repair', () => {
    const q = textQuality(breakClusters(SEED.s004), { kind: 'pdf', pageCount: 3 });
    expect(q.readable).toBe(false);
    expect(q.reasons).toContain('broken-clusters');
  });

  it('flags empty text and text-less PDFs', () => {
    expect(textQuality('', { kind: 'pdf', pageCount: 4 })).toMatchObject({ readable: false, reasons: ['no-text-layer'] });
    expect(textQuality('  \n ', { kind: 'html' })).toMatchObject({ readable: false, reasons: ['no-text'] });
    const q = textQuality('ประกาศ ๑ ๒ ๓', { kind: 'pdf', pageCount: 5 });
    expect(q.reasons).toContain('no-text-layer');
    expect(q.charsPerPage).toBeLessThan(50);
    expect(textQuality('', { kind: 'image' }).readable).toBe(false);
  });

  it('flags Latin-1 garbage from a font without a ToUnicode map', () => {
    const garbage = SEED.s004.replace(/[\u0E01-\u0E2E]/g, (c) => String.fromCharCode(0xa1 + (c.charCodeAt(0) - 0x0e01)));
    const q = textQuality(garbage, { kind: 'pdf', pageCount: 3 });
    expect(q.readable).toBe(false);
    expect(q.reasons).toEqual(expect.arrayContaining(['low-thai-share', 'latin1-garbage']));
  });

  it('notices letters of other scripts inside Thai words', () => {
    const noisy = 'ผাগท่าน ทرف์สิน ก็必将 ' + SEED.s004.slice(0, 600);
    const q = textQuality(noisy, { kind: 'docx' });
    expect(q.reasons).toContain('foreign-in-thai');
  });
});
