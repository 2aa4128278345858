import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../checker/cli/pipeline';
import { serveSite } from '../../checker/demo/static-server';
import { loadBundledRuleSets } from '../../rules/registry';
process.env.OIT_LOOPBACK_ONLY = '1';
const site = await serveSite('/work/main/test/unseen/sites/' + process.argv[2]);
const { verdict } = await runCheck({ url: `${site.url}/`, ruleSets: loadBundledRuleSets(), outDir: mkdtempSync(join(tmpdir(), 'x')), formats: ['json'], render: 'never', delayMs: 0, concurrency: 4 });
for (const id of process.argv.slice(3)) {
  const it = verdict.items.find((i) => i.id === id)!;
  console.log(id, it.status);
  for (const c of it.candidates) console.log('  cand', decodeURI(c.url).replace(site.url, ''), c.via, c.confidence.toFixed(2), c.from ? decodeURI(c.from).replace(site.url, '') : '', c.indexYear ?? '', c.reason.slice(0, 100));
  for (const m of it.messages) console.log('  msg', m.code, m.en.slice(0, 200));
}
await site.close();
