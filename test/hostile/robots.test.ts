// robots.txt that disallows the ITA page: the check reports it and never requests it, unless --ignore-robots.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Report } from '../../checker/core/report-schema';
import { runOit } from '../cli/run-cli';
import { makeSite, serveCounting } from './generated-site';

let site: Awaited<ReturnType<typeof serveCounting>>;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'oit-robots-'));
  const dir = makeSite(root, 80);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /ita/\n');
  site = await serveCounting(dir);
});
afterAll(async () => {
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const check = (out: string, extra: string[] = []) =>
  runOit(['check', `${site.url}/`, '--out', out, '--max-pages', '200', '--delay', '0', '--render', 'never', '--year', '2565', '--now', '2022-10-20', '--json', ...extra], { timeoutMs: 170_000 });

it('reports the disallowed ITA page without fetching it', async () => {
  const out = join(root, 'polite');
  const r = await check(out);
  expect(r.code, r.stderr.slice(-1500)).toBe(0);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  expect(site.hits.get('/ita/2565/') ?? 0).toBe(0);
  expect([...site.hits.keys()].filter((p) => p.startsWith('/ita/'))).toEqual([]);
  const nc = report.pages.notChecked.find((n) => new URL(n.url).pathname === '/ita/2565/');
  expect(nc?.reason).toBe('robots');
  expect(report.findings.some((f) => f.code === 'robots.disallowed')).toBe(true);
}, 180_000);

it('fetches it with --ignore-robots', async () => {
  const out = join(root, 'ignore');
  const r = await check(out, ['--ignore-robots']);
  expect(r.code, r.stderr.slice(-1500)).toBe(0);
  expect(site.hits.get('/ita/2565/') ?? 0).toBeGreaterThan(0);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  expect(report.pages.notChecked.filter((n) => n.reason === 'robots')).toEqual([]);
  expect(report.discovery.indexPages.some((p) => p.url.includes('/ita/2565/'))).toBe(true);
}, 180_000);
