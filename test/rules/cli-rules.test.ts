// `oit rules` as a user runs it: a real process, real rule files.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleSetForYear } from '../../rules/registry';

const root = fileURLToPath(new URL('../../', import.meta.url));
function oit(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'checker/cli/main.ts', 'rules', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('oit rules', () => {
  for (const year of [2565, 2566]) {
    const rs = ruleSetForYear(year)!;
    for (const lang of ['th', 'en'] as const) {
      it(`prints all 43 items of ${year} in ${lang === 'th' ? 'Thai' : 'English'}, grouped by sub-indicator`, () => {
        const r = oit('--year', String(year), ...(lang === 'en' ? ['--lang', 'en'] : []));
        expect(r.code, r.err).toBe(0);
        const lines = r.out.split('\n');
        for (const it of rs.items) {
          const line = lines.find((l) => l.trim().startsWith(`${it.id} `));
          expect(line, it.id).toBeDefined();
          expect(line).toContain(it.name[lang]);
        }
        // items appear under their sub-indicator heading, in order
        for (const ind of rs.indicators)
          for (const sub of ind.subIndicators) {
            const head = lines.findIndex((l) => l.trim().startsWith(`${sub.id} ${sub.name[lang]}`));
            expect(head, sub.id).toBeGreaterThan(-1);
            const first = rs.items.find((i) => i.subIndicator === sub.id)!;
            expect(lines[head + 1].trim().startsWith(`${first.id} `), `${sub.id} → ${first.id}`).toBe(true);
          }
        expect(r.out).toContain(lang === 'th' ? 'ตัวชี้วัดที่ 10 การป้องกันการทุจริต' : 'Indicator 10 Corruption prevention');
      });
    }
  }

  it('prints every rule set without --year, with the 2566 renumbering', () => {
    const r = oit('--lang', 'en');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('(ita-2565) — 43 items');
    expect(r.out).toContain('(ita-2566) — 43 items');
    expect(r.out).toMatch(/O11 +Annual operating and budget plan +\[2565: O10 \+ O18\]/);
    expect(r.out).toMatch(/O13 +Annual performance report +\[2565: O12 \+ O20\?\]/);
    expect(r.out).toMatch(/O32 +The feedback channel is no longer a separate item/);
  });

  it('--json prints the validated rule set', () => {
    const r = oit('--year', '2565', '--json');
    expect(r.code, r.err).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.id).toBe('ita-2565');
    expect(data.years).toEqual([2565]);
    expect(data.indicators.map((i: { id: string }) => i.id)).toEqual(['9', '10']);
    expect(data.items).toHaveLength(43);
    const o23 = data.items[22];
    expect(o23).toMatchObject({ id: 'O23', subIndicator: '9.3', name: { th: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน' } });
    expect(o23.period.kind).toBe('monthlyFirstHalf');
    // defaults filled in by validation
    expect(data.items[0].dependsOn).toEqual([]);
    expect(data.items[0].continues).toEqual([]);
  });

  it('rejects an unknown year, naming the known ones, with exit code 2', () => {
    const r = oit('--year', '2569');
    expect(r.code).toBe(2);
    expect(r.err).toContain('2565, 2566, 2567');
    expect(r.err).toContain('2569');
    expect(r.out).toBe('');
  });

  it('rejects an unknown language with exit code 2', () => {
    expect(oit('--year', '2565', '--lang', 'fr').code).toBe(2);
  });
});
