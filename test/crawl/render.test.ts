// JavaScript-built pages: read only when rendering is on; a missing browser is reported, not fatal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOrSkip } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';
import { LOOPBACK_ONLY_ARGS } from '../../checker/browser/resolve';
import { crawlSite } from '../../checker/crawl/crawl';
import { fetchDocument, fetchSnapshot } from '../../checker/crawl/snapshot';
import { closeHttpAgents } from '../../checker/fetch/http';
import { BrowserNotFoundError, PageRenderer } from '../../checker/render/renderer';

const { browser, skipReason } = browserOrSkip();
let srv: TestServer;
const SPA = `<!doctype html><html><head><title>อบต.</title></head><body><div id="root"></div>
<script>setTimeout(function(){document.getElementById('root').innerHTML='<h1>ข้อมูลผู้บริหาร</h1><ul><li>นายก อบต. <a href="/o2.html">ประวัติ</a></li></ul>';},50)</script></body></html>`;

beforeAll(async () => {
  srv = await startServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/spa') res.end(SPA);
    else res.end(`<title>หน้าปกติ</title><p>${'เนื้อหาที่เซิร์ฟเวอร์สร้าง '.repeat(30)}</p><a href="/spa">ผู้บริหาร</a>`);
  });
});
afterAll(async () => {
  await srv.close();
  await closeHttpAgents();
});

describe('rendering', () => {
  it('does not see JavaScript content with rendering off', async () => {
    const s = await fetchSnapshot(`${srv.url}/spa`, { render: 'never' });
    expect(s.rendered).toBeUndefined();
    expect(s.text).not.toContain('นายก อบต.');
  });

  it.skipIf(!browser)('renders a JavaScript shell in auto mode and reads its links', async () => {
    const renderer = new PageRenderer({ browserArgs: LOOPBACK_ONLY_ARGS, executablePath: browser?.executablePath });
    try {
      const s = await fetchSnapshot(`${srv.url}/spa`, { render: 'auto', renderer });
      expect(s.rendered).toBe(true);
      expect(s.textSource).toBe('dom');
      expect(s.text).toContain('นายก อบต.');
      expect(s.headings).toEqual(['ข้อมูลผู้บริหาร']);
      expect(s.links[0]).toMatchObject({ href: `${srv.url}/o2.html`, context: 'นายก อบต. ประวัติ' });
      const plain = await fetchSnapshot(`${srv.url}/`, { render: 'auto', renderer });
      expect(plain.rendered).toBeUndefined();
    } finally {
      await renderer.close();
    }
  });

  it.skipIf(!browser)('renders during a crawl with one shared browser', async () => {
    const r = await crawlSite({ startUrl: `${srv.url}/`, render: 'auto', delayMs: 0, browserArgs: LOOPBACK_ONLY_ARGS, maxPages: 10 });
    expect(r.stats.rendered).toBe(1);
    expect(r.snapshots.find((s) => s.url.endsWith('/spa'))?.text).toContain('นายก อบต.');
  });

  it('lists a page as render-unavailable when no browser exists, keeping the static text', async () => {
    const noBrowser = { render: async () => { throw new BrowserNotFoundError(['/nowhere']); }, close: async () => undefined } as unknown as PageRenderer;
    const o = await fetchDocument(`${srv.url}/spa`, { render: 'auto', renderer: noBrowser });
    expect(o.snapshot.error).toBe('render-unavailable');
    expect(o.snapshot.title).toBe('อบต.');
    expect(o.notChecked).toMatchObject({ reason: 'render-unavailable' });
  });
});

if (skipReason) it.skip(skipReason, () => undefined);
