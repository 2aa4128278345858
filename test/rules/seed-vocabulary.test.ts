// The phrases are the core's matching vocabulary: on real agency documents (shared/seeds) they must find
// what the assessors look for, and the disqualifiers must fire only where they should.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSetForYear } from '../../rules/registry';
import type { Item } from '../../rules/schema';

const seed = (name: string) => readFileSync(`/work/shared/seeds/${name}`, 'utf8');
/** thai-text-and-dates.md §10 steps 6–9, enough for exact-substring matching. */
const norm = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/\u0E40\u0E40/g, '\u0E41')
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/[\s\u200B\u00A0]+/g, '')
    .toLowerCase();

function found(item: Item, text: string): Record<string, string | undefined> {
  const t = norm(text);
  return Object.fromEntries(item.elements.map((e) => [e.id, e.phrases.find((p) => t.includes(norm(p)))]));
}
const item = (year: number, id: string) => ruleSetForYear(year)!.items.find((i) => i.id === id)!;

describe('rule phrases on the seed documents', () => {
  const o42 = item(2565, 'O42');
  const required = o42.elements.filter((e) => e.required).map((e) => e.id);

  for (const file of ['004_8ef762bd39961dbd.txt', '001_fc853cc8a657a5d4.txt']) {
    it(`finds every required O42 element in ${file.slice(0, 3)} (a real measures document)`, () => {
      const hits = found(o42, seed(file));
      for (const id of required) expect(hits[id], `${file}: ${id}`).toBeDefined();
    });
  }

  it('flags the pasted ITAS text in 001 and not in 004', () => {
    const pasted = o42.disqualifiers.find((d) => d.id === 'pasted-itas-text')!;
    const hit = (f: string) => pasted.phrases.filter((p) => norm(seed(f)).includes(norm(p)));
    expect(hit('001_fc853cc8a657a5d4.txt').length).toBeGreaterThan(0);
    expect(hit('004_8ef762bd39961dbd.txt')).toEqual([]);
  });

  it('matches the O42 pattern for the analysed ITA year in 004 (Thai digits)', () => {
    const re = new RegExp(o42.elements.find((e) => e.id === 'ita-analysis')!.patterns![0]);
    const digitsOnly = seed('004_8ef762bd39961dbd.txt').replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/\s+/g, ' ');
    const m = digitsOnly.match(re);
    expect(m?.[0]).toMatch(/2564$/);
  });

  it('finds the action plan with its projects in 003 (O39 of 2565, O36 of 2566)', () => {
    const text = seed('003_a7f2549b583db1a8.txt');
    for (const [year, id] of [[2565, 'O39'], [2566, 'O36']] as const) {
      const plan = item(year, id);
      expect(plan.aliases.some((a) => norm(text).includes(norm(a))), `${year} ${id} alias`).toBe(true);
      expect(found(plan, text).projects).toBeDefined();
      const spaced = text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/\s+/g, ' ');
      expect(spaced.match(new RegExp(plan.elements.find((e) => e.id === 'time-frame')!.patterns![0]))?.[0]).toMatch(/2566\s*[-–—]\s*(25)?70/);
    }
  });

  it('does not mistake the anti-corruption plan 003 for a corruption-risk assessment that says "no risk"', () => {
    const o36 = item(2565, 'O36');
    const noRisk = o36.disqualifiers.find((d) => d.id === 'no-risk')!;
    expect(noRisk.phrases.filter((p) => norm(seed('003_a7f2549b583db1a8.txt')).includes(norm(p)))).toEqual([]);
    expect(found(o36, seed('003_a7f2549b583db1a8.txt'))['corruption-vocabulary']).toBeDefined();
  });

  it('keeps phrases distinct from one another within an element', () => {
    for (const rs of [ruleSetForYear(2565)!, ruleSetForYear(2566)!])
      for (const it of rs.items)
        for (const e of it.elements) {
          const n = e.phrases.map(norm);
          expect(new Set(n).size, `${rs.id} ${it.id}.${e.id}`).toBe(n.length);
        }
  });
});
