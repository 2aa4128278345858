// The core must run unchanged in the browser extension: bundle checker/core/index.ts for the browser and
// fail on any Node built-in. The second test proves the guard can fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

/** Rejects `node:*` and bare Node built-ins (fs, path, child_process …), naming the importer. */
const noNode: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      if (args.path.startsWith('node:') || (BUILTINS.has(bare) && !args.path.startsWith('.')))
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}` }] };
      return undefined;
    });
  },
};

async function bundle(entry: string) {
  return build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    plugins: [noNode],
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'oit-purity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('core purity', () => {
  it('checker/core/index.ts bundles for the browser with no Node built-in', async () => {
    const r = await bundle(resolve('checker/core/index.ts'));
    expect(r.errors).toEqual([]);
    const code = r.outputFiles[0].text;
    expect(code.length).toBeGreaterThan(10_000);
    expect(code).not.toMatch(/from\s*["']node:|require\(["'](?:node:)?(?:fs|path|child_process|os|url)["']\)/);
    // The bundle really carries the public API.
    for (const name of ['judgeSite', 'scoreVerdicts', 'isIndexPageCandidate', 'judgeItem']) expect(code).toContain(name);
  }, 60_000);

  it('the guard rejects a module that imports node:fs (and bare "path")', async () => {
    const bad = join(tmp, 'bad.ts');
    writeFileSync(bad, `import { readFileSync } from 'node:fs';\nexport const x = () => readFileSync('/etc/hostname', 'utf8');\n`);
    await expect(bundle(bad)).rejects.toThrow(/Node built-in "node:fs"/);
    const bad2 = join(tmp, 'bad2.ts');
    writeFileSync(bad2, `import { join } from 'path';\nexport const y = join('a', 'b');\n`);
    await expect(bundle(bad2)).rejects.toThrow(/Node built-in "path"/);
  });
});
