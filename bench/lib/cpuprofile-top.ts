// Top self-time functions of a V8 .cpuprofile (what `node --cpu-prof` or the inspector's Profiler writes).
// `npx tsx bench/lib/cpuprofile-top.ts file.cpuprofile [rows]`; also used by bench/profile-crawl.ts.
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export function topSelf(profile: Profile, rows = 30): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const n = byId.get(id)!;
    const f = n.callFrame;
    const where = f.url ? `${f.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|checker|bench)\//, '$1/')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  // Self time grouped by package/folder too: tells "cheerio's parser" from "our extraction" at a glance.
  const byArea = new Map<string, number>();
  for (const [k, v] of self) {
    const m = /(node_modules\/(?:@[^/]+\/)?[^/]+|checker\/[^/]+\/[^/:]+|bench\/[^:]+)/.exec(k);
    const area = m ? m[1] : k.startsWith('(') ? k.split(' ')[0] : 'node internals';
    byArea.set(area, (byArea.get(area) ?? 0) + v);
  }
  const fmt = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  return `total ${(total / 1000).toFixed(0)} ms\n-- by function (self) --\n${fmt(self, rows)}\n-- by file/package (self) --\n${fmt(byArea, 20)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[3] && !/^\d+$/.test(process.argv[3])) {
    console.log(inclusive(JSON.parse(readFileSync(process.argv[2]!, "utf8")) as Profile, new RegExp(process.argv[3])));
    process.exit(0);
  }
  const p = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile;
  console.log(topSelf(p, Number(process.argv[3] ?? 30)));
}

/** Inclusive time of every function whose name matches (a frame counted once per sample, recursion aside). */
export function inclusive(profile: Profile, names: RegExp): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!names.test(f.functionName)) continue;
      const key = `${f.functionName} ${f.url.replace(/^.*\/(node_modules|checker|bench)\//, '$1/')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  });
  return [...incl].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
}
