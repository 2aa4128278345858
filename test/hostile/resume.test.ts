// `oit check` SIGKILLed mid-crawl, then run again with --resume: it continues from its state file (no page
// fetched twice) and its report matches an uninterrupted run's item statuses and evidence URLs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Report } from '../../checker/core/report-schema';
import { CRAWL_STATE_FILE } from '../../checker/cli/pipeline';
import { readState } from '../../checker/crawl/state';
import { runOit } from '../cli/run-cli';
import { makeSite, serveCounting } from './generated-site';

let site: Awaited<ReturnType<typeof serveCounting>>;
let root: string;
const args = (out: string) => ['check', `${site.url}/`, '--out', out, '--max-pages', '400', '--delay', '20', '--render', 'never', '--year', '2565', '--now', '2022-10-20', '--json'];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'oit-resume-'));
  site = await serveCounting(makeSite(root, 180));
});
afterAll(async () => {
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The finished pages in a state file, read without repairing it (the CLI may be writing it). */
function doneUrls(statePath: string): string[] {
  return readState(statePath, { repair: false }).flatMap((r) => (r.t === 'done' ? [r.entry.url] : []));
}

/** Starts the CLI and SIGKILLs it once its state file holds `n` finished pages. */
function killAfter(out: string, n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'checker/cli/main.ts', ...args(out)], { env: { ...process.env, OIT_LOOPBACK_ONLY: '1' }, stdio: 'ignore' });
    const poll = setInterval(() => {
      if (doneUrls(join(out, CRAWL_STATE_FILE)).length >= n) child.kill('SIGKILL');
    }, 20);
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearInterval(poll);
      signal === 'SIGKILL' ? resolve(doneUrls(join(out, CRAWL_STATE_FILE)).length) : reject(new Error(`finished before it could be killed (${signal ?? _code})`));
    });
  });
}

const summary = (r: Report) =>
  r.items.map((i) => ({ id: i.id, status: i.status, evidence: i.evidence.map((e) => e.url).sort() }));

it('resumes a killed check and reports the same as an uninterrupted one', async () => {
  const killedOut = join(root, 'killed');
  const doneBefore = await killAfter(killedOut, 40);
  expect(doneBefore).toBeGreaterThanOrEqual(40);
  expect(existsSync(join(killedOut, 'report.json'))).toBe(false);

  const hitsBefore = new Map(site.hits);
  const resumed = await runOit([...args(killedOut), '--resume'], { timeoutMs: 170_000 });
  expect(resumed.code, resumed.stderr.slice(-1500)).toBe(0);
  // Every URL done before the kill was not requested again (robots.txt and the sitemap aside).
  const state = doneUrls(join(killedOut, CRAWL_STATE_FILE));
  expect(new Set(state).size).toBe(state.length);
  const refetched = state.slice(0, doneBefore).filter((u) => (site.hits.get(decodeURIComponent(new URL(u).pathname)) ?? 0) > (hitsBefore.get(decodeURIComponent(new URL(u).pathname)) ?? 0));
  expect(refetched).toEqual([]);

  const freshOut = join(root, 'fresh');
  const fresh = await runOit(args(freshOut), { timeoutMs: 170_000 });
  expect(fresh.code, fresh.stderr.slice(-1500)).toBe(0);

  const a = JSON.parse(readFileSync(join(killedOut, 'report.json'), 'utf8')) as Report;
  const b = JSON.parse(readFileSync(join(freshOut, 'report.json'), 'utf8')) as Report;
  expect(a.pages.fetched + a.pages.documents).toBe(b.pages.fetched + b.pages.documents);
  expect(summary(a)).toEqual(summary(b));
  // The site's ITA page was found in both, so the comparison is about real verdicts, not 43 × missing.
  expect(a.items.filter((i) => i.status === 'pass').length).toBeGreaterThan(5);
}, 240_000);
