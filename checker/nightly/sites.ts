// The nightly sites list: CSV with a URL per row and optional name/id columns ("url,name" or
// "id,name,url" — the URL column is found by content), a header row and #-comments allowed.
import { createHash } from 'node:crypto';
import { parseCsv } from '../cli/csv-parse';
import { UsageError, readUserFile } from '../cli/errors';
import { parseSiteUrl } from '../cli/options';
import { siteKey } from '../core/report-schema';

export interface SiteEntry {
  url: string;
  name?: string;
  /** Folder name under <out>/sites/: stable for the site across runs. */
  folder: string;
}

/** A readable, file-system-safe folder name: host and path, plus a short hash so two paths never collide. */
export function siteFolder(url: string): string {
  const key = siteKey(url);
  const readable = key.replace(/[^a-z0-9._-]+/gi, '_').replace(/^_+|_+$/g, '').slice(0, 80) || 'site';
  return `${readable}-${createHash('sha1').update(key).digest('hex').slice(0, 8)}`;
}

export function parseSites(text: string, file = 'sites'): SiteEntry[] {
  const rows = parseCsv(text.split(/\r?\n/).filter((l) => !l.trim().startsWith('#')).join('\n'));
  const out: SiteEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const urlIdx = row.findIndex((c) => /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(c) || /^https?:\/\//i.test(c));
    if (urlIdx < 0) {
      if (i === 0) return; // header
      throw new UsageError({ th: `--sites ${file}: แถวที่ ${i + 1} ไม่มี URL`, en: `--sites ${file}: row ${i + 1} has no URL` });
    }
    const url = parseSiteUrl(row[urlIdx]!, `--sites ${file} row ${i + 1}`);
    const name = row.find((c, j) => j !== urlIdx && c && !/^\d+$/.test(c));
    const folder = siteFolder(url);
    if (seen.has(folder)) return;
    seen.add(folder);
    out.push({ url, ...(name ? { name } : {}), folder });
  });
  if (!out.length) throw new UsageError({ th: `--sites ${file}: ไม่พบ URL ของเว็บไซต์`, en: `--sites ${file}: no site URLs found` });
  return out;
}

export function readSites(path: string): SiteEntry[] {
  const text = readUserFile(path, '--sites');
  return parseSites(text, path);
}

/**
 * Which shard (0-based) a site belongs to: a hash of its stable key, so a CI matrix or Kubernetes indexed
 * jobs split ~8,000 sites the same way every night, whatever order the list is in.
 */
export function shardOf(url: string, count: number): number {
  const h = createHash('sha1').update(siteKey(url)).digest();
  return h.readUInt32BE(0) % count;
}

export function sitesForShard(sites: SiteEntry[], shard?: { index: number; count: number }): SiteEntry[] {
  if (!shard || shard.count === 1) return sites;
  return sites.filter((s) => shardOf(s.url, shard.count) === shard.index - 1);
}
