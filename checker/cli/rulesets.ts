// Rule sets for a run: the bundled ones plus a user's --rules file (which wins for its years).
import { existsSync } from 'node:fs';
import type { RuleSet } from '../../rules/schema';
import { loadBundledRuleSets, loadRuleSetFile } from '../../rules/registry';
import { chooseYear } from '../core';
import { UsageError } from './errors';

export async function loadRuleSets(rulesFile?: string): Promise<RuleSet[]> {
  const bundled = [...(await loadBundledRuleSets())];
  if (!rulesFile) return bundled;
  // The loader wraps read errors in its validation error; a missing file deserves the plain answer.
  if (!existsSync(rulesFile)) throw new UsageError({ th: `--rules ${rulesFile}: ไม่พบไฟล์`, en: `--rules ${rulesFile}: file not found` });
  try {
    const own = await loadRuleSetFile(rulesFile);
    return [...bundled, own];
  } catch (e) {
    const why = (e as Error).message;
    throw new UsageError({ th: `--rules ${rulesFile}: ไฟล์เกณฑ์ใช้ไม่ได้ (${why})`, en: `--rules ${rulesFile}: ${why}` });
  }
}

/**
 * An explicit --year must have a rule set: otherwise exit 2 before any request, with the core's own words for
 * it (chooseYear: the same answer the report and the extension give) and how to supply one.
 */
export function assertYearKnown(ruleSets: RuleSet[], year: number | undefined): void {
  if (year === undefined) return;
  const choice = chooseYear({ explicitYear: year, ruleSets, indexPages: [] });
  if (choice.judge) return;
  const why = choice.findings.find((f) => f.code === 'year.no-rules') ?? { th: `ไม่มีชุดเกณฑ์สำหรับ ITA ${year}`, en: `no rule set for ITA ${year}` };
  throw new UsageError({
    th: `--year ${year}: ${why.th}; ระบุไฟล์เกณฑ์ด้วย --rules file.yaml`,
    en: `--year ${year}: ${why.en}; give one with --rules file.yaml`,
  });
}
