// The bundled rule sets against the domain reference (ita-oit.md §2.1, §5, §6.2, §9) and the JSON Schema.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ruleSetJsonSchemaText } from '../../rules/json-schema';
import { KNOWN_YEARS, loadBundledRuleSets, ruleSetForYear } from '../../rules/registry';
import type { PeriodKind, RuleSet } from '../../rules/schema';

const rulesDir = new URL('../../rules/', import.meta.url);
const sets = loadBundledRuleSets();
const rs2565 = ruleSetForYear(2565)!;
const rs2566 = ruleSetForYear(2566)!;
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `O${a + i}`);

/** ita-oit.md §2.1 (2565) and §9 (2566/2567): sub-indicator → items. */
const SUBS: Record<string, Record<string, string[]>> = {
  'ita-2565': {
    '9.1': range(1, 9), '9.2': range(10, 17), '9.3': range(18, 24), '9.4': range(25, 28),
    '9.5': range(29, 33), '10.1': range(34, 41), '10.2': range(42, 43),
  },
  'ita-2566': {
    '9.1': range(1, 10), '9.2': range(11, 18), '9.3': range(19, 22), '9.4': range(23, 26),
    '9.5': range(27, 30), '10.1': range(31, 38), '10.2': range(39, 43),
  },
};

/** ita-oit.md §6.2, "Items" column, verbatim. */
const PERIODS_2565: Record<PeriodKind, string[]> = {
  none: [],
  current: ['O1', 'O2', 'O3', 'O5', 'O6', 'O13', 'O14', 'O27', 'O29'],
  live: ['O8', 'O9', 'O17', 'O30', 'O32'],
  fy: ['O7', 'O10', 'O15', 'O18', 'O21', 'O22', 'O25', 'O26', 'O31', ...range(33, 38), 'O43'],
  fyFirstHalf: ['O11', 'O19', 'O40'],
  monthlyFirstHalf: ['O23'],
  previousFy: ['O12', 'O16', 'O20', 'O24', 'O28', 'O41'],
  coversFy: ['O4', 'O39'],
  previousIta: ['O42'],
};

