// HTTP edge against real local servers: redirects, loops, Retry-After, byte cap, dripping server, charsets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { closeHttpAgents, httpGet } from '../../checker/fetch/http';
import { fetchSnapshot } from '../../checker/crawl/snapshot';
import { DEFAULT_USER_AGENT } from '../../checker/fetch/user-agent';

const THAI = 'รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๕';
const tis620 = (s: string) => Buffer.from([...s].map((c) => { const cp = c.codePointAt(0)!; return cp >= 0x0e01 && cp <= 0x0e5b ? cp - 0x0e00 + 0xa0 : cp; }));

let srv: TestServer;
let hits429 = 0;
let seenUa = '';
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  srv = await startServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/ua') {
      seenUa = String(req.headers['user-agent']);
      res.end('ok');
    } else if (url === '/r1') {
      res.writeHead(301, { location: '/r2' }).end();
    } else if (url === '/r2') {
      res.writeHead(302, { location: `${srv.url}/final` }).end();
    } else if (url === '/final') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<title>${THAI}</title><p>${THAI}</p>`);
    } else if (url === '/loop-a') {
      res.writeHead(302, { location: '/loop-b' }).end();
    } else if (url === '/loop-b') {
      res.writeHead(302, { location: '/loop-a' }).end();
    } else if (url === '/busy') {
      hits429++;
      if (hits429 === 1) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('finally');
    } else if (url === '/endless') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = () => {
        while (res.write(chunk)) { /* fill */ }
      };
      res.on('drain', pump);
      res.on('error', () => undefined);
      pump();
    } else if (url === '/drip') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write('.'), 100);
      timers.add(t);
      res.on('close', () => clearInterval(t));
    } else if (url === '/tis-nohdr') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.concat([Buffer.from('<html><head><title>'), tis620(THAI), Buffer.from('</title></head><body><p>'), tis620(THAI), Buffer.from('</p></body></html>')]));
    } else if (url === '/tis-wrong') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(Buffer.concat([Buffer.from('<html><body><p>'), tis620(THAI), Buffer.from('</p><p>'), tis620('องค์การบริหารส่วนตำบล ข้อมูลพื้นฐาน'), Buffer.from('</p></body></html>')]));
    } else if (url === '/tis-meta') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620"></head><body><p>'), tis620(THAI), Buffer.from('</p></body></html>')]));
    } else if (url === '/latin1-wrong') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.concat([Buffer.from('<html><body><p>'), tis620(THAI + ' ' + THAI), Buffer.from('</p></body></html>')]));
    } else if (url === '/err500') {
      res.writeHead(500).end('boom');
    } else {
      res.writeHead(404).end('not found');
    }
  });
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await srv.close();
  await closeHttpAgents();
});

describe('httpGet', () => {
  it('sends the truthful User-Agent', async () => {
    await httpGet(`${srv.url}/ua`);
    expect(seenUa).toBe(DEFAULT_USER_AGENT);
    expect(seenUa).toMatch(/^oit-checker\/\d+\.\d+\.\d+ \(\+/);
  });

  it('follows relative and absolute redirects and records the chain', async () => {
    const r = await httpGet(`${srv.url}/r1`);
    expect(r.status).toBe(200);
    expect(r.finalUrl).toBe(`${srv.url}/final`);
    expect(r.chain).toEqual([`${srv.url}/r1`, `${srv.url}/r2`, `${srv.url}/final`]);
  });

  it('stops a redirect loop', async () => {
    const r = await httpGet(`${srv.url}/loop-a`);
    expect(r.error).toBe('redirect-loop');
    expect(r.chain.length).toBeGreaterThanOrEqual(3);
  });

  it('honours Retry-After on 429, then succeeds', async () => {
    const r = await httpGet(`${srv.url}/busy`, { retries: 2, retryBaseMs: 10 });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe('finally');
    expect(hits429).toBe(2);
    expect(r.waited).toEqual([1000]);
  });

  it('clamps a long Retry-After', async () => {
    const logs: string[] = [];
    hits429 = 0;
    const r = await httpGet(`${srv.url}/busy`, { retries: 1, maxRetryAfterMs: 50, log: (m) => logs.push(m) });
    expect(r.status).toBe(200);
    expect(r.waited).toEqual([50]);
    expect(logs.join('\n')).toMatch(/clamped/);
  });

  it('retries a 500 and reports it when it persists', async () => {
    const r = await httpGet(`${srv.url}/err500`, { retries: 1, retryBaseMs: 10 });
    expect(r.status).toBe(500);
    expect(r.error).toBeUndefined();
  });

  it('aborts an endless stream at the byte cap', async () => {
    const r = await httpGet(`${srv.url}/endless`, { maxBytes: 1024 * 1024 });
    expect(r.error).toBe('too-large');
    expect(r.status).toBe(200);
    expect(r.body.length).toBe(0);
  });

  it('times out a dripping server', async () => {
    const r = await httpGet(`${srv.url}/drip`, { timeoutMs: 400, retries: 0 });
    expect(r.error).toBe('timeout');
  });

  it('reports a refused connection', async () => {
    const dead = await startServer((_q, s) => s.end());
    const url = dead.url;
    await dead.close();
    const r = await httpGet(url, { retries: 0 });
    expect(r.status).toBe(0);
    expect(r.error).toBe('ECONNREFUSED');
  });
});

describe('charset decoding via fetchSnapshot', () => {
  it('reads TIS-620 without any charset label', async () => {
    const s = await fetchSnapshot(`${srv.url}/tis-nohdr`, { render: 'never' });
    expect(s.kind).toBe('html');
    expect(s.title).toBe(THAI);
    expect(s.text).toContain(THAI);
  });

  it('reads TIS-620 declared as UTF-8', async () => {
    const s = await fetchSnapshot(`${srv.url}/tis-wrong`, { render: 'never' });
    expect(s.text).toContain(THAI);
    expect(s.text).toContain('องค์การบริหารส่วนตำบล');
    expect(s.text).not.toContain('\uFFFD');
  });

  it('reads TIS-620 declared in http-equiv', async () => {
    const s = await fetchSnapshot(`${srv.url}/tis-meta`, { render: 'never' });
    expect(s.text).toContain(THAI);
  });

  it('reads TIS-620 declared as ISO-8859-1', async () => {
    const s = await fetchSnapshot(`${srv.url}/latin1-wrong`, { render: 'never' });
    expect(s.text).toContain(THAI);
  });

  it('keeps the error of a failed fetch in the snapshot', async () => {
    const s = await fetchSnapshot(`${srv.url}/loop-a`, { render: 'never' });
    expect(s.status).toBe(302);
    expect(s.error).toBe('redirect-loop');
    expect(s.text).toBe('');
  });
});
