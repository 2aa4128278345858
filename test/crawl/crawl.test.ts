// crawlSite against a real local Thai site: scope, robots, sitemap, ITA priority, off-site one hop, traps,
// budget, explicit URLs and resume.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../checker/crawl/crawl';
import type { CrawlResult } from '../../checker/crawl/types';
import { startThaiSite, testPrioritize, THAI_SLUG, type SiteFixture } from './site-fixture';

let site: SiteFixture;
let full: CrawlResult;
const tmp = mkdtempSync(join(tmpdir(), 'oit-crawl-'));

const base = { delayMs: 0, retries: 0, timeoutMs: 5_000, render: 'never' as const, prioritize: testPrioritize };
const paths = (r: CrawlResult, host = site.main.url) =>
  r.snapshots
    .map((s) => s.url)
    .filter((u) => u.startsWith(host))
    .map((u) => decodeURIComponent(u.slice(host.length)))
    .sort();

beforeAll(async () => {
  site = await startThaiSite();
  full = await crawlSite({ ...base, startUrl: site.main.url + '/', maxPages: 200 });
});

afterAll(async () => {
  await site.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('crawlSite', () => {
  it('fetches the site, its Thai-slug page, sitemap-only pages and ITA evidence', () => {
    const p = paths(full);
    for (const want of ['/', '/about', `/${THAI_SLUG}`, '/only-in-sitemap', '/menu/ita', '/o1', '/files/o1.pdf']) expect(p).toContain(want);
    const home = full.snapshots.find((s) => s.url === site.main.url + '/')!;
    expect(home.title).toBe('องค์การบริหารส่วนตำบลทดสอบ');
    expect(home.depth).toBe(0);
    expect(full.stats.pages).toBeGreaterThan(5);
    expect(full.stats.documents).toBeGreaterThanOrEqual(3);
  });

  it('keeps the index row as link context', () => {
    const index = full.snapshots.find((s) => s.url.endsWith('/menu/ita'))!;
    const o1 = index.links.find((l) => l.href.endsWith('/o1'))!;
    expect(o1.text).toBe('คลิก');
    expect(o1.context).toBe('O1 | โครงสร้าง | คลิก');
    expect(index.blocks).toContain('O3 | อำนาจหน้าที่ | –');
  });

  it('reports robots.txt disallowed URLs and never fetches them', () => {
    const nc = full.notChecked.find((n) => n.url.endsWith('/private/secret'));
    expect(nc?.reason).toBe('robots');
    expect(site.hits.get('/private/secret')).toBeUndefined();
    expect(full.findings.map((f) => f.code)).toContain('robots.disallowed');
  });

  it('follows off-site links one hop from ITA pages only', () => {
    const other = full.snapshots.filter((s) => s.url.startsWith(site.other.url.replace('127.0.0.1', 'localhost'))).map((s) => new URL(s.url).pathname).sort();
    expect(other).toEqual(['/drive/o1-extra.pdf', '/o2.pdf']);
    // The home page's external link and the sitemap's foreign URL are neither fetched nor listed.
    expect(site.hits.get('other/elsewhere')).toBeUndefined();
    expect(site.hits.get('other/not-ours')).toBeUndefined();
    expect(full.notChecked.some((n) => n.url.includes('/elsewhere'))).toBe(false);
  });

  it('caps a calendar that links to the next month forever', () => {
    const cal = paths(full).filter((p) => p.startsWith('/calendar/'));
    expect(cal.length).toBeGreaterThan(0);
    expect(cal.length).toBeLessThanOrEqual(24);
    expect(full.snapshots.length).toBeLessThan(60);
    expect(full.notChecked.some((n) => n.url.includes('/calendar/') && (n.reason === 'budget' || n.reason === 'depth'))).toBe(true);
  });

  it('spends a small budget on ITA evidence first', async () => {
    const r = await crawlSite({ ...base, startUrl: site.main.url + '/', maxPages: 6, perHostConcurrency: 1 });
    expect(r.snapshots.length).toBeLessThanOrEqual(6);
    const all = r.snapshots.map((s) => decodeURIComponent(new URL(s.url).pathname));
    for (const want of ['/', '/menu/ita', '/o1', '/o2.pdf']) expect(all).toContain(want);
    expect(r.notChecked.some((n) => n.reason === 'budget')).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('crawl.budget');
  });

  it('fetches exactly the explicit URLs', async () => {
    const r = await crawlSite({ ...base, startUrl: site.main.url + '/', explicitUrls: [`${site.main.url}/o1`, `${site.main.url}/about`, `${site.main.url}/private/secret`] });
    expect(paths(r)).toEqual(['/about', '/o1']);
    expect(r.notChecked.map((n) => n.reason)).toEqual(['robots']);
  });

  it('resumes an aborted crawl to the same snapshot set', async () => {
    const statePath = join(tmp, 'crawl-state');
    const ac = new AbortController();
    const opts = { ...base, startUrl: site.main.url + '/', maxPages: 200, perHostConcurrency: 1, statePath };
    const first = await crawlSite({
      ...opts,
      signal: ac.signal,
      onProgress: (p) => {
        if (p.fetched >= 5) ac.abort();
      },
    });
    expect(first.snapshots.length).toBeGreaterThan(0);
    expect(first.snapshots.length).toBeLessThan(full.snapshots.length);
    const homeHits = site.hits.get('/');
    const resumed = await crawlSite(opts);
    // Pages finished before the abort come from the state file, not from the server again.
    expect(site.hits.get('/')).toBe(homeHits);
    const reference = await crawlSite({ ...opts, statePath: undefined });
    const urls = (r: CrawlResult) => r.snapshots.map((s) => s.url).sort();
    expect(urls(resumed)).toEqual(urls(reference));
    expect(resumed.notChecked.map((n) => `${n.reason} ${n.url}`).sort()).toEqual(reference.notChecked.map((n) => `${n.reason} ${n.url}`).sort());
  });

  it('never fetches a page twice when another page links to it while it is being fetched', async () => {
    // "/" links to a slow page and a fast one; the fast one links back to the slow page while it is still loading.
    const hits = new Map<string, number>();
    const page = (links: string[]) => `<!doctype html><meta charset="utf-8"><title>หน้า</title><body>${links.map((l) => `<a href="${l}">${l}</a>`).join('')}</body>`;
    const server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      const send = (body: string, status = 200) => {
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
        res.end(body);
      };
      if (path === '/') return send(page(['/slow', '/fast']));
      if (path === '/fast') return send(page(['/slow', '/']));
      if (path === '/slow') return void setTimeout(() => send(page(['/'])), 400);
      send('', 404);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const r = await crawlSite({ ...base, prioritize: undefined, startUrl: url + '/', maxPages: 20, perHostConcurrency: 2 });
      expect(hits.get('/slow')).toBe(1);
      const urls = r.snapshots.map((x) => x.url);
      expect(new Set(urls).size).toBe(urls.length);
      expect(urls.sort()).toEqual([url + '/', url + '/fast', url + '/slow']);
    } finally {
      server.close();
    }
  });
});
