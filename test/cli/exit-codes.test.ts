// Exit codes of `oit check`: 0 the check ran, 1 --fail-on matched, 2 bad usage; the report is written first.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../checker/core/report-schema';
import { startServer, type TestServer } from '../helpers/server';
import { lastJsonLine, runOit } from './run-cli';

let tmp: string;
let site: TestServer;
// A tiny agency site with a home page and one ITA page that links a structure chart: most items missing.
const PAGES: Record<string, string> = {
  '/': '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>องค์การบริหารส่วนตำบลทดสอบ</title></head><body><h1>อบต.ทดสอบ</h1><a href="/ita.html">ITA 2565</a></body></html>',
  '/ita.html':
    '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ITA 2565 การเปิดเผยข้อมูลสาธารณะ</title></head><body><h1>การประเมินคุณธรรมและความโปร่งใส ITA 2565</h1><table><tr><td>O1</td><td>โครงสร้าง</td><td><a href="/structure.html">คลิก</a></td></tr></table></body></html>',
  '/structure.html':
    '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>โครงสร้าง</title></head><body><h1>แผนผังโครงสร้างการแบ่งส่วนราชการ</h1><p>นายก อบต. ปลัด อบต. สำนักปลัด กองคลัง กองช่าง</p></body></html>',
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'oit-cli-'));
  site = await startServer((req, res) => {
    const body = PAGES[(req.url ?? '/').split('?')[0]!];
    if (req.url === '/robots.txt' || !body) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
});
afterAll(async () => {
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('oit check: usage errors exit 2 with a clear message, before any request', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a URL that is not one', ['check', 'not a url'], /not a valid web address|host/],
    ['a non-http scheme', ['check', 'ftp://agency.go.th/'], /http/],
    ['a year without a rule set', ['check', 'http://127.0.0.1:9/', '--year', '2599'], /2599/],
    ['a CE year', ['check', 'http://127.0.0.1:9/', '--year', '2022'], /Buddhist|CE/],
    ['an unknown format', ['check', 'http://127.0.0.1:9/', '--format', 'json,pdf'], /format.*pdf/],
    ['an unreadable map file', ['check', 'http://127.0.0.1:9/', '--map', '/nonexistent/items.csv'], /--map.*cannot read/],
    ['an unreadable rules file', ['check', 'http://127.0.0.1:9/', '--rules', '/nonexistent/rules.yaml'], /--rules/],
    ['an unknown --fail-on value', ['check', 'http://127.0.0.1:9/', '--fail-on', 'sometimes'], /fail-on/],
    ['--fail-on new without a baseline', ['check', 'http://127.0.0.1:9/', '--fail-on', 'new'], /baseline/],
    ['only one of --iit/--eit', ['check', 'http://127.0.0.1:9/', '--iit', '90'], /--eit/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const out = join(tmp, `usage-${Math.random().toString(36).slice(2)}`);
    const r = await runOit([...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
  }, 180_000);

  it('an unknown option', async () => {
    const r = await runOit(['check', 'http://127.0.0.1:9/', '--frobnicate']);
    expect(r.code).toBe(2);
  }, 180_000);
});

describe('oit check: runs exit 0 unless --fail-on matches, and always write the report first', () => {
  it('an unreachable site: exit 0, report says what was not checked', async () => {
    const dead = await startServer(() => {});
    const url = `${dead.url}/`;
    await dead.close(); // nothing listens there any more
    const out = join(tmp, 'unreachable');
    const r = await runOit(['check', url, '--out', out, '--year', '2565', '--delay', '0']);
    expect(r.code, r.stderr).toBe(0);
    const report = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.pages.notChecked.length).toBeGreaterThan(0);
    expect(report.pages.notChecked.some((n) => n.url.startsWith(url))).toBe(true);
    expect(report.findings.map((f) => f.code)).toContain('site.home-unreachable');
    expect(report.items).toHaveLength(43);
    expect(report.items.every((i) => i.status === 'needs-review')).toBe(true);
    for (const f of ['report.html', 'report.csv', 'junit.xml']) expect(existsSync(join(out, f))).toBe(true);
    // not a terminal: the last line is machine-readable
    const last = lastJsonLine(r.stdout);
    expect(last.exitCode).toBe(0);
    expect((last.reports as Record<string, string>).json).toBe(join(out, 'report.json'));
  }, 180_000);

  it('--fail-on missing on a site with missing items: exit 1, with the report already written', async () => {
    const out = join(tmp, 'fail-on');
    const r = await runOit(['check', `${site.url}/`, '--out', out, '--year', '2565', '--delay', '0', '--fail-on', 'missing', '--format', 'json,junit']);
    expect(r.code, r.stderr).toBe(1);
    const report = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.items.filter((i) => i.status === 'missing').length).toBeGreaterThan(0);
    expect(existsSync(join(out, 'junit.xml'))).toBe(true);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    expect(lastJsonLine(r.stdout).failedOn).toEqual(expect.arrayContaining([expect.stringMatching(/missing$/)]));
  }, 180_000);

  it('the same site without --fail-on exits 0; --fail-on new against itself exits 0, against an all-pass baseline exits 1', async () => {
    const out = join(tmp, 'base');
    const first = await runOit(['check', `${site.url}/`, '--out', out, '--year', '2565', '--delay', '0', '--format', 'json']);
    expect(first.code, first.stderr).toBe(0);
    const baseline = join(tmp, 'baseline.json');
    writeFileSync(baseline, readFileSync(join(out, 'report.json')));

    const again = await runOit(['check', `${site.url}/`, '--out', join(tmp, 'again'), '--year', '2565', '--delay', '0', '--format', 'json', '--baseline', baseline, '--fail-on', 'new']);
    expect(again.code, again.stderr).toBe(0);
    const second = parseReport(readFileSync(join(tmp, 'again', 'report.json'), 'utf8'));
    expect(second.baseline?.newFailures).toEqual([]);
    expect(second.baseline?.unchanged.length).toBe(second.items.filter((i) => i.status !== 'pass').length);

    const allPass = parseReport(readFileSync(baseline, 'utf8'));
    allPass.items.forEach((i) => (i.status = 'pass'));
    const passBaseline = join(tmp, 'all-pass.json');
    writeFileSync(passBaseline, JSON.stringify(allPass));
    const before = Date.now();
    const third = await runOit(['check', `${site.url}/`, '--out', join(tmp, 'third'), '--year', '2565', '--delay', '0', '--format', 'json', '--baseline', passBaseline, '--fail-on', 'new']);
    expect(third.code, third.stderr).toBe(1);
    const rep = join(tmp, 'third', 'report.json');
    expect(statSync(rep).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
    expect(parseReport(readFileSync(rep, 'utf8')).baseline!.newFailures.length).toBeGreaterThan(0);
  }, 180_000);

  it('--map checks exactly the mapped URLs', async () => {
    const map = join(tmp, 'items.csv');
    writeFileSync(map, `\uFEFFข้อ,URL\nO1,${site.url}/structure.html\n`);
    const out = join(tmp, 'map');
    const r = await runOit(['check', `${site.url}/`, '--out', out, '--year', '2565', '--delay', '0', '--format', 'json', '--map', map]);
    expect(r.code, r.stderr).toBe(0);
    const report = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.run?.mode).toBe('map');
    const o1 = report.items.find((i) => i.id === 'O1')!;
    expect(o1.evidence.map((e) => e.url)).toContain(`${site.url}/structure.html`);
  }, 180_000);
});
