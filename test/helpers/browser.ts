// Browser tests run wherever a Chromium is found; on a developer's machine without one they skip with the
// reason, but under CI=true a missing browser is a failure, so CI always runs them.
import { BrowserNotFoundError, resolveBrowser, type ResolvedBrowser } from '../../checker/browser/resolve';

export function browserOrSkip(opts: { forExtensions?: boolean } = {}): { browser?: ResolvedBrowser; skipReason?: string } {
  try {
    return { browser: resolveBrowser(opts) };
  } catch (e) {
    if (e instanceof BrowserNotFoundError && process.env.CI !== 'true') {
      const skipReason = `skipped: ${e.message.split('\n')[0]}`;
      console.warn(skipReason);
      return { skipReason };
    }
    throw e;
  }
}
