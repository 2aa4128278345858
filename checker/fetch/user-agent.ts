// A truthful User-Agent: agencies' admins can see who is crawling and why (peers.md §6).
import { createRequire } from 'node:module';

function pkgInfo(): { version: string; home?: string } {
  try {
    const pkg = createRequire(import.meta.url)('../../package.json') as {
      version?: string;
      homepage?: string;
      repository?: string | { url?: string };
    };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    return { version: pkg.version ?? '0.0.0', home: pkg.homepage ?? repo };
  } catch {
    return { version: '0.0.0' };
  }
}

const info = pkgInfo();
export const CHECKER_VERSION = info.version;
export const DEFAULT_USER_AGENT = `oit-checker/${info.version} (+${info.home ?? 'ITA OIT disclosure checker; open source'})`;