describe('bundled rule sets', () => {
  it('serve 2565, 2566 and 2567, one rule set per year', () => {
    expect(KNOWN_YEARS).toEqual([2565, 2566, 2567]);
    expect(sets.map((s) => s.id)).toEqual(['ita-2565', 'ita-2566']);
    expect(ruleSetForYear(2567)?.id).toBe('ita-2566');
    expect(ruleSetForYear(2564)).toBeUndefined();
  });

  for (const rs of sets) {
    describe(rs.id, () => {
      it('has exactly 43 items with unique ids O1 … O43 in order', () => {
        expect(rs.items).toHaveLength(43);
        expect(rs.items.map((i) => i.id)).toEqual(range(1, 43));
      });

      it('puts every item in exactly the sub-indicator the domain document gives', () => {
        const subIds = rs.indicators.flatMap((i) => i.subIndicators.map((s) => s.id));
        expect(subIds).toEqual(Object.keys(SUBS[rs.id]));
        for (const [sub, ids] of Object.entries(SUBS[rs.id]))
          expect(rs.items.filter((i) => i.subIndicator === sub).map((i) => i.id), sub).toEqual(ids);
      });

      it('has dependencies that point at existing, different items', () => {
        const ids = new Set(rs.items.map((i) => i.id));
        for (const it of rs.items)
          for (const d of it.dependsOn) {
            expect(ids.has(d.item), `${it.id} → ${d.item}`).toBe(true);
            expect(d.item).not.toBe(it.id);
          }
      });

      it('has unique semantic ids and element ids, and names every source it cites', () => {
        expect(new Set(rs.items.map((i) => i.semanticId)).size).toBe(43);
        const keys = new Set(rs.sources.map((s) => s.key));
        for (const it of rs.items) {
          const els = it.elements.map((e) => e.id);
          expect(new Set(els).size, it.id).toBe(els.length);
          for (const s of it.sources) expect(keys.has(s), `${it.id} cites ${s}`).toBe(true);
          expect(it.aliases, it.id).toContain(it.name.th);
        }
      });

      it('gives adjacent-year rules the year of their source', () => {
        for (const it of rs.items) {
          if (it.period.confidence === 'adjacent-year') expect(it.period.sourceYear, `${it.id} period`).toBeDefined();
          for (const e of it.elements)
            if (e.confidence === 'adjacent-year') expect(e.sourceYear, `${it.id}.${e.id}`).toBeDefined();
        }
      });

      it('validates against the committed JSON Schema (what editors use)', () => {
        const data = parseYaml(readFileSync(new URL(`${rs.id}.yaml`, rulesDir), 'utf8'));
        expect(data.$schema).toBe('./rule-set.schema.json');
        expect(Object.keys(data)[0]).toBe('$schema');
        const schema = JSON.parse(readFileSync(new URL('rule-set.schema.json', rulesDir), 'utf8'));
        const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
        expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      });
    });
  }

  it('gives every 2565 item the period kind of §6.2', () => {
    for (const [kind, ids] of Object.entries(PERIODS_2565))
      for (const id of ids) expect(rs2565.items.find((i) => i.id === id)?.period.kind, id).toBe(kind);
    expect(Object.values(PERIODS_2565).flat().sort()).toEqual(range(1, 43).sort());
  });

  it('gives 2566 items the period kinds of §9 (new items) and of their 2565 source (carried items)', () => {
    const kind = (rs: RuleSet, id: string) => rs.items.find((i) => i.id === id)!.period.kind;
    const expected: Record<string, PeriodKind> = {
      O10: 'current', O31: 'fy', O32: 'fy', O33: 'fy', O39: 'current', O40: 'fy', O41: 'fy',
      O11: 'fy', O12: 'fyFirstHalf', O24: 'fyFirstHalf', O42: 'previousIta', O21: 'monthlyFirstHalf', O36: 'coversFy',
    };
    for (const [id, k] of Object.entries(expected)) expect(kind(rs2566, id), id).toBe(k);
    for (const it of rs2566.items)
      if (it.continues.length === 1 && !(it.id in expected)) expect(it.period.kind, it.id).toBe(kind(rs2565, it.continues[0]));
  });

  it('encodes the dependencies of §5 (2565) and §9 (2566) with their strength', () => {
    const deps = (rs: RuleSet) =>
      Object.fromEntries(rs.items.flatMap((i) => i.dependsOn.map((d) => [`${i.id}->${d.item}`, d.strength])));
    const d65 = deps(rs2565);
    for (const k of ['O11->O10', 'O19->O18', 'O26->O25', 'O37->O36', 'O40->O39', 'O43->O42']) expect(d65[k], k).toBe('strict');
    for (const k of ['O12->O10', 'O20->O18', 'O24->O21', 'O28->O25', 'O41->O39']) expect(d65[k], k).toBe('loose');
    const d66 = deps(rs2566);
    for (const k of ['O12->O11', 'O24->O23', 'O37->O36', 'O43->O42', 'O35->O34']) expect(d66[k], k).toBe('strict');
    expect(rs2565.items.find((i) => i.id === 'O37')!.dependsOn[0].confidence).toBe('unconfirmed');
  });

  it('names the special checks on the items the schema says', () => {
    const withCheck = (rs: RuleSet, c: string) => rs.items.filter((i) => (i.specialChecks as string[]).includes(c)).map((i) => i.id);
    expect(withCheck(rs2565, 'channel')).toEqual(['O8', 'O9', 'O17', 'O30', 'O32']);
    expect(withCheck(rs2565, 'current-head')).toEqual(['O2', 'O34']);
    expect(withCheck(rs2565, 'executive-own-activity')).toEqual(['O35']);
    expect(withCheck(rs2565, 'corruption-risk-assessment')).toEqual(['O36']);
    expect(withCheck(rs2565, 'corruption-risk-actions')).toEqual(['O37']);
    expect(withCheck(rs2565, 'integrity-measures')).toEqual(['O42']);
    expect(withCheck(rs2565, 'measures-implementation')).toEqual(['O43']);
    expect(withCheck(rs2565, 'monthly-parts')).toEqual(['O23']);
    expect(withCheck(rs2565, 'hr-five-areas')).toEqual(['O27']);
    expect(withCheck(rs2566, 'corruption-risk-assessment')).toEqual(['O34']);
    expect(withCheck(rs2566, 'monthly-parts')).toEqual(['O21']);
    expect(withCheck(rs2566, 'hr-five-areas')).toEqual(['O25']);
  });

  it('keeps the scoring and calendar of §8.1 and §6.1', () => {
    const s = rs2565.scoring;
    expect(s.instrumentWeights).toEqual({ iit: 0.3, eit: 0.3, oit: 0.4 });
    expect(s.passMark).toBe(85);
    expect(s.grades.map((g) => `${g.grade}${g.min}`)).toEqual(['AA95', 'A85', 'B75', 'C65', 'D55', 'E50', 'F0']);
    expect(s.rounding).toBe('truncate');
    expect(rs2565.calendar.submissionStart).toEqual({ month: 3, day: 1 });
    expect(rs2565.calendar.submissionEnd).toEqual({ month: 4, day: 30 });
    expect(rs2566.scoring.levels?.map((l) => l.level.th)).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']);
  });

  it('keeps the O36 disqualifiers incomplete-level and the O42 pasted-text one warning-level', () => {
    const o36 = rs2565.items.find((i) => i.id === 'O36')!;
    expect(o36.disqualifiers.map((d) => d.id)).toEqual(['no-risk', 'internal-control-forms']);
    expect(o36.disqualifiers.every((d) => (d.effect ?? 'incomplete') === 'incomplete')).toBe(true);
    expect(rs2565.items.find((i) => i.id === 'O42')!.disqualifiers[0].effect).toBe('warning');
  });
});

describe('rule-set JSON Schema', () => {
  it('is the committed file and equals a fresh export from the zod schema (npm run rules:schema)', () => {
    const committed = readFileSync(fileURLToPath(new URL('rule-set.schema.json', rulesDir)), 'utf8');
    expect(committed).toBe(ruleSetJsonSchemaText());
  });
});
