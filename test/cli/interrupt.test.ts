// Ctrl-C during a crawl: the report is still written (marked interrupted), exit 0; --resume continues.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../checker/core/report-schema';
import { startServer } from '../helpers/server';
import { runOit } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'oit-int-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('oit check interrupted', () => {
  it('writes the report from what was gathered, then --resume finishes the crawl', async () => {
    let hang = true;
    let onHang: () => void = () => {};
    const hung = new Promise<void>((r) => (onHang = r));
    const site = await startServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><meta charset="utf-8"><title>อบต.ทดสอบ</title><a href="/ita.html">ITA 2565</a>');
      }
      if (path === '/ita.html') {
        if (hang) return onHang(); // never answers while `hang`: the crawl cannot finish on its own
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><meta charset="utf-8"><title>ITA 2565</title><h1>ITA 2565</h1><table><tr><td>O1</td><td>โครงสร้าง</td><td><a href="/s.html">คลิก</a></td></tr></table>');
      }
      if (path === '/s.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><meta charset="utf-8"><title>โครงสร้าง</title><h1>แผนผังโครงสร้าง</h1>');
      }
      res.writeHead(404);
      res.end();
    });
    const out = join(tmp, 'out');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'checker/cli/main.ts', 'check', `${site.url}/`, '--year', '2565', '--out', out, '--delay', '0', '--format', 'json'], {
        env: { ...process.env, OIT_LOOPBACK_ONLY: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const closed = new Promise<number | null>((r) => child.on('close', r));
      await hung;
      child.kill('SIGINT');
      expect(await closed, stderr).toBe(0);
      const first = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(first.run?.interrupted).toBe(true);
      expect(first.findings.map((f) => f.code)).toContain('run.interrupted');
      expect(first.items).toHaveLength(43);

      hang = false;
      const again = await runOit(['check', `${site.url}/`, '--year', '2565', '--out', out, '--delay', '0', '--format', 'json', '--resume']);
      expect(again.code, again.stderr).toBe(0);
      const second = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(second.run?.interrupted).toBeUndefined();
      expect(second.items.find((i) => i.id === 'O1')!.evidence.map((e) => e.url)).toContain(`${site.url}/s.html`);
    } finally {
      await site.close();
    }
  }, 180_000);
});
