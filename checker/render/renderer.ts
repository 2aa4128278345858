// One Chromium for the whole crawl, one context, images/fonts/media blocked (peers.md §6). Pages are waited for
// with domcontentloaded plus a short DOM-quiet window; networkidle hangs on sites that poll.
import type { Browser, BrowserContext } from 'playwright-core';
import { BrowserNotFoundError, QUIET_CHROMIUM_ARGS, resolveBrowser } from '../browser/resolve';
import { DEFAULT_USER_AGENT } from '../fetch/user-agent';

export { BrowserNotFoundError };

export interface RendererOptions {
  userAgent?: string;
  insecure?: boolean;
  /** Navigation timeout. Default 30 s. */
  timeoutMs?: number;
  /** No DOM mutation for this long = settled. Default 500 ms. */
  quietMs?: number;
  /** Longest wait for the quiet window after domcontentloaded. Default 5 s. */
  maxSettleMs?: number;
  /** Extra Chromium flags (tests pass LOOPBACK_ONLY_ARGS). */
  browserArgs?: string[];
  /** Explicit executable; otherwise resolveBrowser(). */
  executablePath?: string;
  /** Restart the browser after this many pages to bound memory. Default 300. */
  recycleAfter?: number;
}

export interface Rendered {
  html: string;
  finalUrl: string;
  status: number;
  error?: string;
}

const BLOCKED = new Set(['image', 'font', 'media']);

export class PageRenderer {
  private browser?: Browser;
  private context?: BrowserContext;
  private starting?: Promise<BrowserContext>;
  private pages = 0;
  constructor(private readonly opts: RendererOptions = {}) {}

  /** Throws BrowserNotFoundError when no Chromium exists. */
  private async ctx(): Promise<BrowserContext> {
    if (this.context) return this.context;
    return (this.starting ??= (async () => {
      try {
        const executablePath = this.opts.executablePath ?? resolveBrowser().executablePath;
        const { chromium } = await import('playwright-core');
        this.browser = await chromium.launch({ executablePath, headless: true, args: [...QUIET_CHROMIUM_ARGS, ...(this.opts.browserArgs ?? [])] });
        this.context = await this.browser.newContext({
          userAgent: this.opts.userAgent ?? DEFAULT_USER_AGENT,
          ignoreHTTPSErrors: !!this.opts.insecure,
          acceptDownloads: false,
          locale: 'th-TH',
          serviceWorkers: 'block',
        });
        await this.context.route('**/*', (route) => (BLOCKED.has(route.request().resourceType()) ? route.abort() : route.continue()));
        return this.context;
      } finally {
        this.starting = undefined;
      }
    })());
  }

  async render(url: string): Promise<Rendered> {
    if (this.pages >= (this.opts.recycleAfter ?? 300)) await this.close();
    const context = await this.ctx();
    this.pages++;
    const page = await context.newPage();
    const timeout = this.opts.timeoutMs ?? 30_000;
    try {
      const res = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
      await page
        .evaluate(
          ({ quietMs, maxMs }) =>
            new Promise<void>((resolve) => {
              let t = setTimeout(done, quietMs);
              const cap = setTimeout(done, maxMs);
              const mo = new MutationObserver(() => {
                clearTimeout(t);
                t = setTimeout(done, quietMs);
              });
              mo.observe(document, { subtree: true, childList: true, characterData: true });
              function done() {
                mo.disconnect();
                clearTimeout(t);
                clearTimeout(cap);
                resolve();
              }
            }),
          { quietMs: this.opts.quietMs ?? 500, maxMs: this.opts.maxSettleMs ?? 5_000 },
        )
        .catch(() => undefined);
      return { html: await page.content(), finalUrl: page.url(), status: res?.status() ?? 0 };
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      return { html: '', finalUrl: url, status: 0, error: /Timeout/i.test(msg) ? 'timeout' : /Download is starting/i.test(msg) ? 'download' : 'render-failed' };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = undefined;
    this.context = undefined;
    this.pages = 0;
    await b?.close().catch(() => undefined);
  }
}
