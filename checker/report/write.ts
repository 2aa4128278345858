// Writes the chosen report formats into one folder. report.json is written first: it is the contract, and
// the other formats are views of it.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Report } from '../core/report-schema';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJunit } from './junit';

export const REPORT_FORMATS = ['json', 'html', 'csv', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FILE: Record<ReportFormat, string> = {
  json: 'report.json',
  html: 'report.html',
  csv: 'report.csv',
  junit: 'junit.xml',
};

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const RENDER: Record<ReportFormat, (r: Report) => string> = { json: renderJson, html: renderHtml, csv: renderCsv, junit: renderJunit };

/** Parses "json,html" into formats; throws with the offending name for anything unknown. */
export function parseFormats(value: string): ReportFormat[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!names.length) throw new Error('no report format given');
  for (const n of names)
    if (!(REPORT_FORMATS as readonly string[]).includes(n)) throw new Error(`unknown report format "${n}" (known: ${REPORT_FORMATS.join(', ')})`);
  return [...new Set(names)] as ReportFormat[];
}

/** Write then rename, so a reader (a CI step, the nightly summary) never sees half a file. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function writeReports(report: Report, outDir: string, formats: readonly ReportFormat[]): Record<string, string> {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const written: Record<string, string> = {};
  const ordered = [...formats].sort((a, b) => (a === 'json' ? -1 : b === 'json' ? 1 : 0));
  for (const f of ordered) {
    const path = join(dir, REPORT_FILE[f]);
    writeFileAtomic(path, RENDER[f](report));
    written[f] = path;
  }
  return written;
}
