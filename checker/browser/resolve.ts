// The one place that decides which Chromium to launch. Order: OIT_BROWSER / PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
// Playwright's own downloaded Chromium, then system Chromium, then Chrome (never for extensions: branded
// Chrome 137+ ignores --load-extension).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface ResolvedBrowser {
  executablePath: string;
  source: 'env' | 'playwright' | 'system-chromium' | 'system-chrome';
}

export class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      'No Chromium found. Install one (Debian/Ubuntu: `apt-get install chromium`) or set OIT_BROWSER to its path.\n' +
        `Looked at: ${tried.join(', ')}`,
    );
    this.name = 'BrowserNotFoundError';
  }
}

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium'];
const SYSTEM_CHROME = ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

function playwrightOwn(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export function resolveBrowser(opts: { forExtensions?: boolean } = {}): ResolvedBrowser {
  const tried: string[] = [];
  for (const name of ['OIT_BROWSER', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const v = process.env[name];
    if (v) {
      tried.push(`$${name}=${v}`);
      if (existsSync(v)) return { executablePath: v, source: 'env' };
    }
  }
  const own = playwrightOwn();
  tried.push("Playwright's Chromium");
  if (own) return { executablePath: own, source: 'playwright' };
  for (const p of SYSTEM_CHROMIUM) {
    tried.push(p);
    if (existsSync(p)) return { executablePath: p, source: 'system-chromium' };
  }
  if (!opts.forExtensions)
    for (const p of SYSTEM_CHROME) {
      tried.push(p);
      if (existsSync(p)) return { executablePath: p, source: 'system-chrome' };
    }
  throw new BrowserNotFoundError(tried);
}

/**
 * Flags that keep Chromium quiet and on loopback on a closed network: without them it opens many
 * connections to Google hosts that this machine refuses.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** For tests: resolve names only loopback hosts, so nothing leaves the machine. */
export const LOOPBACK_ONLY_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];
