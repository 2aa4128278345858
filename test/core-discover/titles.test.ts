import { describe, expect, it } from 'vitest';
import { TitleMatcher } from '../../checker/core/discover';
import { ruleSetSources } from './helpers/rulesets';

for (const { source, rs65, rs66 } of await ruleSetSources())
  describe(`TitleMatcher with the ${source} rule sets`, () => {
    it.each([rs65, rs66].map((rs) => [rs.id, rs] as const))('%s: every item name and alias finds its own item first', (_, rs) => {
      const t = new TitleMatcher(rs);
      for (const item of rs.items) {
        const hits = t.match(item.name.th);
        expect(hits[0]?.itemId, item.name.th).toBe(item.id);
        for (const alias of item.aliases) {
          const h = t.match(alias);
          // A name two items share may tie; the item must be among the best.
          const top = h.filter((x) => x.len === h[0].len && x.score === h[0].score).map((x) => x.itemId);
          expect(top, `${item.id} alias ${alias}`).toContain(item.id);
        }
      }
    });
    it('tolerates typos and stray spaces of real pages', () => {
      const t = new TitleMatcher(rs65);
      expect(t.match('คู่มือหรือมาตราฐานการให้บริการ')[0].itemId).toBe('O14');
      expect(t.match('เเผนดำเนินงานประจำปี')[0].itemId).toBe('O10');
      expect(t.match('การประเมินความเสี่ยง การทุจริต ประจำปี')[0].itemId).toBe('O36');
      expect(t.match('ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤตินิยมชอบ')[0].itemId).toBe('O30');
    });
    it('does not see Q&A inside other words', () => {
      const t = new TitleMatcher(rs65);
      expect(t.match('Q&A')[0]?.itemId).toBe('O8');
      expect(t.match('ถาม-ตอบ (Q & A)')[0]?.itemId).toBe('O8');
      expect(t.match('Quality Assurance').map((h) => h.itemId)).not.toContain('O8');
    });
  });
