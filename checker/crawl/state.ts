// Crawl state as JSONL, appended as the crawl goes so a killed run loses at most the pages in flight.
// Resuming replays the records in order through the same expansion code, which rebuilds the frontier exactly.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Snapshot } from '../core/types';
import type { Entry } from './frontier';
import type { CrawlFinding, NotChecked } from './types';

export type StateRecord =
  | { t: 'meta'; startUrl: string; explicit: boolean; v: 1 }
  | { t: 'seeds'; urls: string[] }
  | { t: 'done'; entry: Entry; snapshot: Snapshot; bytes: number; charsetCorrected?: string; notChecked?: NotChecked }
  | { t: 'skip'; entry: Entry; notChecked: NotChecked }
  | { t: 'finding'; finding: CrawlFinding };

export function readState(path: string): StateRecord[] {
  if (!existsSync(path)) return [];
  const out: StateRecord[] = [];
  const good: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as StateRecord);
      good.push(line);
    } catch {
      // A line cut by a kill mid-write: drop it (and anything after) so new records follow valid ones.
      writeFileSync(path, good.map((l) => l + '\n').join(''));
      break;
    }
  }
  return out;
}

export function appendState(path: string, rec: StateRecord): void {
  appendFileSync(path, JSON.stringify(rec) + '\n');
}
