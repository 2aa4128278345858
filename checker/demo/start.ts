// `npm start`: serve the demo agency site on 127.0.0.1, check it with exactly the code path of `oit check`,
// print the summary and where report.html is, then stop the server. Needs no browser and no network.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheckCommand } from '../cli/commands/check';
import { handleCommandError } from '../cli/commands/errors';
import { serveSite } from './static-server';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, 'site');
const out = resolve(process.cwd(), 'oit-report');

// The demo never leaves the machine, also if a page makes the checker start Chromium.
process.env.OIT_LOOPBACK_ONLY ??= '1';

const site = await serveSite(root);
let code = 0;
try {
  console.log(`เว็บไซต์ตัวอย่าง / demo site: ${site.url}/`);
  code = await runCheckCommand(`${site.url}/`, {
    out,
    format: 'json,html,csv,junit',
    render: 'auto',
    maxPages: '300',
    // The demo server is ours and local: no politeness pause needed.
    delay: '0',
    concurrency: '4',
  });
  console.log(`\nเปิดรายงาน / open the report: ${join(out, 'report.html')}`);
} catch (e) {
  code = handleCommandError(e, 'start');
} finally {
  await site.close();
}
// The demo shows what the checker finds; what it finds is no failure of `npm start`.
process.exit(code === 0 || code === 1 ? 0 : code);
