// Per-site files of the nightly run (GSA Site Scanning's latest / previous / dated archive):
//   <out>/sites/<folder>/latest.json     this run's report (with new/fixed against the run before)
//   <out>/sites/<folder>/previous.json   the run before
//   <out>/sites/<folder>/history/YYYY-MM-DD.json
//   <out>/sites/<folder>/report.html     the Thai report people open
//   <out>/sites/<folder>/error.json      when the last attempt failed (removed by the next success)
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type Report } from '../core/report-schema';
import { renderJson, writeFileAtomic } from '../report/write';

export const SITES_DIR = 'sites';

export function siteDir(outDir: string, folder: string): string {
  return join(outDir, SITES_DIR, folder);
}

/** The day of the run in Bangkok time, which names the history file. */
export function runDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function readLatest(dir: string): Report | undefined {
  const p = join(dir, 'latest.json');
  if (!existsSync(p)) return undefined;
  try {
    return parseReport(readFileSync(p, 'utf8'));
  } catch {
    return undefined; // a report from an incompatible tool version is no baseline
  }
}

/** Moves latest → previous, writes the new latest and its dated copy. */
export function storeRun(dir: string, report: Report, now: Date): { latest: string; previous?: string; history: string } {
  mkdirSync(join(dir, 'history'), { recursive: true });
  const latest = join(dir, 'latest.json');
  const previous = join(dir, 'previous.json');
  let hadPrevious = false;
  if (existsSync(latest)) {
    copyFileSync(latest, previous);
    hadPrevious = true;
  }
  const text = renderJson(report);
  writeFileAtomic(latest, text);
  const history = join(dir, 'history', `${runDate(now)}.json`);
  writeFileAtomic(history, text);
  rmSync(join(dir, 'error.json'), { force: true });
  return { latest, ...(hadPrevious ? { previous } : {}), history };
}

export function storeError(dir: string, url: string, error: unknown, now: Date): void {
  mkdirSync(dir, { recursive: true });
  const e = error instanceof Error ? error : new Error(String(error));
  writeFileAtomic(join(dir, 'error.json'), `${JSON.stringify({ url, at: now.toISOString(), message: e.message, stack: e.stack }, null, 2)}\n`);
}
