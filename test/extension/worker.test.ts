// The worker's message handlers over a real local agency site (127.0.0.1) with the real core: the check is
// stored per site, the session cap leaves items needs-review (never silently missing), a second visit uses
// the cache, and nothing runs on a site the user did not turn on.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startServer, type TestServer } from '../helpers/server';
import { createWorker } from '../../extension/lib/worker';
import { fetchSnapshot } from '../../extension/lib/fetch-snapshot';
import { getRecord, getSnapshots } from '../../extension/lib/store';
import type { SiteRecord } from '../../extension/lib/store';

const ROWS: Array<[string, string, string]> = [
  ['O1', 'โครงสร้าง', '<h1>โครงสร้างหน่วยงาน</h1><p>แผนผังโครงสร้างการแบ่งส่วนราชการ สำนักปลัด กองคลัง กองช่าง</p>'],
  ['O2', 'ข้อมูลผู้บริหาร', '<h1>ข้อมูลผู้บริหาร</h1><p>นายสมชาย ใจดี ตำแหน่ง นายกเทศมนตรี โทรศัพท์ 042-000-000</p>'],
  ['O3', 'อำนาจหน้าที่', '<h1>อำนาจหน้าที่</h1><p>อำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496</p>'],
  ['O5', 'ข้อมูลการติดต่อ', '<h1>ข้อมูลการติดต่อ</h1><p>ที่อยู่ 99 หมู่ 1 โทรศัพท์ 042-000-000 โทรสาร 042-000-001 อีเมล saraban@example.go.th</p>'],
  ['O12', 'รายงานผลการดำเนินงานประจำปี', '<h1>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2562</h1><p>ผลการดำเนินงานโครงการ ปัญหาอุปสรรค ข้อเสนอแนะ ปีงบประมาณ 2562</p>'],
  ['O13', 'คู่มือหรือมาตรฐานการปฏิบัติงาน', '<h1>คู่มือการปฏิบัติงาน</h1><p>ขั้นตอนการปฏิบัติงาน ระยะเวลา ผู้รับผิดชอบ</p>'],
];

function site(): (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void {
  const index = `<!doctype html><html><head><meta charset="utf-8"><title>ITA 2565 การประเมินคุณธรรมและความโปร่งใส</title></head><body>
    <h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2565</h1><table>
    ${ROWS.map(([id, name]) => `<tr><td>${id}</td><td>${name}</td><td><a href="/ita/${id.toLowerCase()}.html">คลิก</a></td></tr>`).join('\n')}
    <tr><td>O9</td><td>Social Network</td><td><a href="/ita/o9-gone.html">คลิก</a></td></tr>
    </table></body></html>`;
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.push(path);
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/') return send(200, '<html><head><title>เทศบาลตำบลตัวอย่าง</title></head><body><a href="/ita/index.html">ITA 2565</a></body></html>');
    if (path === '/ita/index.html') return send(200, index);
    const row = ROWS.find(([id]) => path === `/ita/${id.toLowerCase()}.html`);
    if (row) return send(200, `<html><head><title>${row[1]}</title></head><body>${row[2]}</body></html>`);
    send(404, 'not found');
  };
}

let server: TestServer;
let hits: string[] = [];
beforeAll(async () => {
  server = await startServer(site());
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  hits = [];
});

type CheckAnswer = { ok: true; record: SiteRecord } | { ok: false; error: string };

