import { describe, expect, it } from 'vitest';
import { segmentWords, snippetAround, fuzzyFind } from '../../checker/core/text';
import { SEED } from './seeds';

describe('snippetAround', () => {
  it('returns a short excerpt holding the match, cut at whitespace', () => {
    const m = fuzzyFind(SEED.s004, 'ก.พ. ๖๕ – ก.ย. ๖๕')!;
    const s = snippetAround(SEED.s004, m.start, m.end, 80);
    expect(s).toContain('ก.พ. ๖๕ – ก.ย. ๖๕');
    expect(s.replace(/…/g, '').length).toBeLessThanOrEqual(80);
    expect(s).not.toMatch(/\s{2,}/);
  });
  it('handles the ends of the text and long spans', () => {
    expect(snippetAround('abc', 0, 3)).toBe('abc');
    expect(snippetAround(SEED.s004, 0, 5000, 50).replace(/…/g, '').length).toBeLessThanOrEqual(50);
  });
});

describe('segmentWords', () => {
  it('segments Thai words per whitespace chunk, skipping spaces and punctuation', () => {
    const w = segmentWords('รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๕');
    expect(w).toContain('ปีงบประมาณ');
    expect(w).toContain('๒๕๖๕');
    expect(w).not.toContain(' ');
    expect(w).not.toContain('.');
  });
  it('handles a whole seed document', () => {
    const w = segmentWords(SEED.s003);
    expect(w.length).toBeGreaterThan(10000);
    expect(w).toContain('ทุจริต');
  });
});
