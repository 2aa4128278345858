// Node edge: the rule sets shipped beside this file, and user rule files read from disk.
// (The pure core and the extension parse rule text with rules/parse.ts instead.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRuleSet, RuleSetError } from './parse';
import type { RuleSet } from './schema';

/** Literal URLs so bundlers can see and copy the files. */
const BUNDLED: readonly URL[] = [new URL('./ita-2565.yaml', import.meta.url), new URL('./ita-2566.yaml', import.meta.url)];

/** Reads and validates one rule file; errors name the file, the item and the field. */
export function loadRuleSetFile(path: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RuleSetError(path, [`cannot read the file: ${(e as Error).message}`]);
  }
  return parseRuleSet(text, path);
}

let cache: RuleSet[] | undefined;

/** The bundled rule sets, oldest first. Throws if two of them claim the same ITA year. */
export function loadBundledRuleSets(): RuleSet[] {
  if (cache) return cache;
  const sets = BUNDLED.map((u) => loadRuleSetFile(fileURLToPath(u)));
  const owner = new Map<number, string>();
  for (const rs of sets)
    for (const y of rs.years) {
      const other = owner.get(y);
      if (other) throw new RuleSetError(rs.id, [`year ${y} is served by both ${other} and ${rs.id}`]);
      owner.set(y, rs.id);
    }
  cache = sets.sort((a, b) => Math.min(...a.years) - Math.min(...b.years));
  return cache;
}

/** The bundled rule set serving an ITA year (BE), if any. */
export function ruleSetForYear(year: number): RuleSet | undefined {
  return loadBundledRuleSets().find((rs) => rs.years.includes(year));
}

/** Every ITA year (BE) a bundled rule set serves, ascending. */
export const KNOWN_YEARS: readonly number[] = Object.freeze(
  loadBundledRuleSets()
    .flatMap((rs) => rs.years)
    .sort((a, b) => a - b),
);
