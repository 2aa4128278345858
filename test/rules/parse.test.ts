import { describe, expect, it } from 'vitest';
import { parseRuleSet, RuleSetError } from '../../rules/parse';

describe('rule-set parsing', () => {
  it('names the file, the item and the field of a bad period kind', () => {
    const bad = 'id: ita-2565\nitems:\n  - id: O7\n    period: {kind: weekly, confidence: confirmed}\n';
    expect(() => parseRuleSet(bad, 'bad.yaml')).toThrow(RuleSetError);
    try {
      parseRuleSet(bad, 'bad.yaml');
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('bad.yaml');
      expect(msg).toContain('items[0] (O7).period.kind');
    }
  });
});
