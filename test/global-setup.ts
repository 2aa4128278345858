// Shared once-per-run preparation. Extension e2e tests need a built extension; building it here keeps
// `npm test` a single command on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  if (process.env.OIT_SKIP_EXTENSION_BUILD) return;
  if (!existsSync('extension/entrypoints')) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
