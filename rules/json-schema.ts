// The JSON Schema of a rule set, generated from the zod schema (the single source of truth).
import { z } from 'zod';
import { RuleSet } from './schema';

/** Input side: fields with defaults are optional, as they are for people writing YAML. */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RuleSet, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://oit-checker.local/rules/rule-set.schema.json',
    title: 'OIT rule set (ITA year)',
  };
}

export function ruleSetJsonSchemaText(): string {
  return `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`;
}
