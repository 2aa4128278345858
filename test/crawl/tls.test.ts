// A self-signed certificate is a finding and the URL is not checked, unless `insecure` lets it through.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../checker/crawl/crawl';
import { fetchSnapshot } from '../../checker/crawl/snapshot';
import { closeHttpAgents } from '../../checker/fetch/http';

const dir = mkdtempSync(join(tmpdir(), 'oit-tls-'));
let server: Server;
let url = '';

beforeAll(async () => {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>หน่วยงาน</title><p>ข้อมูลพื้นฐาน</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await closeHttpAgents();
  rmSync(dir, { recursive: true, force: true });
});

describe('TLS', () => {
  it('turns a self-signed certificate into tls:<code>', async () => {
    const s = await fetchSnapshot(url, { render: 'never', retries: 0 });
    expect(s.status).toBe(0);
    expect(s.error).toMatch(/^tls:(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/);
  });

  it('reports the URL not checked with a finding during a crawl', async () => {
    const r = await crawlSite({ startUrl: url, render: 'never', delayMs: 0, retries: 0 });
    expect(r.notChecked).toEqual([expect.objectContaining({ url, reason: 'tls' })]);
    const f = r.findings.find((x) => x.code.startsWith('tls:'));
    expect(f?.severity).toBe('error');
    expect(f?.th).toContain('ใบรับรอง');
  });

  it('lets the page through with insecure: true', async () => {
    const s = await fetchSnapshot(url, { render: 'never', insecure: true });
    expect(s.status).toBe(200);
    expect(s.text).toContain('ข้อมูลพื้นฐาน');
  });
});
