// The site crawler: a small own queue over undici (TOOLCHAIN.md: 4–8× faster than Crawlee, honours
// Retry-After and Crawl-delay, resumable). Scope: the agency's host and its www. twin; off-site pages only one
// hop from ITA index/item pages. ITA index pages and their item links go first so a page budget cannot starve
// the evidence.
import type { Snapshot } from '../core/types';
import { detach, keepStrings } from '../extract/html';
import { closeHttpAgents } from '../fetch/http';
import { looksLikeFileUrl } from '../fetch/kind';
import { DEFAULT_USER_AGENT } from '../fetch/user-agent';
import { PageRenderer } from '../render/renderer';
import { Frontier, type Entry, type Role } from './frontier';
import { RobotsCache } from './robots';
import { readSitemaps } from './sitemap';
import { fetchDocument, type FetchOutcome } from './snapshot';
import { StateLog, readState, type StateRecord } from './state';
import type { CrawlFinding, CrawlOptions, CrawlResult, NotChecked } from './types';
import { hostOf, isSameSite, normalizeUrl, siteHostsOf, urlPattern } from './url';

const MAX_CRAWL_DELAY_MS = 5_000;
/** Calendar-like URL shapes: a few are enough to see what they hold. */
const DATEISH_CAP = 12;
/** Distinct query-key combinations on one path before it counts as a query-string explosion. */
const QUERY_SHAPES_PER_PATH = 8;
/** Consecutive network failures after which a host is given up. */
const HOST_FAILURES = 8;
// Only a queue-priority hint, run on every link: a cheap regex rather than the core's itaCue(), which
// normalises Thai text and decides what an index page is (judging stays in the core).
const ITA_CUE = /\bITA\b|\bOIT\b|คุณธรรมและความโปร่งใส|เปิดเผยข้อมูลสาธารณะ|ita[-_]?(25|20)\d\d|\/ita\b/i;

interface HostState {
  active: number;
  nextAt: number;
  delayMs: number;
  concurrency: number;
  failures: number;
  configured?: Promise<void>;
}

