// Politeness and memory of the extension: at most N requests at once, a per-site session cap that survives a
// worker restart (session storage), per-site results, and cached snapshots with their fetch time.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLimiter, SessionBudget } from '../../extension/lib/queue';
import {
  addEnabledSite,
  getEnabledSites,
  getRecord,
  getSnapshots,
  isFresh,
  MAX_STORED_TEXT,
  putSnapshots,
  sessionCounts,
  setRecord,
  SNAPSHOT_TTL_MS,
  type SiteRecord,
} from '../../extension/lib/store';
import { isBuiltInSite, originPattern, siteKey } from '../../extension/lib/sites';
import { shouldCheck } from '../../extension/lib/freshness';

beforeEach(() => fakeBrowser.reset());

function snap(url: string, text = 'ข้อความ', fetchedAt = new Date().toISOString()) {
  return { url, finalUrl: url, status: 200, kind: 'html' as const, title: '', headings: [], text, blocks: [], links: [], fetchedAt };
}

function record(site: string, checkedAt: string, over: Partial<SiteRecord> = {}): SiteRecord {
  return {
    site,
    homeUrl: `${site}/`,
    checkedAt,
    year: 2565,
    ruleSetId: 'ita-2565',
    verdict: { ruleSetId: 'ita-2565', year: 2565, yearReason: { th: 'x', en: 'x' }, discovery: { indexPages: [], chosen: [], yearsSeen: [], candidates: {}, listedWithoutLink: [], mismatches: [] }, items: [], score: { oit: 0, range: { min: 0, max: 0 }, indicators: {}, subIndicators: {}, itaShare: { min: 0, max: 0 } }, findings: [] },
    fetched: 1,
    skipped: [],
    unread: [],
    source: 'live',
    ...over,
  };
}

describe('createLimiter', () => {
  it('never runs more tasks at once than its concurrency, and runs them all', async () => {
    const limiter = createLimiter(2);
    let active = 0;
    let peak = 0;
    const release: Array<() => void> = [];
    const tasks = Array.from({ length: 7 }, (_, i) =>
      limiter.run(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise<void>((r) => release.push(r));
        active--;
        return i;
      }),
    );
    // Release tasks one by one as they start; the queue must keep at most two in flight.
    while (release.length || limiter.pending || limiter.active) {
      await new Promise((r) => setTimeout(r, 0));
      expect(limiter.active).toBeLessThanOrEqual(2);
      release.shift()?.();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(peak).toBe(2);
  });

  it('keeps going after a task fails', async () => {
    const limiter = createLimiter(1);
    const a = limiter.run(async () => {
      throw new Error('boom');
    });
    const b = limiter.run(async () => 'ok');
    await expect(a).rejects.toThrow('boom');
    expect(await b).toBe('ok');
  });
});

describe('SessionBudget', () => {
  it('caps requests per site, counts concurrent takes exactly, and keeps sites apart', async () => {
    const budget = new SessionBudget(5, sessionCounts);
    const results = await Promise.all(Array.from({ length: 8 }, () => budget.take('http://a.go.th')));
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await budget.take('http://a.go.th')).toBe(false);
    expect(await budget.take('http://b.go.th')).toBe(true);
    expect(await budget.remaining('http://b.go.th')).toBe(4);
  });

  it('survives a worker restart: the count lives in session storage, not in memory', async () => {
    await new SessionBudget(3, sessionCounts).take('http://a.go.th');
    await new SessionBudget(3, sessionCounts).take('http://a.go.th');
    const fresh = new SessionBudget(3, sessionCounts);
    expect(await fresh.used('http://a.go.th')).toBe(2);
    expect(await fresh.take('http://a.go.th')).toBe(true);
    expect(await fresh.take('http://a.go.th')).toBe(false);
    expect(await fakeBrowser.storage.session.get(null)).not.toEqual({});
  });
});

describe('per-site storage', () => {
  it('stores one result per site (port included) and reads back the right one', async () => {
    await setRecord(record('http://127.0.0.1:4001', '2026-01-01T00:00:00.000Z'));
    await setRecord(record('http://127.0.0.1:4002', '2026-02-01T00:00:00.000Z', { year: 2566 }));
    expect((await getRecord('http://127.0.0.1:4001'))?.year).toBe(2565);
    expect((await getRecord('http://127.0.0.1:4002'))?.year).toBe(2566);
    expect(await getRecord('http://127.0.0.1:4003')).toBeNull();
  });

  it('caches snapshots with their fetch time, merges later fetches and trims very long texts', async () => {
    const site = 'https://www.example.go.th';
    const old = new Date(Date.now() - SNAPSHOT_TTL_MS - 1000).toISOString();
    await putSnapshots(site, [snap('https://www.example.go.th/a', 'ก', old)]);
    await putSnapshots(site, [snap('https://www.example.go.th/b', 'ข'.repeat(MAX_STORED_TEXT + 50))]);
    const all = await getSnapshots(site);
    expect(Object.keys(all).sort()).toEqual(['https://www.example.go.th/a', 'https://www.example.go.th/b']);
    expect(all['https://www.example.go.th/b'].text).toHaveLength(MAX_STORED_TEXT);
    expect(isFresh(all['https://www.example.go.th/a'], new Date())).toBe(false);
    expect(isFresh(all['https://www.example.go.th/b'], new Date())).toBe(true);
  });

  it('remembers the sites the user turned on, once each', async () => {
    await addEnabledSite('https://example.org/*');
    await addEnabledSite('https://example.org/*');
    await addEnabledSite('http://agency.example/*');
    expect(await getEnabledSites()).toEqual(['https://example.org/*', 'http://agency.example/*']);
  });
});

describe('site scope and freshness', () => {
  it('runs by itself on *.go.th and loopback only', () => {
    expect(isBuiltInSite('https://www.pboknoi.go.th/ita/2565')).toBe(true);
    expect(isBuiltInSite('http://127.0.0.1:8123/ita.html')).toBe(true);
    expect(isBuiltInSite('http://localhost:3000/')).toBe(true);
    expect(isBuiltInSite('https://go.th.example.com/')).toBe(false);
    expect(isBuiltInSite('https://notgo.th/')).toBe(false);
    expect(isBuiltInSite('https://www.example.org/')).toBe(false);
    expect(isBuiltInSite('chrome://extensions')).toBe(false);
  });

  it('keys a site by scheme, host and port with www. folded; asks permission for all ports of the host', () => {
    expect(siteKey('https://www.abc.go.th/ita?x=1#O1')).toBe('https://abc.go.th');
    expect(siteKey('http://127.0.0.1:4001/ita.html')).toBe('http://127.0.0.1:4001');
    expect(originPattern('http://agency.example:8080/ita')).toBe('http://agency.example/*');
  });

  it('checks again when there is no result, when it is old, or when it failed; keeps an imported report', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(shouldCheck(null, 'x', now)).toBe(true);
    expect(shouldCheck(record('s', '2026-06-01T11:00:00Z'), 'x', now)).toBe(false);
    expect(shouldCheck(record('s', '2026-05-01T11:00:00Z'), 'x', now)).toBe(true);
    expect(shouldCheck(record('s', '2026-06-01T11:00:00Z', { error: 'x' }), 'x', now)).toBe(true);
    expect(shouldCheck(record('s', '2026-05-01T11:00:00Z', { source: 'report' }), 'x', now)).toBe(false);
  });
});

