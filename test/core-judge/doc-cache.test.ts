// makeDoc analyses a snapshot's text once, however many items and candidates read it (judgeSite hands every
// item the same snapshot objects), and reads an item page together with the documents it links.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../checker/core/judge/context';
import { cand, input, link, snap } from './helpers';

const U = (p: string) => `https://www.lampangpao.go.th/${p}`;
const PLAN = 'แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565 องค์การบริหารส่วนจังหวัดลำปาง\nโครงการซ่อมถนน | 500,000 | ต.ค. 2564 - ก.ย. 2565';

function site() {
  const page = snap(U('o10'), 'O10 แผนดำเนินงานประจำปี', {
    links: [
      link(U('files/plan65.pdf'), 'แผนการดำเนินงาน 2565'),
      link(U('files/plan65.pdf'), 'ดาวน์โหลด'), // the same file twice: read once
      link(U('o10'), 'O10'), // the page itself
      link(U('news'), 'ข่าวประชาสัมพันธ์'), // another page, not a document
      link(U('files/missing.pdf'), 'ไฟล์ที่ไม่ได้เปิด'), // never fetched
    ],
  });
  return [page, snap(U('files/plan65.pdf'), PLAN), snap(U('news'), 'ข่าวประชาสัมพันธ์ ปี 2563')];
}

describe('makeDoc', () => {
  it('reads an item page with the fetched documents it links, each once, and nothing else', () => {
    const inp = input({ year: 2565, id: 'O10', snaps: site() });
    const d = makeDoc(cand('O10', U('o10')), inp);
    expect(d.parts.map((p) => p.url)).toEqual([U('files/plan65.pdf')]);
    expect(d.text).toBe(`O10 แผนดำเนินงานประจำปี\n\n${PLAN}`);
    expect(d.text.split('แผนการดำเนินงาน ประจำปี').length).toBe(2);
    expect(d.norm).toContain('2565');
    expect(d.periods.some((p) => p.role === 'fiscalYear' && p.from.y === 2565)).toBe(true);
    expect(d.parts[0].periods.some((p) => p.from.y === 2565)).toBe(true);
    expect(d.parts[0].candidate.via).toBe('page-content');
    expect(d.parts[0].candidate.matchedText).toBe('แผนการดำเนินงาน 2565');
  });

  it('analyses a shared snapshot once across items and candidates', () => {
    const snaps = site();
    const asO10 = makeDoc(cand('O10', U('o10')), input({ year: 2565, id: 'O10', snaps }));
    const asO11 = makeDoc(cand('O11', U('o10')), input({ year: 2565, id: 'O11', snaps }));
    expect(asO11.prepared).toBe(asO10.prepared);
    expect(asO11.periods).toBe(asO10.periods);
    expect(asO11.norm).toBe(asO10.norm);
    // The PDF as a candidate of its own and as the part behind the item page: one analysis.
    const pdf = makeDoc(cand('O10', U('files/plan65.pdf')), input({ year: 2565, id: 'O10', snaps }));
    expect(asO10.parts[0].periods).toBe(pdf.periods);
    expect(asO10.parts[0].prepared).toBe(pdf.prepared);
  });

  it('maps normalised offsets back into the original text of the joined document', () => {
    const d = makeDoc(cand('O10', U('o10')), input({ year: 2565, id: 'O10', snaps: site() }));
    const i = d.norm.indexOf('โครงการซ่อมถนน');
    expect(d.text.slice(d.toOriginal(i), d.toOriginal(i + 'โครงการซ่อมถนน'.length))).toBe('โครงการซ่อมถนน');
  });
});