export async function crawlSite(opts: CrawlOptions): Promise<CrawlResult> {
  const started = Date.now();
  const maxPages = opts.maxPages ?? 300;
  const maxDepth = opts.maxDepth ?? 4;
  const perHost = opts.perHostConcurrency ?? 2;
  const baseDelay = opts.delayMs ?? 250;
  const userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
  const log = opts.log ?? (() => undefined);
  const explicit = !!opts.explicitUrls?.length;
  const startUrl = normalizeUrl(opts.startUrl);
  if (!startUrl) throw new Error(`Not an http(s) URL: ${opts.startUrl}`);
  const siteHosts = siteHostsOf(startUrl);
  const patternCap = Math.max(40, Math.floor(maxPages * 0.4));
  const maxInFlight = Math.max(8, perHost * 3);

  const http = { timeoutMs: opts.timeoutMs, retries: opts.retries, retryBaseMs: opts.retryBaseMs, maxBytes: opts.maxBytes, insecure: opts.insecure, userAgent, signal: opts.signal, log };
  const robots = new RobotsCache(http);
  const renderer = opts.render === 'never' ? undefined : new PageRenderer({ userAgent, insecure: opts.insecure, timeoutMs: opts.timeoutMs, browserArgs: opts.browserArgs });

  const frontier = new Frontier();
  const done = new Set<string>();
  // Taken from the frontier and not finished yet: a page that links back to one of these must not queue it again
  // (it would be fetched twice, and recorded twice in the resume state).
  const inFlight = new Set<string>();
  const snapshots: Snapshot[] = [];
  const notChecked = new Map<string, NotChecked>();
  const findings = new Map<string, CrawlFinding>();
  const patterns = new Map<string, number>();
  const pathShapes = new Map<string, Set<string>>();
  const hosts = new Map<string, HostState>();
  const stats = { pages: 0, documents: 0, bytes: 0, durationMs: 0, rendered: 0 };
  let fetched = 0;
  let active = 0;
  let unexpanded = 0;
  let robotsBlocked = 0;
  let recording = true;
  const stateLog = opts.statePath ? new StateLog(opts.statePath) : undefined;

  const record = (rec: StateRecord) => {
    if (recording) stateLog?.append(rec);
  };
  const finding = (f: CrawlFinding) => {
    if (findings.has(f.code)) return;
    findings.set(f.code, f);
    record({ t: 'finding', finding: f });
  };
  const skip = (url: string, reason: NotChecked['reason'], detail?: string) => {
    if (!notChecked.has(url)) notChecked.set(url, { url, reason, detail });
  };

  // ---- scope and enqueueing (used live and when replaying a saved state) ----

  // Every page repeats the site's menu, so most links a page gives were seen on the page before: what the crawler
  // works out about a URL (its normal form, host, file look, ITA cue) is kept rather than re-parsed per link and
  // per call (bench: URL parsing per link was a hot spot). Bounded, so a huge site cannot grow it without end.
  interface UrlFacts {
    n: string | undefined;
    host: string;
    file: boolean;
    itaCue: boolean;
  }
  const facts = new Map<string, UrlFacts>();
  const factsOf = (url: string): UrlFacts => {
    let f = facts.get(url);
    if (!f) {
      const n = normalizeUrl(url);
      f = n ? { n, host: hostOf(n), file: looksLikeFileUrl(n), itaCue: ITA_CUE.test(decodeSafe(n)) } : { n, host: '', file: false, itaCue: false };
      if (facts.size >= 20_000) facts.clear();
      facts.set(url, f);
    }
    return f;
  };
  const onSiteHost = (f: UrlFacts) => siteHosts.includes(f.host);

  function add(url: string, depth: number, prio: number, role: Role | undefined, from: string | undefined, offSiteOk: boolean): void {
    const f = factsOf(url);
    const n = f.n;
    if (!n || done.has(n) || inFlight.has(n)) return;
    const onSite = onSiteHost(f);
    if (!onSite && !offSiteOk) return;
    const queued = frontier.get(n);
    if (queued && queued.prio <= prio) return;
    if (!queued && prio >= 3) {
      if (depth > maxDepth) return skip(n, 'depth', `depth ${depth} > ${maxDepth}`);
      const p = urlPattern(n);
      const count = (patterns.get(p.key) ?? 0) + 1;
      if (count > (p.dateish ? DATEISH_CAP : patternCap)) return skip(n, 'budget', `URL pattern cap (${p.key})`);
      const shapes = pathShapes.get(p.pathKey) ?? new Set<string>();
      if (!shapes.has(p.queryKeys) && shapes.size >= QUERY_SHAPES_PER_PATH) return skip(n, 'budget', `query-string explosion (${p.pathKey})`);
      shapes.add(p.queryKeys);
      pathShapes.set(p.pathKey, shapes);
      patterns.set(p.key, count);
    }
    notChecked.delete(n);
    frontier.add({ url: n, depth, prio, role, from, offSite: !onSite || undefined });
  }

  function expand(s: Snapshot, entry: Entry): void {
    if (explicit || s.kind !== 'html' || !s.links.length) return;
    const onSite = !entry.offSite && isSameSite(s.finalUrl, siteHosts);
    const d = entry.depth + 1;
    let pr: ReturnType<NonNullable<CrawlOptions['prioritize']>>;
    try {
      pr = opts.prioritize?.(s);
    } catch (e) {
      log(`prioritize failed on ${s.url}: ${(e as Error).message}`);
    }
    const isIndex = !!pr?.isIndex;
    for (const u of pr?.urls ?? []) {
      // An index page's item links are evidence wherever they point (one hop); a lead to an index page may
      // leave the site only from the agency's own pages.
      const offOk = isIndex || onSite;
      const f = factsOf(u);
      const n = f.n;
      if (!n) continue;
      if (!offOk && !onSiteHost(f)) {
        if (!done.has(n)) skip(n, 'off-site', `linked from ${s.finalUrl}`);
        continue;
      }
      add(n, d, 1, isIndex ? 'item' : 'lead', s.finalUrl, true);
    }
    if (!onSite) return; // never crawl other sites
    const itaPage = isIndex || entry.role === 'item' || entry.role === 'lead';
    for (const l of s.links) {
      const f = factsOf(l.href);
      const n = f.n;
      if (!n) continue;
      const file = f.file;
      if (!onSiteHost(f)) {
        // Documents and pages an ITA item page points to on Google Drive, Facebook, e-GP … (one hop).
        if (entry.role === 'item') add(n, d, 2, 'item-doc', s.finalUrl, true);
        continue;
      }
      if (itaPage && (file || entry.role === 'item')) add(n, d, 2, 'item-doc', s.finalUrl, false);
      else if (ITA_CUE.test(l.text) || f.itaCue) add(n, d, 2, undefined, s.finalUrl, false);
      else add(n, d, file ? 4 : 3, undefined, s.finalUrl, false);
    }
  }

  // Every page repeats the site's menu: its links and rows are the same strings on 10,000 pages. One shared copy
  // of each short string keeps the snapshots the judge needs from growing with the template (bench: 10k pages).
  // The extractor asks the pool before it copies a string out of the page's HTML, so a repeated menu entry is
  // neither copied nor kept twice.
  const pool = new Map<string, string>();
  const keep = (v: string): string => {
    if (v.length > 600) return detach(v);
    const hit = pool.get(v);
    if (hit !== undefined) return hit;
    const own = detach(v);
    pool.set(own, own);
    return own;
  };

  /** `replayed`: read back from the state file, so its strings have not been through `keep` yet. */
  function accept(entry: Entry, out: FetchOutcome, replayed = false): void {
    const s = out.snapshot;
    if (replayed) keepStrings(s, keep); // in place: the snapshot's arrays and link objects are its own
    if (s.contentType) s.contentType = keep(s.contentType);
    snapshots.push(s);
    // The home page moved to another domain: that domain is the agency's site now.
    if (entry.role === 'seed' && !s.error && !isSameSite(s.finalUrl, siteHosts)) siteHosts.push(...siteHostsOf(s.finalUrl));
    done.add(entry.url);
    const fin = s.finalUrl === entry.url ? entry.url : normalizeUrl(s.finalUrl);
    if (fin) {
      done.add(fin);
      frontier.remove(fin);
    }
    stats.bytes += out.bytes;
    if (s.kind === 'html') stats.pages++;
    else stats.documents++;
    if (s.rendered) stats.rendered++;
    if (out.notChecked) skip(entry.url, out.notChecked.reason, out.notChecked.detail);
    if (s.error?.startsWith('tls:')) {
      const code = s.error.slice(4);
      finding({
        code: `tls:${code}`,
        severity: 'error',
        th: `ใบรับรองความปลอดภัย (HTTPS) ของ ${hostOf(s.url)} ไม่ผ่านการตรวจสอบ (${code}) เบราว์เซอร์ของผู้ใช้จะแสดงคำเตือน`,
        en: `The HTTPS certificate of ${hostOf(s.url)} failed verification (${code}); visitors' browsers show a warning.`,
      });
    }
    if (s.error === 'render-unavailable')
      finding({
        code: 'render.unavailable',
        severity: 'warning',
        th: 'บางหน้าต้องใช้ JavaScript แต่ไม่พบเบราว์เซอร์ Chromium จึงตรวจได้ไม่ครบ',
        en: 'Some pages need JavaScript but no Chromium was found, so they were not fully checked.',
      });
    if (out.charsetCorrected)
      finding({
        code: 'charset.mislabelled',
        severity: 'warning',
        th: `หน้าเว็บระบุชุดอักขระไม่ตรงกับเนื้อหาจริง (เป็น ${out.charsetCorrected}) บางเบราว์เซอร์อาจแสดงภาษาไทยผิด`,
        en: `A page declares the wrong character set (it is ${out.charsetCorrected}); some browsers may show garbled Thai.`,
      });
    expand(s, entry);
  }

  // ---- resume ----

  const saved = opts.statePath ? readState(opts.statePath) : [];
  const meta = saved[0]?.t === 'meta' ? saved[0] : undefined;
  const resuming = !!meta && meta.startUrl === startUrl && meta.explicit === explicit;
  if (opts.statePath && !resuming && saved.length) throw new Error(`State file ${opts.statePath} belongs to another crawl (${meta?.startUrl ?? 'unknown'})`);
  if (!resuming) record({ t: 'meta', startUrl, explicit, v: 1 });

  // ---- seeds ----

  if (explicit) {
    for (const u of opts.explicitUrls!) {
      const n = normalizeUrl(u);
      if (n && !frontier.has(n)) frontier.add({ url: n, depth: 0, prio: 0, role: 'explicit', offSite: !isSameSite(n, siteHosts) || undefined });
      else if (!n) skip(u, 'unsupported', 'not an http(s) URL');
    }
  } else {
    frontier.add({ url: startUrl, depth: 0, prio: 0, role: 'seed' });
    let seeds: string[];
    const savedSeeds = saved.find((r): r is Extract<StateRecord, { t: 'seeds' }> => r.t === 'seeds');
    if (resuming && savedSeeds) seeds = savedSeeds.urls;
    else {
      const rules = opts.ignoreRobots ? undefined : await robots.get(startUrl);
      const roots = [...(rules?.sitemaps ?? []), new URL('/sitemap.xml', startUrl).href];
      seeds = await readSitemaps(roots, http, (u) => isSameSite(u, siteHosts)).catch(() => []);
      record({ t: 'seeds', urls: seeds });
    }
    for (const u of seeds) add(u, 1, ITA_CUE.test(decodeSafe(u)) ? 2 : 3, undefined, 'sitemap', false);
  }

  if (resuming) {
    recording = false;
    for (const rec of saved) {
      if (rec.t === 'done') {
        frontier.remove(rec.entry.url);
        fetched++;
        accept(rec.entry, { snapshot: rec.snapshot, bytes: rec.bytes, charsetCorrected: rec.charsetCorrected, notChecked: rec.notChecked, chain: [] }, true);
      } else if (rec.t === 'skip') {
        frontier.remove(rec.entry.url);
        done.add(rec.entry.url);
        skip(rec.notChecked.url, rec.notChecked.reason, rec.notChecked.detail);
        if (rec.notChecked.reason === 'robots') robotsBlocked++;
      } else if (rec.t === 'finding') findings.set(rec.finding.code, rec.finding);
    }
    recording = true;
    log(`resumed: ${fetched} done, ${frontier.size} queued`);
  }

  // ---- per-host politeness ----

  function hostState(url: string): HostState {
    const h = facts.get(url)?.host ?? hostOf(url); // asked on every take(): no URL parse for a known URL
    let st = hosts.get(h);
    if (!st) {
      st = { active: 0, nextAt: 0, delayMs: baseDelay, concurrency: perHost, failures: 0 };
      hosts.set(h, st);
      if (!opts.ignoreRobots) {
        const s = st;
        s.configured = robots.get(url).then((rules) => {
          if (rules.crawlDelayMs === undefined) return;
          const d = Math.min(rules.crawlDelayMs, MAX_CRAWL_DELAY_MS);
          if (rules.crawlDelayMs > MAX_CRAWL_DELAY_MS) {
            log(`Crawl-delay ${rules.crawlDelayMs / 1000} s on ${h} clamped to ${d / 1000} s`);
            finding({
              code: `robots.crawl-delay-clamped:${h}`,
              severity: 'info',
              th: `robots.txt ของ ${h} ขอให้เว้น ${rules.crawlDelayMs / 1000} วินาทีต่อคำขอ ตัวตรวจใช้ ${d / 1000} วินาที`,
              en: `robots.txt on ${h} asks for ${rules.crawlDelayMs / 1000} s between requests; the checker waits ${d / 1000} s.`,
            });
          }
          s.delayMs = Math.max(baseDelay, d);
          s.concurrency = 1; // a delay between requests means one at a time
        });
      }
    }
    return st;
  }

  const ready = (url: string) => {
    const st = hostState(url);
    return st.active < st.concurrency && Date.now() >= st.nextAt;
  };

  let wake: () => void = () => undefined;
  const progress = () =>
    opts.onProgress?.({ fetched, queued: frontier.size, documents: stats.documents, notChecked: notChecked.size });

  async function run(entry: Entry, st: HostState): Promise<void> {
    // The host's slot is freed as soon as its answer is in: parsing a 60-page PDF must not keep the next page
    // from being requested (the bench measured PDFs serialising the crawl behind them).
    let released = false;
    let awaitingExpand = false;
    const release = (page = false) => {
      if (released) return;
      released = true;
      st.active--;
      if (page) {
        awaitingExpand = true;
        unexpanded++;
      }
      wake();
    };
    try {
      await st.configured;
      if (!opts.ignoreRobots) {
        const rules = await robots.get(entry.url);
        if (!rules.allowed(entry.url)) {
          fetched--;
          robotsBlocked++;
          done.add(entry.url);
          const nc: NotChecked = { url: entry.url, reason: 'robots', detail: 'disallowed by robots.txt' };
          skip(entry.url, nc.reason, nc.detail);
          record({ t: 'skip', entry, notChecked: nc });
          st.nextAt = 0;
          return;
        }
      }
      if (st.failures >= HOST_FAILURES) {
        fetched--;
        skip(entry.url, 'error', `${hostOf(entry.url)} stopped answering`);
        return;
      }
      const out = await fetchDocument(entry.url, {
        ...http,
        render: opts.render,
        renderer,
        browserArgs: opts.browserArgs,
        maxPdfPages: opts.maxPdfPages,
        maxTextChars: opts.maxTextChars,
        depth: entry.depth,
        onBody: release,
        keep,
      });
      // An aborted fetch is not a result: leave it for the resumed run.
      if (opts.signal?.aborted) return;
      const e = out.snapshot.error;
      st.failures = out.snapshot.status === 0 && e && !e.startsWith('tls:') && e !== 'too-large' ? st.failures + 1 : 0;
      record({ t: 'done', entry, snapshot: out.snapshot, bytes: out.bytes, charsetCorrected: out.charsetCorrected, notChecked: out.notChecked });
      accept(entry, out);
    } catch (e) {
      log(`crawl error on ${entry.url}: ${(e as Error).stack ?? e}`);
      skip(entry.url, 'error', String((e as Error).message ?? e));
    } finally {
      inFlight.delete(entry.url);
      release();
      if (awaitingExpand) unexpanded--;
      active--;
      progress();
      wake();
    }
  }

  // ---- main loop ----

  const running = new Set<Promise<void>>();
  try {
    while (!opts.signal?.aborted) {
      const budgetLeft = fetched < maxPages;
      // Documents being parsed after their host slot was freed still count here, which bounds bodies in memory.
      // Pages whose host slot is free but whose links are not queued yet (still being parsed) hold back new requests
      // beyond one per slot: the links they add may outrank what is queued (ITA items under a small budget).
      const entry = budgetLeft && active < maxInFlight && unexpanded <= perHost ? frontier.take(ready) : undefined;
      if (entry) {
        const st = hostState(entry.url);
        if (st.failures >= HOST_FAILURES) {
          skip(entry.url, 'error', `${hostOf(entry.url)} stopped answering`);
          continue;
        }
        st.active++;
        st.nextAt = Date.now() + st.delayMs;
        active++;
        fetched++;
        inFlight.add(entry.url);
        const p = run(entry, st);
        running.add(p);
        void p.finally(() => running.delete(p));
        continue;
      }
      if (!active && (!budgetLeft || !frontier.size)) break;
      // Sleep until a fetch finishes or the earliest host delay runs out.
      const now = Date.now();
      let until = 1_000;
      for (const st of hosts.values()) if (st.active < st.concurrency && st.nextAt > now) until = Math.min(until, st.nextAt - now);
      await new Promise<void>((resolve) => {
        const t = setTimeout(finish, Math.max(5, until));
        function finish() {
          clearTimeout(t);
          opts.signal?.removeEventListener('abort', finish);
          resolve();
        }
        wake = finish;
        opts.signal?.addEventListener('abort', finish, { once: true });
      });
      wake = () => undefined;
    }
    await Promise.all(running);
  } finally {
    stateLog?.close();
    await renderer?.close();
    await closeHttpAgents();
  }

  if (!opts.signal?.aborted) {
    const left = frontier.drain();
    for (const e of left) skip(e.url, 'budget', `page budget ${maxPages} reached`);
    if (left.length)
      finding({
        code: 'crawl.budget',
        severity: 'info',
        th: `ตรวจครบจำนวนหน้าที่กำหนด (${maxPages}) แล้ว ยังเหลือ ${left.length} URL ที่ไม่ได้ตรวจ`,
        en: `The page budget (${maxPages}) was reached; ${left.length} URLs were not checked.`,
      });
  }
  if (robotsBlocked)
    finding({
      code: 'robots.disallowed',
      severity: 'warning',
      th: `robots.txt ห้ามเข้าถึง ${robotsBlocked} URL ผู้ประเมินอาจเข้าถึงได้ แต่ตัวตรวจจะไม่เข้าไป`,
      en: `robots.txt disallows ${robotsBlocked} URLs; the checker did not fetch them.`,
    });
  stats.durationMs = Date.now() - started;
  progress();
  stateLog?.close(); // the closing findings above reopened it
  return { snapshots, notChecked: [...notChecked.values()], findings: [...findings.values()], stats };
}

function decodeSafe(u: string): string {
  try {
    return decodeURI(u);
  } catch {
    return u;
  }
}
