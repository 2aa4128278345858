import { it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveSite } from '../../checker/demo/static-server';
import { createWorker } from '../../extension/lib/worker';
it('dbg', async () => {
  fakeBrowser.reset();
  const s = await serveSite('/work/main/test/fixtures/sites/wp-table');
  const r: any = await createWorker().handle({ type: 'oit:check', url: s.url + '/ita-2565/' });
  const exp = JSON.parse(require('fs').readFileSync('/work/main/test/fixtures/sites/wp-table/expected.json','utf8')).items;
  for (const i of r.record.verdict.items) if (i.status !== exp[i.id]) console.log(i.id, i.status, exp[i.id], JSON.stringify(i.messages.map((m: any) => m.en)), JSON.stringify(i.warnings.map((m: any) => m.en)), i.evidence.map((e:any)=>e.url));
  console.log('fetched', r.record.fetched, r.record.skipped.length);
  await s.close();
}, 120000);
