// The 2565 → 2566 renumbering of ita-oit.md §9, checked both ways.
import { describe, expect, it } from 'vitest';
import { describeSuccession, predecessorsOf, successorsOf } from '../../rules/mapping';
import { ruleSetForYear } from '../../rules/registry';

const prev = ruleSetForYear(2565)!;
const next = ruleSetForYear(2566)!;

describe('2565 ↔ 2566 mapping', () => {
  it('links the 2566 rule set to its predecessor', () => {
    expect(next.previous).toBe(prev.id);
  });

  it('accounts for every 2565 item: a source of some 2566 item or listed as dropped, never both', () => {
    const dropped = new Set(next.dropped.map((d) => d.item));
    for (const it of prev.items) {
      const succ = successorsOf(prev, next, it.id);
      expect(succ.length > 0 || dropped.has(it.id), `${it.id} is lost`).toBe(true);
      expect(succ.length > 0 && dropped.has(it.id), `${it.id} both continued and dropped`).toBe(false);
    }
    expect([...dropped].sort()).toEqual(['O32', 'O34', 'O35']);
  });

  it('names only 2565 items that exist', () => {
    const ids = new Set(prev.items.map((i) => i.id));
    for (const it of next.items) for (const c of it.continues) expect(ids.has(c), `${it.id} ← ${c}`).toBe(true);
    for (const d of next.dropped) expect(ids.has(d.item)).toBe(true);
  });

  it('follows the §9 table', () => {
    const table: Record<string, string[]> = {
      O10: [], O11: ['O10', 'O18'], O12: ['O11', 'O19'], O13: ['O12', 'O20'], O18: ['O17'], O19: ['O21'],
      O21: ['O23'], O25: ['O27'], O30: ['O33'], O31: [], O33: [], O34: ['O36'], O35: ['O37'], O36: ['O39'],
      O37: ['O40'], O38: ['O41'], O39: [], O40: [], O41: [], O42: ['O42'], O43: ['O43'],
    };
    for (const [id, srcs] of Object.entries(table)) expect(predecessorsOf(next, id), id).toEqual(srcs);
    for (let n = 1; n <= 9; n++) expect(predecessorsOf(next, `O${n}`)).toEqual([`O${n}`]);
  });

  it('keeps the meaning (semantic id) of items renumbered one-to-one', () => {
    for (const it of next.items) {
      if (it.continues.length !== 1 || it.continuesConfidence) continue;
      const old = prev.items.find((p) => p.id === it.continues[0])!;
      expect(it.semanticId, it.id).toBe(old.semanticId);
    }
    expect(next.items.find((i) => i.id === 'O21')!.semanticId).toBe('procurement.monthly-summary');
  });

  it('marks the uncertain links as unconfirmed (O20 folded into O13, O38 ≈ O32)', () => {
    const [o13] = successorsOf(prev, next, 'O20');
    expect(o13.item.id).toBe('O13');
    expect(o13.confidence).toBe('unconfirmed');
    expect(successorsOf(prev, next, 'O12')[0].confidence).toBe('confirmed');
    expect(successorsOf(prev, next, 'O38')[0]).toMatchObject({ confidence: 'unconfirmed' });
    expect(successorsOf(prev, next, 'O38')[0].item.id).toBe('O32');
  });

  it('phrases a renumbering, a merge, an uncertain link and a drop in Thai and English', () => {
    expect(describeSuccession(prev, next, 'O36').en).toBe(
      'O36 of 2565 is O34 of 2566–2567 (Annual corruption and misconduct risk assessment)',
    );
    expect(describeSuccession(prev, next, 'O36').th).toContain('O36 ของปี 2565 คือ O34 ของปี 2566–2567');
    expect(describeSuccession(prev, next, 'O18').en).toContain('is part of O11 of 2566–2567');
    expect(describeSuccession(prev, next, 'O18').en).toContain('merged with O10');
    expect(describeSuccession(prev, next, 'O18').th).toContain('รวมอยู่ใน O11');
    expect(describeSuccession(prev, next, 'O20').en).toContain('is probably part of O13');
    expect(describeSuccession(prev, next, 'O20').th).toContain('น่าจะรวมอยู่ใน O13');
    expect(describeSuccession(prev, next, 'O32').en).toMatch(/^O32 of 2565 has no successor in 2566–2567: /);
    expect(describeSuccession(prev, next, 'O32').th).toContain('ไม่มีข้อที่สืบต่อ');
  });

  it('finds no successors between rule sets that do not follow each other', () => {
    expect(successorsOf(next, prev, 'O1')).toEqual([]);
    expect(predecessorsOf(prev, 'O1')).toEqual([]);
  });
});
