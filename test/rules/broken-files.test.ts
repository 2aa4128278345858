// Broken rule files are rejected with a message naming the file, the item and the field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetError } from '../../rules/parse';
import { loadRuleSetFile } from '../../rules/registry';

const real = readFileSync(new URL('../../rules/ita-2565.yaml', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'oit-rules-'));

function problemsOf(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    loadRuleSetFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(RuleSetError);
    const msg = (e as Error).message;
    expect(msg).toContain(file);
    return msg;
  }
  throw new Error(`${name} was accepted`);
}

/** Replaces exactly one occurrence, so a test never passes because its edit silently missed. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" not found`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('broken rule files', () => {
  it('accepts the real file unchanged (the edits below are what breaks it)', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, real);
    expect(loadRuleSetFile(file).items).toHaveLength(43);
  });

  it('rejects a missing field', () => {
    const text = edit(real, '    semanticId: admin.work-manual\n', '');
    expect(problemsOf('missing.yaml', text)).toMatch(/items\[12\] \(O13\)\.semanticId: .*expected string/i);
  });

  it('rejects an unknown period kind', () => {
    const text = edit(real, '    period: { kind: fyFirstHalf, confidence: adjacent-year, sourceYear: 2567 }\n    dependsOn:\n      # §5: same-year pair.',
      '    period: { kind: quarterly, confidence: adjacent-year, sourceYear: 2567 }\n    dependsOn:\n      # §5: same-year pair.');
    expect(problemsOf('kind.yaml', text)).toContain('items[10] (O11).period.kind');
  });

  it('rejects a duplicate item id', () => {
    const text = edit(real, '  - id: O14\n', '  - id: O13\n');
    const msg = problemsOf('dup.yaml', text);
    expect(msg).toContain('items[13] (O13).id');
    expect(msg).toContain('duplicate item id O13');
  });

  it('rejects a dependency on an unknown item', () => {
    const text = edit(real, '{ item: O42, strength: strict, confidence: confirmed }', '{ item: O44, strength: strict, confidence: confirmed }');
    const msg = problemsOf('dep.yaml', text);
    expect(msg).toContain('items[42] (O43).dependsOn[0].item');
    expect(msg).toContain('depends on unknown item O44');
  });

  it('rejects an element confidence outside the vocabulary and an unknown field', () => {
    const text = edit(edit(real, '        required: true\n        confidence: confirmed\n      - id: complainant-safety',
      '        required: true\n        confidence: likely\n      - id: complainant-safety'),
      '    fix:\n      th: เผยแพร่แผนผังโครงสร้าง', '    colour: red\n    fix:\n      th: เผยแพร่แผนผังโครงสร้าง');
    const msg = problemsOf('conf.yaml', text);
    expect(msg).toContain('items[28] (O29).elements[0] (guideline).confidence');
    expect(msg).toMatch(/items\[0\] \(O1\): Unrecognized key: "colour"/);
  });

  it('rejects malformed YAML, naming the line', () => {
    const text = edit(real, '  - id: O7\n', '  - id: [O7\n');
    expect(problemsOf('syntax.yaml', text)).toMatch(/not valid YAML\/JSON: .*line \d+/s);
  });

  it('names the file it cannot read', () => {
    expect(() => loadRuleSetFile(join(dir, 'absent.yaml'))).toThrow(/absent\.yaml.*cannot read/s);
  });
});
