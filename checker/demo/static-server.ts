// Serves a fixture or demo site folder on 127.0.0.1, byte for byte, the way a small agency web server would:
// Thai file names (percent-encoded in URLs), index.html for folders, 404s, and — through an optional
// `_site.json` in the site root — deliberate defects (5xx, legacy charsets, redirects) declared as data,
// so fixture sites need no code. Only node:http/fs/path: the demo must run without extra dependencies.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, statSync, createReadStream } from 'node:fs';
import { join, resolve, extname, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface ServeOptions {
  /** 0 (default) = an ephemeral port. */
  port?: number;
  host?: '127.0.0.1';
  /** Exact path (decoded, without query) → handler; checked before files. */
  routes?: Record<string, RouteHandler>;
  /** Charset to append to text types for this path; null = send no charset. Default: utf-8. */
  charsetFor?: (path: string) => string | null;
}

/** The optional per-site declaration file (`<root>/_site.json`). */
export interface SiteConfig {
  /** Path pattern → HTTP status returned instead of the file ("/docs/O16.pdf": 404, "/api/*": 500). */
  status?: Record<string, number>;
  /** Path pattern → the exact Content-Type header to send. */
  contentType?: Record<string, string>;
  /** Path patterns whose text types get no charset parameter (legacy pages that rely on <meta>). */
  noCharset?: string[];
  /** Path pattern → Location (302). */
  redirect?: Record<string, string>;
  /** Paths (patterns) that fixtures link to on purpose although no file exists (documentation for tests). */
  intentionallyMissing?: string[];
}

export interface ServedSite {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.php': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xls': 'application/vnd.ms-excel',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

const isText = (type: string) => type.startsWith('text/') || type === 'application/json' || type === 'application/xml' || type === 'image/svg+xml';

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** "/legacy/*" matches "/legacy/a/b.html"; "*.pdf" matches any PDF; otherwise exact. */
export function matchPattern(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return pattern === path;
  const re = new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

function lookup<T>(map: Record<string, T> | undefined, path: string): T | undefined {
  if (!map) return undefined;
  if (path in map) return map[path];
  for (const [k, v] of Object.entries(map)) if (matchPattern(k, path)) return v;
  return undefined;
}

export function readSiteConfig(root: string): SiteConfig {
  const f = join(root, '_site.json');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as SiteConfig) : {};
}

function decodePath(rawUrl: string): string | null {
  const pathname = (rawUrl.split('?')[0] ?? '/').split('#')[0] ?? '/';
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null; // malformed percent-encoding: answer 400
  }
}

const NOT_FOUND_PAGE =
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>404 ไม่พบหน้าที่ต้องการ</title></head>' +
  '<body><h1>404 Not Found</h1><p>ไม่พบหน้าที่ท่านต้องการ</p></body></html>';

function sendStatus(res: ServerResponse, status: number) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(status === 404 ? NOT_FOUND_PAGE : `<!doctype html><title>${status}</title><h1>Error ${status}</h1>`);
}

/** Start serving `root`. Resolves once listening; `close()` drops open connections. */
export async function serveSite(root: string, opts: ServeOptions = {}): Promise<ServedSite> {
  const base = resolve(root);
  const config = readSiteConfig(base);
  const host = opts.host ?? '127.0.0.1';

  const server = createServer((req, res) => {
    const path = decodePath(req.url ?? '/');
    if (path === null || path.includes('\0')) return sendStatus(res, 400);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Forms on fixture pages post here; a real site would answer with a thank-you page.
      if (req.method === 'POST') {
        req.resume();
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><meta charset="utf-8"><p>ได้รับข้อมูลของท่านแล้ว ขอบคุณค่ะ</p>');
      }
      return sendStatus(res, 405);
    }

    const route = opts.routes?.[path];
    if (route) return route(req, res);

    const redirect = lookup(config.redirect, path);
    if (redirect) {
      res.writeHead(302, { Location: redirect });
      return res.end();
    }
    const forced = lookup(config.status, path);
    if (forced) return sendStatus(res, forced);

    let file = join(base, path);
    if (file !== base && !file.startsWith(base + sep)) return sendStatus(res, 403);
    if (path.split('/').some((seg) => seg.startsWith('_site'))) return sendStatus(res, 404);
    if (!existsSync(file)) return sendStatus(res, 404);
    if (statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        // Like Apache/nginx: a folder URL without the slash redirects, so relative links keep working.
        res.writeHead(301, { Location: encodeURI(path + '/') + (req.url?.includes('?') ? '?' + req.url.split('?')[1] : '') });
        return res.end();
      }
      file = join(file, 'index.html');
      if (!existsSync(file)) return sendStatus(res, 404);
    }

    let type = lookup(config.contentType, path) ?? null;
    if (!type) {
      const t = contentTypeOf(file);
      if (isText(t)) {
        const noCharset = config.noCharset?.some((p) => matchPattern(p, path));
        const cs = noCharset ? null : opts.charsetFor ? opts.charsetFor(path) : 'utf-8';
        type = cs ? `${t}; charset=${cs}` : t;
      } else type = t;
    }
    const size = statSync(file).size;
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(size) });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
