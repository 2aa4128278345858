// The rule sets the extension ships: the same YAML files as the CLI, bundled as text and validated at start.
import y2565 from '../../rules/ita-2565.yaml?raw';
import y2566 from '../../rules/ita-2566.yaml?raw';
import { parseRuleSet } from '../../rules/parse';
import type { RuleSet } from '../../rules/schema';

let cached: RuleSet[] | undefined;

/** Oldest first. */
export function bundledRuleSets(): RuleSet[] {
  cached ??= [parseRuleSet(y2565, 'rules/ita-2565.yaml'), parseRuleSet(y2566, 'rules/ita-2566.yaml')];
  return cached;
}

export function ruleSetById(id: string): RuleSet | undefined {
  return bundledRuleSets().find((r) => r.id === id);
}

export function knownYears(): number[] {
  return [...new Set(bundledRuleSets().flatMap((r) => r.years))].sort((a, b) => a - b);
}
