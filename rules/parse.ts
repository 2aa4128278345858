// Turns rule-set text (YAML or JSON) into a validated RuleSet. Pure: runs in Node and in the extension.
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { RuleSet } from './schema';

export class RuleSetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid rule set\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RuleSetError';
  }
}

/** "items[12] (O13).period.kind" — names the item by its id, not only its index, so people can find it. */
function describePath(data: unknown, path: PropertyKey[]): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      const child = Array.isArray(node) ? node[key] : undefined;
      const id = child && typeof child === 'object' && 'id' in child ? String((child as { id: unknown }).id) : '';
      out += `[${key}]${id ? ` (${id})` : ''}`;
    } else out += (out ? '.' : '') + String(key);
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return out || '(top level)';
}

export function formatIssues(data: unknown, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${describePath(data, i.path)}: ${i.message}`);
}

export function parseRuleSet(text: string, file = 'rules'): RuleSet {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new RuleSetError(file, [`not valid YAML/JSON: ${(e as Error).message}`]);
  }
  return validateRuleSet(data, file);
}

export function validateRuleSet(data: unknown, file = 'rules'): RuleSet {
  const r = RuleSet.safeParse(data);
  if (!r.success) throw new RuleSetError(file, formatIssues(data, r.error.issues));
  return r.data;
}
