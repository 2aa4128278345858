// Crawl state as JSONL, appended as the crawl goes so a killed run loses at most the pages in flight.
// Resuming replays the records in order through the same expansion code, which rebuilds the frontier exactly.
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
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

/**
 * Appends records through one open descriptor, a batch at a time: an open, a write and a close per page was a
 * crawl hot spot (bench). A batch goes out when it holds FLUSH_BYTES, FLUSH_MS after its first record, and on
 * `flush`/`close`; a killed run therefore loses at most the last fraction of a second of pages, which --resume
 * fetches again.
 */
export class StateLog {
  private fd: number | undefined;
  private batch: string[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  constructor(readonly path: string) {}

  append(rec: StateRecord): void {
    const line = JSON.stringify(rec) + '\n';
    this.batch.push(line);
    this.bytes += line.length;
    if (this.bytes >= FLUSH_BYTES) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS).unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.batch.length) return;
    this.fd ??= openSync(this.path, 'a');
    writeSync(this.fd, this.batch.join(''));
    this.batch = [];
    this.bytes = 0;
  }

  close(): void {
    this.flush();
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}

const FLUSH_BYTES = 64 << 10;
const FLUSH_MS = 200;
