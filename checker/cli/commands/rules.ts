// `oit rules`: prints the OIT items of each bundled rule set, grouped by indicator → sub-indicator.
import type { Command } from 'commander';
import { KNOWN_YEARS, loadBundledRuleSets, ruleSetForYear } from '../../../rules/registry';
import type { RuleSet } from '../../../rules/schema';

type Lang = 'th' | 'en';

function usageError(message: string): never {
  console.error(message);
  process.exit(2);
}

function yearsLabel(rs: RuleSet): string {
  return rs.years.join(', ');
}

export function formatRuleSet(rs: RuleSet, lang: Lang): string {
  const prevYear = rs.previous?.replace('ita-', '');
  const lines: string[] = [];
  const count = rs.items.length;
  lines.push(
    lang === 'th'
      ? `ITA ${yearsLabel(rs)} (${rs.id}) — ${count} ข้อ`
      : `ITA ${yearsLabel(rs)} (${rs.id}) — ${count} items`,
  );
  lines.push(`  ${rs.title[lang]}`);
  for (const ind of rs.indicators) {
    lines.push('');
    lines.push(lang === 'th' ? `ตัวชี้วัดที่ ${ind.id} ${ind.name.th}` : `Indicator ${ind.id} ${ind.name.en}`);
    for (const sub of ind.subIndicators) {
      const items = rs.items.filter((it) => it.subIndicator === sub.id);
      lines.push(`  ${sub.id} ${sub.name[lang]} (${items.length})`);
      for (const it of items) {
        let from = '';
        if (prevYear) {
          const src = it.continues
            .map((c) => (it.continuesConfidence?.[c] === 'unconfirmed' ? `${c}?` : c))
            .join(' + ');
          from = src
            ? lang === 'th'
              ? `  [ปี ${prevYear}: ${src}]`
              : `  [${prevYear}: ${src}]`
            : lang === 'th'
              ? '  [ข้อใหม่]'
              : '  [new]';
        }
        lines.push(`    ${it.id.padEnd(4)} ${it.name[lang]}${from}`);
      }
    }
  }
  if (rs.dropped.length) {
    lines.push('');
    lines.push(lang === 'th' ? `ข้อของปี ${prevYear} ที่ไม่มีข้อสืบต่อ:` : `Items of ${prevYear} with no successor:`);
    for (const d of rs.dropped) lines.push(`    ${d.item.padEnd(4)} ${d.note[lang]}`);
  }
  return lines.join('\n');
}

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('List the OIT items of a rule set / แสดงรายการข้อ OIT ตามปีการประเมิน')
    .option('--year <year>', 'ITA year (BE), e.g. 2565 / ปีการประเมิน (พ.ศ.)')
    .option('--lang <lang>', 'th or en', 'th')
    .option('--json', 'print the validated rule set(s) as JSON')
    .action((opts: { year?: string; lang: string; json?: boolean }) => {
      const lang = opts.lang;
      if (lang !== 'th' && lang !== 'en') usageError(`--lang must be th or en / --lang ต้องเป็น th หรือ en (got "${lang}")`);
      let sets: RuleSet[];
      if (opts.year !== undefined) {
        const year = Number(opts.year);
        const rs = Number.isInteger(year) ? ruleSetForYear(year) : undefined;
        if (!rs)
          usageError(
            `ไม่มีเกณฑ์สำหรับปี ${opts.year}; ปีที่มีเกณฑ์: ${KNOWN_YEARS.join(', ')}\n` +
              `No rule set for year ${opts.year}; known years: ${KNOWN_YEARS.join(', ')}`,
          );
        sets = [rs];
      } else sets = loadBundledRuleSets();
      if (opts.json) {
        console.log(JSON.stringify(opts.year !== undefined ? sets[0] : sets, null, 2));
        return;
      }
      console.log(sets.map((rs) => formatRuleSet(rs, lang)).join('\n\n'));
    });
}