describe('worker message handlers', () => {
  it('checks a loopback site from its ITA page, stores the result per site and badges what the page links', async () => {
    const w = createWorker();
    const res = (await w.handle({ type: 'oit:check', url: `${server.url}/ita/index.html` })) as CheckAnswer;
    expect(res.ok).toBe(true);
    const rec = (res as { record: SiteRecord }).record;
    expect(rec.site).toBe(server.url);
    expect(rec.verdict.items).toHaveLength(43);
    expect(rec.indexUrl).toBe(`${server.url}/ita/index.html`);
    const byId = Object.fromEntries(rec.verdict.items.map((i) => [i.id, i.status]));
    // The dead link is the agency's own host answering 404: broken, as the CLI says.
    expect(byId.O9).toBe('broken');
    // A 2562 annual report where ITA 2565 asks for FY2564.
    expect(byId.O12).toBe('outdated');
    // Items with no row at all.
    expect(byId.O42).toBe('missing');
    expect(await getRecord(server.url)).toMatchObject({ site: server.url, year: rec.year, fetched: rec.fetched });
    expect(rec.fetched).toBeGreaterThanOrEqual(ROWS.length + 1);
    expect(hits.filter((h) => h === '/ita/o1.html')).toHaveLength(1);
    // Snapshots are cached with their time.
    const cached = await getSnapshots(server.url);
    expect(cached[`${server.url}/ita/o1.html`].fetchedAt).toMatch(/^\d{4}-/);

    // A second visit uses the cache: no request reaches the site.
    hits = [];
    const again = (await w.handle({ type: 'oit:check', url: `${server.url}/ita/index.html` })) as CheckAnswer;
    expect(again.ok && again.record.fetched).toBe(0);
    expect(hits).toEqual([]);
    // "Check again" ignores the cache.
    const forced = (await w.handle({ type: 'oit:check', url: `${server.url}/ita/index.html`, force: true })) as CheckAnswer;
    expect(forced.ok && forced.record.fetched).toBeGreaterThan(0);
    expect((await w.handle({ type: 'oit:get', url: `${server.url}/anything` })) as { record: SiteRecord }).toMatchObject({ record: { site: server.url } });
  });

  it('finds the ITA page from the home page when started elsewhere (the side panel on any page of the site)', async () => {
    const res = (await createWorker().handle({ type: 'oit:check', url: `${server.url}/` })) as CheckAnswer;
    expect(res.ok).toBe(true);
    const rec = (res as { record: SiteRecord }).record;
    expect(rec.indexUrl).toBe(`${server.url}/ita/index.html`);
    expect(rec.verdict.items.find((i) => i.id === 'O12')?.status).toBe('outdated');
  });

  it('stops at the session cap and says which items could not be verified (needs-review, not missing)', async () => {
    const w = createWorker({ sessionCap: 3 });
    const res = (await w.handle({ type: 'oit:check', url: `${server.url}/ita/index.html` })) as CheckAnswer;
    expect(res.ok).toBe(true);
    const rec = (res as { record: SiteRecord }).record;
    expect(rec.fetched).toBe(3);
    expect(hits.length).toBe(3);
    expect(rec.skipped.length).toBeGreaterThan(0);
    const unverified = rec.verdict.items.filter((i) => i.messages.some((m) => m.code === 'extension.session-cap'));
    expect(unverified.length).toBeGreaterThan(0);
    for (const it of unverified) expect(it.status).toBe('needs-review');
    // The cap holds for the rest of the session.
    const again = (await createWorker({ sessionCap: 3 }).handle({ type: 'oit:check', url: `${server.url}/ita/index.html`, force: true })) as CheckAnswer;
    expect(again.ok && again.record.fetched).toBe(0);
  });

  it('does nothing on a site the user has not turned on, and works once the permission is granted', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const w = createWorker({ fetchSnapshot: (u) => fetchSnapshot(u.replace('http://agency.example', server.url)) });
    expect(await w.handle({ type: 'oit:allowed', url: 'http://agency.example/ita/index.html' })).toEqual({ ok: true, allowed: false });
    expect(await w.handle({ type: 'oit:check', url: 'http://agency.example/ita/index.html' })).toEqual({ ok: false, error: 'site-not-enabled' });
    expect(hits).toEqual([]);
    expect(contains).toHaveBeenCalledWith({ origins: ['http://agency.example/*'] });
    contains.mockResolvedValue(true);
    expect(await w.handle({ type: 'oit:allowed', url: 'http://agency.example/ita/index.html' })).toEqual({ ok: true, allowed: true });
    const res = (await w.handle({ type: 'oit:check', url: 'http://agency.example/ita/index.html' })) as CheckAnswer;
    expect(res.ok).toBe(true);
    expect(hits).toContain('/ita/index.html');
  });

  it('joins a check already running for the same site instead of starting a second one', async () => {
    const w = createWorker();
    const [a, b] = await Promise.all([
      w.handle({ type: 'oit:check', url: `${server.url}/ita/index.html` }),
      w.handle({ type: 'oit:check', url: `${server.url}/ita/o1.html` }),
    ]);
    expect((a as { record: SiteRecord }).record).toBe((b as { record: SiteRecord }).record);
    expect(hits.filter((h) => h === '/ita/index.html')).toHaveLength(1);
  });
});
