// The tool's name and version, recorded in every report (stale tools silently pass known problems).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { name: string; version: string } | undefined;

export function toolInfo(): { name: string; version: string } {
  if (cached) return cached;
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { name?: string; version?: string };
    cached = { name: pkg.name ?? 'oit-checker', version: pkg.version ?? '0.0.0' };
  } catch {
    cached = { name: 'oit-checker', version: '0.0.0' };
  }
  return cached;
}
