// Importing a report.json (CLI or nightly) into the extension, and turning the extension on for a site
// outside *.go.th: the permission is checked, the site remembered, the content script registered for it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildReport } from '../../checker/core/report-schema';
import { serveSite, type ServedSite } from '../../checker/demo/static-server';
import { recordFromReport } from '../../extension/lib/report-record';
import { getEnabledSites, type SiteRecord } from '../../extension/lib/store';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_ID, createWorker } from '../../extension/lib/worker';
import { readFileSync } from 'node:fs';

let site: ServedSite;
beforeAll(async () => {
  site = await serveSite('test/fixtures/sites/hostile-markup');
});
afterAll(() => site.close());
beforeEach(() => fakeBrowser.reset());

describe('report import', () => {
  it('turns a report.json into a site record with the same items, statuses, score and year', async () => {
    const expected = JSON.parse(readFileSync('test/fixtures/sites/hostile-markup/expected.json', 'utf8'));
    const res = (await createWorker().handle({ type: 'oit:check', url: `${site.url}${expected.index}` })) as { ok: true; record: SiteRecord };
    const verdict = res.record.verdict;
    const report = buildReport(verdict, { snapshots: [], notChecked: [], findings: [], stats: { pages: 4, documents: 0 } }, { tool: { name: 'oit', version: '0.1.0' }, siteUrl: `${site.url}/` });
    const rec = recordFromReport(JSON.stringify(report), 'http://127.0.0.1:9/nightly/report.json');
    expect(rec.source).toBe('report');
    expect(rec.site).toBe(site.url);
    expect(rec.year).toBe(verdict.year);
    expect(rec.reportUrl).toBe('http://127.0.0.1:9/nightly/report.json');
    expect(Object.fromEntries(rec.verdict.items.map((i) => [i.id, i.status]))).toEqual(Object.fromEntries(verdict.items.map((i) => [i.id, i.status])));
    expect(rec.verdict.score.range).toEqual(verdict.score.range);
    // Hostile titles survive as the same literal strings.
    expect(JSON.stringify(rec.verdict.items.find((i) => i.id === 'O1')!.evidence)).toContain('<script>');
  });

  it('rejects what is not a report, saying why', () => {
    expect(() => recordFromReport('{"hello": 1}')).toThrow(/not a valid OIT report/);
    expect(() => recordFromReport('not json')).toThrow();
  });
});

describe('turning the extension on for another site', () => {
  it('refuses without the permission, then remembers the site and registers the content script there', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const registered: unknown[] = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered),
      registerContentScripts: vi.fn(async (s: unknown[]) => void registered.push(...s)),
      updateContentScripts: vi.fn(async () => undefined),
    };
    (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
    const w = createWorker();
    expect(await w.handle({ type: 'oit:enabled', url: 'https://www.agency.example/ita' })).toEqual({ ok: false, error: 'permission-not-granted' });
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    contains.mockResolvedValue(true);
    expect(await w.handle({ type: 'oit:enabled', url: 'https://www.agency.example/ita' })).toEqual({ ok: true });
    expect(await getEnabledSites()).toEqual(['https://www.agency.example/*']);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: CONTENT_SCRIPT_ID, matches: ['https://www.agency.example/*'], js: [CONTENT_SCRIPT_FILE] }),
    ]);
    // A second site updates the same registration instead of adding another.
    await w.handle({ type: 'oit:enabled', url: 'http://other.example:8080/' });
    expect(scripting.updateContentScripts).toHaveBeenCalledWith([expect.objectContaining({ matches: ['https://www.agency.example/*', 'http://other.example/*'] })]);
  });
});
