// Profiles the bench's crawl alone: serves the cached 2,000-page HTML site (bench/lib/site-gen.ts) from a child
// process and runs `crawlSite` (render never, delay 0) under the V8 CPU profiler of this process only (the
// inspector's Profiler, the same sampler as `node --cpu-prof`, without also profiling the server child).
//   npx tsx bench/profile-crawl.ts [--concurrency 2] [--rounds 3] [--prioritize] [--no-profile] [--pages 2000]
// --prioritize passes the CLI's prioritize hook (core discovery on every page) as `oit check` does.
// Writes bench/.work/crawl.cpuprofile and prints the top self-time functions.
import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { crawlSite } from '../checker/crawl';
import { TitleMatcher, isIndexPageCandidate, itemLinksOf } from '../checker/core';
import type { Snapshot } from '../checker/core/types';
import { ruleSetForYear } from '../rules/registry';
import { topSelf } from './lib/cpuprofile-top';
import { serveInChild } from './lib/procs';
import { generateSite } from './lib/site-gen';

const { values: a } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    pages: { type: 'string', default: '2000' },
    prioritize: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
  },
});
const WORK = resolve('bench/.work');
const pages = Number(a.pages);
const dir = join(WORK, pages === 2000 ? 'site-2000-html' : `site-${pages}-html`);
mkdirSync(WORK, { recursive: true });
generateSite(dir, pages, join(WORK, 'pdfs'), []);

const rs = ruleSetForYear(2565)!;
const titles = new TitleMatcher(rs);
// The CLI's hook (checker/cli/pipeline.ts), minus its rule-set choice by year.
const prioritize = (s: Snapshot) => {
  const index = isIndexPageCandidate(s);
  if (!index.isIndex) return { urls: [] };
  return { urls: itemLinksOf(s, rs, 2565, { titles }).map((c) => c.url), isIndex: true };
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
    const res = await crawlSite({
      startUrl: site.url + '/',
      render: 'never',
      maxPages: 50_000,
      maxDepth: 8,
      perHostConcurrency: Number(a.concurrency),
      delayMs: 0,
      ...(a.prioritize ? { prioritize } : {}),
    });
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
