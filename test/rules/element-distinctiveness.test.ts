// Elements must be able to fail: each required element of the items whose phrases were too broad
// (งบประมาณ inside ปีงบประมาณ, พ.ศ. in any dated page, โครงการ/นายก/ปลัด everywhere) is matched with the judge's
// own matcher (fuzzy phrases on compact text + regex patterns on normalised text) and must be FOUND in a
// realistic document of the item's kind and NOT FOUND in unrelated real text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findElement } from '../../checker/core/judge/checks/elements';
import { normalizeWithOffsets, prepareText } from '../../checker/core/text/index';
import { compact } from '../../checker/core/text/normalize';
import { loadBundledRuleSets, ruleSetForYear } from '../../rules/registry';
import type { Item } from '../../rules/schema';

const text = (f: string) => readFileSync(new URL(`./texts/${f}`, import.meta.url), 'utf8');
const seed = (f: string) => readFileSync(`/work/shared/seeds/${f}`, 'utf8');
const TEXTS = {
  news: text('news-page.txt'),
  plan: text('operating-plan.txt'),
  sixMonth: text('six-month-report.txt'),
  sor1: text('sor1.txt'),
  hr: text('hr-criteria.txt'),
  risk: text('risk-assessment.txt'),
  s001: seed('001_fc853cc8a657a5d4.txt'),
  s003: seed('003_a7f2549b583db1a8.txt'),
  s004: seed('004_8ef762bd39961dbd.txt'),
};
type TextId = keyof typeof TEXTS;
// The same preparation makeDoc (checker/core/judge/context.ts) gives a candidate.
const DOCS = Object.fromEntries(
  Object.entries(TEXTS).map(([k, t]) => [k, { prepared: prepareText(t), norm: normalizeWithOffsets(t).text }]),
) as Record<TextId, { prepared: ReturnType<typeof prepareText>; norm: string }>;

const item = (year: number, id: string): Item => ruleSetForYear(year)!.items.find((i) => i.id === id)!;
const required = (it: Item) => it.elements.filter((e) => e.required);

/** [2565 id, 2566 id, texts of that kind, unrelated texts]. */
const CASES: Array<[string, string, TextId[], TextId[]]> = [
  // operating plan: the real 003 plan has the same three columns (โครงการ/กิจกรรม, งบประมาณ (บาท), ระยะเวลาดำเนินการ)
  ['O10', 'O11', ['plan', 's003'], ['news', 'hr', 'risk']],
  ['O11', 'O12', ['sixMonth'], ['news', 'hr', 'plan']],
  ['O23', 'O21', ['sor1'], ['news', 's001', 's004', 'hr']],
  ['O27', 'O25', ['hr'], ['news', 'sor1', 'plan']],
  ['O36', 'O34', ['risk'], ['news', 'sor1', 'hr']],
  ['O42', 'O42', ['s004', 's001'], ['news', 'sor1', 'hr']],
];

describe('required elements are found in their kind of document and can fail elsewhere', () => {
  for (const [id65, id66, pos, neg] of CASES) {
    for (const [year, id] of [[2565, id65], [2566, id66]] as const) {
      const it2 = item(year, id);
      it(`${year} ${id} (${it2.name.en})`, () => {
        expect(required(it2).length).toBeGreaterThan(0);
        for (const e of required(it2)) {
          for (const t of pos) expect(findElement(DOCS[t], e).found, `${id}.${e.id} should be found in ${t}`).toBe(true);
          for (const t of neg) {
            const r = findElement(DOCS[t], e);
            expect(r.found, `${id}.${e.id} wrongly found in ${t} via "${r.hit?.phrase ?? 'a pattern'}" (${r.hit ? TEXTS[t].slice(r.hit.start, r.hit.end) : ''})`).toBe(false);
          }
        }
      });
    }
  }
});

describe('the traps the review found stay fixed', () => {
  it('O10 budget is not "งบประมาณ" inside "ปีงบประมาณ", its time frame is not any "พ.ศ."', () => {
    const budget = item(2565, 'O10').elements.find((e) => e.id === 'budget')!;
    const frame = item(2565, 'O10').elements.find((e) => e.id === 'time-frame')!;
    const doc = (s: string) => ({ prepared: prepareText(s), norm: normalizeWithOffsets(s).text });
    expect(findElement(doc('แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565 จำนวน 3 เรื่อง'), budget).found).toBe(false);
    expect(findElement(doc('งบประมาณ 150,000 บาท'), budget).found).toBe(true);
    expect(findElement(doc('ใช้เงินทั้งสิ้น 1,500,000.00 บาท'), budget).found).toBe(true);
    expect(findElement(doc('ประกาศ ณ วันที่ 1 มีนาคม พ.ศ. 2565'), frame).found).toBe(false);
    expect(findElement(doc('ต.ค.64 - มี.ค.65'), frame).found).toBe(true);
    expect(findElement(doc('ตุลาคม 2564 ถึง กันยายน 2565'), frame).found).toBe(true);
  });

  it('O35 needs the integrity purpose: the head opening a sports project is not it', () => {
    const o35 = item(2565, 'O35');
    const missing = o35.elements.filter((e) => e.required && !findElement(DOCS.news, e).found).map((e) => e.id);
    expect(missing).toEqual(['integrity-purpose']);
  });

  it('O2 names are people, not "นายกองค์การ…", "นายอำเภอ" or "นายช่าง"', () => {
    const name = item(2565, 'O2').elements.find((e) => e.id === 'name')!;
    const doc = (s: string) => ({ prepared: prepareText(s), norm: normalizeWithOffsets(s).text });
    expect(findElement(doc('นายกองค์การบริหารส่วนจังหวัดลำปาง เป็นประธาน นายอำเภอเมืองลำปาง และนายช่างโยธา'), name).found).toBe(false);
    expect(findElement(doc('นายสมชาย ใจดี นายกองค์การบริหารส่วนจังหวัดลำปาง'), name).found).toBe(true);
    expect(findElement(doc('นางสาวศิริพร ทองดี ปลัดองค์การบริหารส่วนจังหวัด'), name).found).toBe(true);
  });

  it('no element keeps a bare word that matches inside longer words', () => {
    // Compact forms that occur inside unrelated words: ปีงบประมาณ, พ.ศ., นายกรัฐมนตรี, ส่วนราชการ, ออนไลน์, รายงาน …
    const TOO_BROAD = ['งบประมาณ', 'พศ', 'บาท', 'โครงการ', 'กิจกรรม', 'นายก', 'ปลัด', 'ส่วน', 'กอง', 'สำนัก', 'ศูนย์', 'ดำเนินการ', 'ราย', 'จำนวน', 'ว่าง', 'นาย', 'นาง', 'ไลน์', 'line', 'ตค', 'ปรับปรุง', 'เอกสาร', 'วันที่', 'ร้อยละ', 'ปัญหา', 'รวม'];
    const offenders: string[] = [];
    for (const rs of loadBundledRuleSets())
      for (const it2 of rs.items)
        for (const e of it2.elements)
          for (const p of e.phrases) if (TOO_BROAD.includes(compact(p))) offenders.push(`${rs.id} ${it2.id}.${e.id}: ${p}`);
    expect(offenders).toEqual([]);
  });

  it('every pattern compiles as the matcher runs it (the "u" flag); a broken one would silently never match', () => {
    for (const rs of loadBundledRuleSets())
      for (const it2 of rs.items)
        for (const e of it2.elements) for (const p of e.patterns ?? []) expect(() => new RegExp(p, 'u'), `${rs.id} ${it2.id}.${e.id}: ${p}`).not.toThrow();
  });
});
