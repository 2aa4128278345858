// Discovery over the generated fixture sites (test/fixtures/sites/*, checker/demo/site) read straight from
// disk with the crawler's HTML extractor: every item the site's expected.json says is served must get a
// candidate from that year's index page; "missing" rows must not.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../checker/core/discover';
import type { Snapshot } from '../../checker/core/types';
import { loadBundledRuleSets } from '../../rules/registry';
import { page } from './helpers/snap';

const ORIGIN = 'http://127.0.0.1:8080';
const roots = [
  'checker/demo/site',
  ...(existsSync('test/fixtures/sites') ? readdirSync('test/fixtures/sites').map((s) => `test/fixtures/sites/${s}`) : []),
].filter((r) => existsSync(join(r, 'expected.json')) || existsSync(join(r, '..', 'expected.json')));

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

function loadSite(root: string): Snapshot[] {
  return walk(root)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      let path = `/${relative(root, f).split('/').map(encodeURIComponent).join('/')}`;
      if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
      // Legacy pages are windows-874 (TIS-620); the crawler decodes them the same way.
      const bytes = readFileSync(f);
      let html: string;
      try {
        html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        html = new TextDecoder('windows-874').decode(bytes);
      }
      return page(ORIGIN + path, html);
    });
}

describe.skipIf(roots.length === 0)('discovery on the generated fixture sites', () => {
  const ruleSets = loadBundledRuleSets();
  for (const root of roots) {
    const expectedFile = existsSync(join(root, 'expected.json')) ? join(root, 'expected.json') : join(root, '..', 'expected.json');
    const exp = JSON.parse(readFileSync(expectedFile, 'utf8')) as { year: number; index?: string; needsRendering?: boolean; items: Record<string, string> };
    it.skipIf(!!exp.needsRendering)(`${root}: ITA ${exp.year} index chosen and every served item has a candidate`, () => {
      const rs = ruleSets.find((r) => r.years.includes(exp.year))!;
      const d = discover({ ruleSet: rs, snapshots: loadSite(root), homeUrl: `${ORIGIN}/`, year: exp.year, siteHosts: ['127.0.0.1'] });
      if (exp.index) expect(d.chosen.map((p) => new URL(p.url).pathname)).toContain(exp.index);
      expect(d.chosen.every((p) => p.year === exp.year || p.year === undefined)).toBe(true);
      for (const [id, status] of Object.entries(exp.items)) {
        const current = (d.candidates[id] ?? []).filter((c) => c.indexYear === undefined || c.indexYear === exp.year);
        if (status === 'missing') expect(current.filter((c) => c.via.startsWith('index')), `${id} is expected missing`).toEqual([]);
        else expect(current.length, `${id} (${status}) has no candidate`).toBeGreaterThan(0);
      }
    });
  }
});
