// Debug aid: `npx tsx test/unseen/run-site.ts <site>` prints each item's verdict and first message.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../checker/cli/pipeline';
import { serveSite } from '../../checker/demo/static-server';
import { loadBundledRuleSets } from '../../rules/registry';

process.env.OIT_LOOPBACK_ONLY = '1';
const name = process.argv[2] ?? 'cms-category';
const site = await serveSite(join(import.meta.dirname, 'sites', name));
try {
  const { report, verdict, crawl } = await runCheck({ url: `${site.url}/`, ruleSets: loadBundledRuleSets(), outDir: mkdtempSync(join(tmpdir(), 'oit-unseen-')), formats: ['json'], render: 'never', delayMs: 0, concurrency: 4 });
  console.log('year', report.ruleSet.year, 'chosen', report.discovery.chosen.map((c) => decodeURI(c.url)));
  console.log('mismatches', JSON.stringify(verdict.discovery?.mismatches ?? (report as any).discovery?.mismatches));
  for (const i of report.items) console.log(i.id.padEnd(4), i.status.padEnd(13), (i.evidence[0]?.url ? decodeURI(i.evidence[0].url).replace(site.url, '') : '-').padEnd(50), '|', i.messages.slice(0, 2).map((m) => m.en).join(' // ').slice(0, 260));
  const { extractPeriods } = await import('../../checker/core/dates');
  for (const u of (process.env.DEBUG_PATHS ?? '').split(',').filter(Boolean)) {
    const snap = crawl.snapshots.find((x) => decodeURI(new URL(x.url).pathname) === u);
    console.log('---', u, snap?.kind, JSON.stringify(snap?.text.slice(0, 1500)));
    for (const p of extractPeriods(snap?.text ?? '')) console.log('   ', p.role, p.kind, JSON.stringify(p.from), JSON.stringify(p.to), p.text);
  }
  console.log('notChecked', report.pages.notChecked.map((n) => `${decodeURI(n.url)} ${n.reason}`));
} finally {
  await site.close();
}
