// Crawl state, appended as the crawl goes so a killed run loses at most its last fraction of a second of pages.
// Resuming replays the records in order through the same expansion code, which rebuilds the frontier exactly.
//
// Records are V8's structured-clone serialisation, each behind its 4-byte length: a page's snapshot is mostly Thai
// text, which JSON.stringify escapes and then encodes to UTF-8 while V8 copies it as it is (bench: the state file
// was 5–7% of the crawl's CPU as JSON). The file is only ever read back by the same checker (`--resume`).
import { closeSync, existsSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Snapshot } from '../core/types';
import type { Entry } from './frontier';
import type { CrawlFinding, NotChecked } from './types';

export type StateRecord =
  | { t: 'meta'; startUrl: string; explicit: boolean; v: 1 }
  | { t: 'seeds'; urls: string[] }
  | { t: 'done'; entry: Entry; snapshot: Snapshot; bytes: number; charsetCorrected?: string; notChecked?: NotChecked }
  | { t: 'skip'; entry: Entry; notChecked: NotChecked }
  | { t: 'finding'; finding: CrawlFinding };

/**
 * The records of a state file, in order. A record cut by a kill mid-write ends the list, and the file is cut back
 * to the last whole record so new ones follow valid ones; `repair: false` only reads (another process may still be
 * writing it).
 */
export function readState(path: string, opts: { repair?: boolean } = {}): StateRecord[] {
  if (!existsSync(path)) return [];
  const buf = readFileSync(path);
  const out: StateRecord[] = [];
  let at = 0;
  while (at + 4 <= buf.length) {
    const len = buf.readUInt32LE(at);
    if (at + 4 + len > buf.length) break;
    try {
      out.push(deserialize(buf.subarray(at + 4, at + 4 + len)) as StateRecord);
    } catch {
      break;
    }
    at += 4 + len;
  }
  if (at < buf.length && (opts.repair ?? true)) truncateSync(path, at);
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
  private batch: Buffer[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  constructor(readonly path: string) {}

  append(rec: StateRecord): void {
    const body = serialize(rec);
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(body.length, 0);
    this.batch.push(head, body);
    this.bytes += 4 + body.length;
    if (this.bytes >= FLUSH_BYTES) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS).unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.batch.length) return;
    this.fd ??= openSync(this.path, 'a');
    const data = Buffer.concat(this.batch, this.bytes);
    for (let off = 0; off < data.length; ) off += writeSync(this.fd, data, off);
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

const FLUSH_BYTES = 128 << 10;
const FLUSH_MS = 200;
