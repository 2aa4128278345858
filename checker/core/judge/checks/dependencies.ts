// Cross-item dependencies (ita-oit.md §5): a missing basis makes a strict dependent needs-review (only when
// it would otherwise pass); a defective basis adds a warning and the dependent is judged on its own content;
// titles of the basis's projects or measures should reappear in the dependent.
import { fuzzyFind } from '../../text/index';
import type { JudgeContext, JudgeDoc } from '../context';
import { msg, outcome, pass, STATUS_TH, type Outcome } from '../outcome';
import { basisTitles } from '../basis-titles';

export function checkDependencies(ctx: JudgeContext, wouldPass: boolean, doc?: JudgeDoc): Outcome {
  const messages = [];
  const warnings = [];
  let status: Outcome['status'] = 'pass';
  for (const dep of ctx.rule.dependsOn) {
    const basis = ctx.input.basis.find((b) => b.verdict.id === dep.item);
    if (!basis) continue;
    const v = basis.verdict;
    if (v.status === 'missing') {
      const m = msg(
        'dependency.basis-missing',
        dep.strength === 'strict' && wouldPass ? 'error' : 'warning',
        `ไม่พบ ${v.id} (${v.name.th}) จึงยืนยันไม่ได้ว่า ${ctx.rule.id} เป็นไปตาม ${v.id}`,
        `${v.id} not found; cannot verify that ${ctx.rule.id} follows ${v.id} (${v.name.en})`,
      );
      if (dep.strength === 'strict' && wouldPass) {
        status = 'needs-review';
        messages.push(m);
      } else warnings.push(m);
      continue;
    }
    if (v.status !== 'pass')
      warnings.push(
        msg(
          'dependency.basis-defective',
          'warning',
          `${v.id} ที่เป็นฐานของข้อนี้มีสถานะ "${STATUS_TH[v.status]}" ข้อนี้ตัดสินจากเนื้อหาของตนเอง แต่ควรแก้ ${v.id} ด้วย`,
          `${v.id}, which this item follows, is ${v.status}; this item is judged on its own content, but fix ${v.id} too`,
        ),
      );
    // O43 cross-checks measures in its own special check.
    if (dep.strength !== 'strict' || !doc || ctx.rule.specialChecks.includes('measures-implementation')) continue;
    const titles = basisTitles(basis.snapshots);
    if (titles.length < 2) continue;
    const found = titles.filter((t) => fuzzyFind(doc.prepared, t, { threshold: 0.75 }));
    if (!found.length)
      warnings.push(
        msg(
          'dependency.no-overlap',
          'warning',
          `ไม่พบชื่อโครงการ/กิจกรรมของ ${v.id} ในเอกสารนี้ (เช่น "${titles[0]}") ตรวจว่ารายงานติดตามโครงการตาม ${v.id}`,
          `none of the ${v.id} project titles (e.g. "${titles[0]}") appear here; check that the report follows the ${v.id} projects`,
        ),
      );
  }
  return status === 'pass' ? pass('dependency', { warnings }) : outcome('dependency', status, { messages, warnings });
}
