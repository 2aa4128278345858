// Reading Office zips without being blown up. The central directory's sizes are checked first (cheap), then
// every entry is actually inflated with a running byte count, because a crafted zip can lie in its directory.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export const DEFAULT_ZIP_CAP = 50 * 1024 * 1024;

export class ZipBombError extends Error {
  constructor(public readonly bytes: number, public readonly cap: number) {
    super(`zip expands beyond ${cap} bytes`);
    this.name = 'ZipBombError';
  }
}

/** Names and declared uncompressed sizes, from the central directory only. */
export function zipEntries(bytes: Uint8Array): Array<{ name: string; originalSize: number }> {
  const out: Array<{ name: string; originalSize: number }> = [];
  unzipSync(bytes, {
    filter: (f) => {
      out.push({ name: f.name, originalSize: f.originalSize });
      return false;
    },
  });
  return out;
}

/**
 * Inflate the zip, keeping the entries `keep` selects, and throw ZipBombError when the total expanded size
 * (declared or real) passes `cap`. Entries stored with methods fflate cannot inflate are skipped.
 */
export function safeUnzip(bytes: Uint8Array, keep: (name: string) => boolean, cap = DEFAULT_ZIP_CAP): Map<string, Uint8Array> {
  const entries = zipEntries(bytes);
  const declared = entries.reduce((n, e) => n + e.originalSize, 0);
  if (declared > cap || entries.length > 20_000) throw new ZipBombError(declared, cap);

  const files = new Map<string, Uint8Array>();
  let total = 0;
  let over = false;
  const uz = new Unzip();
  uz.register(UnzipInflate);
  uz.onfile = (file) => {
    const chunks: Uint8Array[] = [];
    const wanted = keep(file.name);
    file.ondata = (err, data, final) => {
      if (err || over) return;
      total += data.length;
      // fflate catches what a data callback throws and hands it back as `err` (the hostile suite's lying zip
      // bomb got through as "corrupt"): flag it, stop inflating, and throw after push().
      if (total > cap) {
        over = true;
        chunks.length = 0;
        file.terminate();
        return;
      }
      if (wanted) chunks.push(data);
      if (final && wanted) files.set(file.name, concat(chunks));
    };
    if (file.compression === 0 || file.compression === 8) file.start();
  };
  uz.push(bytes, true);
  if (over) throw new ZipBombError(total, cap);
  // Entries whose local header defers sizes to a data descriptor may not stream; fall back to the directory,
  // already checked against the cap above.
  const missing = entries.filter((e) => keep(e.name) && !files.has(e.name)).map((e) => e.name);
  if (missing.length) {
    const rest = unzipSync(bytes, { filter: (f) => missing.includes(f.name) });
    for (const [k, v] of Object.entries(rest)) files.set(k, v);
  }
  return files;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
