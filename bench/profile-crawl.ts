// Profiles the bench's crawl alone: serves the cached 2,000-page HTML site (bench/lib/site-gen.ts) from a child
// process and runs `crawlSite` (render never, delay 0) under the V8 CPU profiler of this process only (the
// inspector's Profiler, the same sampler as `node --cpu-prof`, without also profiling the server child).
//   npx tsx bench/profile-crawl.ts [--concurrency 2] [--rounds 3] [--cli] [--no-profile] [--pages 2000]
// --cli crawls with `oit check`'s crawl options (crawlOptionsFor: the core's index-page hook, the resume state file).
// Writes bench/.work/crawl.cpuprofile and prints the top self-time functions.
import { Session } from 'node:inspector/promises';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { crawlSite } from '../checker/crawl';
import { crawlOptionsFor } from '../checker/cli/pipeline';
import { loadBundledRuleSets } from '../rules/registry';
import { topSelf } from './lib/cpuprofile-top';
import { serveInChild } from './lib/procs';
import { generateSite } from './lib/site-gen';

const { values: a } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    pages: { type: 'string', default: '2000' },
    cli: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
  },
});
const WORK = resolve('bench/.work');
const pages = Number(a.pages);
const dir = join(WORK, pages === 2000 ? 'site-2000-html' : `site-${pages}-html`);
mkdirSync(WORK, { recursive: true });
generateSite(dir, pages, join(WORK, 'pdfs'), []);

const ruleSets = loadBundledRuleSets();
const statePath = join(WORK, 'profile-crawl-state');
const cliCrawl = (url: string) => {
  rmSync(statePath, { force: true });
  return crawlOptionsFor({ url: url + '/', ruleSets, outDir: WORK, formats: [], render: 'never', delayMs: 0, concurrency: Number(a.concurrency), maxPages: 50_000, maxDepth: 8 }, statePath);
};

const site = await serveInChild(dir);
const session = new Session();
const profile = !a['no-profile'];
try {
  if (profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  for (let r = 0; r < Number(a.rounds); r++) {
    if (profile && r === 1) await session.post('Profiler.start'); // round 0 warms the JIT
    const t = performance.now();
    const res = await crawlSite(a.cli ? cliCrawl(site.url) : { startUrl: site.url + '/', render: 'never', maxPages: 50_000, maxDepth: 8, perHostConcurrency: Number(a.concurrency), delayMs: 0 });
    const sec = (performance.now() - t) / 1000;
    console.log(`round ${r}: ${res.snapshots.length} URLs in ${sec.toFixed(2)} s = ${(res.snapshots.length / sec).toFixed(0)}/s  rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
  }
  if (profile) {
    const { profile: p } = await session.post('Profiler.stop');
    const out = join(WORK, 'crawl.cpuprofile');
    writeFileSync(out, JSON.stringify(p));
    console.log(`\n${out}\n${topSelf(p as never, 40)}`);
  }
} finally {
  if (profile) session.disconnect();
  await site.close();
}
