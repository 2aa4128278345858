// Sitemap seeds: robots `Sitemap:` lines plus /sitemap.xml, sitemap indexes followed, gzip accepted.
import { load } from 'cheerio';
import { gunzipSync } from 'node:zlib';
import { httpGet, type HttpOptions } from '../fetch/http';

export interface SitemapLimits {
  /** Sitemap files read at most. Default 25. */
  maxFiles?: number;
  /** URLs returned at most. Default 5,000. */
  maxUrls?: number;
}

export async function readSitemaps(roots: string[], http: HttpOptions, keep: (url: string) => boolean, limits: SitemapLimits = {}): Promise<string[]> {
  const maxFiles = limits.maxFiles ?? 25;
  const maxUrls = limits.maxUrls ?? 5_000;
  const queue = [...new Set(roots)];
  const seen = new Set<string>();
  const urls: string[] = [];
  while (queue.length && seen.size < maxFiles && urls.length < maxUrls) {
    const sm = queue.shift()!;
    if (seen.has(sm)) continue;
    seen.add(sm);
    const r = await httpGet(sm, { ...http, maxBytes: Math.min(http.maxBytes ?? 50e6, 50e6), retries: 1 });
    if (r.error || r.status >= 400 || !r.body.length) continue;
    let body = r.body;
    if (body[0] === 0x1f && body[1] === 0x8b) {
      try {
        body = gunzipSync(body, { maxOutputLength: 100 * 1024 * 1024 });
      } catch {
        continue;
      }
    }
    const xml = body.toString('utf8');
    if (!/<(urlset|sitemapindex)\b/i.test(xml)) continue;
    const $ = load(xml, { xml: true });
    $('loc').each((_, el) => {
      const loc = $(el).text().trim();
      const parent = (el.parent as { name?: string } | null)?.name?.toLowerCase().replace(/^.*:/, '');
      let abs: string;
      try {
        abs = new URL(loc, sm).href;
      } catch {
        return;
      }
      if (parent === 'sitemap') queue.push(abs);
      else if (urls.length < maxUrls && keep(abs)) urls.push(abs);
    });
  }
  return urls;
}
