// CMS publication labels (thai-text-and-dates.md §5) and §6.3 rule 5: an edit date never dates content; a
// single posting date is the post's, not the period it covers; a list of posting dates dates a news list.
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../checker/core/dates';

const roles = (t: string) => extractPeriods(t).map((p) => `${p.role}:${p.text}`);

describe('publication dates', () => {
  it('a single "โพสต์เมื่อ" on a post is not evidence of the period', () => {
    expect(roles('ข้อ o12 รายงานผลการดำเนินงานประจำปี ๒๕๖๓\nโพสต์เมื่อ 22 มีนาคม 2565')).toEqual(['fiscalYear:ประจำปี ๒๕๖๓', 'other:22 มีนาคม 2565']);
  });
  it('a list of posts keeps each posting date as that item\'s date', () => {
    expect(roles('ข่าว ก\nเผยแพร่เมื่อ ๑๐ กันยายน ๒๕๖๓\nข่าว ข\nเผยแพร่เมื่อ ๒๐ สิงหาคม ๒๕๖๓')).toEqual(['event:๑๐ กันยายน ๒๕๖๓', 'event:๒๐ สิงหาคม ๒๕๖๓']);
  });
  it('edit dates are never evidence, and a signing date is not a posting date', () => {
    expect(roles('แก้ไขล่าสุด 3 มกราคม 2567')).toEqual(['other:3 มกราคม 2567']);
    expect(roles('ปรับปรุงข้อมูลล่าสุดเมื่อ 5 ม.ค. 2567')).toEqual(['other:5 ม.ค. 2567']);
    expect(roles('ประกาศ ณ วันที่ ๕ ตุลาคม ๒๕๖๔')[0]).toMatch(/^event:/);
  });
});
