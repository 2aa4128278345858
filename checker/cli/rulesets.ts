// Rule sets for a run: the bundled ones plus a user's --rules file (which wins for its years).
import type { RuleSet } from '../../rules/schema';
import { loadBundledRuleSets, loadRuleSetFile } from '../../rules/registry';
import { UsageError } from './errors';

export async function loadRuleSets(rulesFile?: string): Promise<RuleSet[]> {
  const bundled = [...(await loadBundledRuleSets())];
  if (!rulesFile) return bundled;
  try {
    const own = await loadRuleSetFile(rulesFile);
    return [...bundled, own];
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`--rules ${rulesFile}: ${err.code === 'ENOENT' ? 'file not found' : err.message}`);
  }
}

export function knownYears(ruleSets: RuleSet[]): number[] {
  return [...new Set(ruleSets.flatMap((r) => r.years))].sort((a, b) => a - b);
}

/** An explicit --year must have a rule set: otherwise exit 2 naming the years that do. */
export function assertYearKnown(ruleSets: RuleSet[], year: number | undefined): void {
  if (year === undefined) return;
  if (!ruleSets.some((r) => r.years.includes(year)))
    throw new UsageError(`--year ${year}: no rule set for ITA ${year} (known: ${knownYears(ruleSets).join(', ') || 'none'}); give one with --rules file.yaml`);
}
