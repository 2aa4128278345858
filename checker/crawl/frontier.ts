// Priority frontier: lower `prio` first, FIFO within a priority. An URL queued again with a better priority is
// moved up (an ordinary link that the core later names as an ITA item link).
export type Role = 'seed' | 'explicit' | 'lead' | 'item' | 'item-doc';

export interface Entry {
  url: string;
  depth: number;
  /** 0 start/explicit · 1 ITA index/item links · 2 documents on ITA pages, ITA-looking links · 3 pages · 4 documents */
  prio: number;
  role?: Role;
  offSite?: boolean;
  from?: string;
}

interface Slot extends Entry {
  dead?: boolean;
  /** Parsed once: take() asks about hosts, not URLs (bench: re-parsing every queued URL per take was quadratic). */
  host: string;
}

function hostKey(url: string): string {
  const m = /^[a-z]+:\/\/([^/?#]*)/i.exec(url);
  return (m?.[1] ?? '').toLowerCase();
}

export class Frontier {
  private buckets: Slot[][] = [[], [], [], [], []];
  private byUrl = new Map<string, Slot>();
  /** Live entries per host: take() stops scanning once every queued host has said "not now". */
  private perHost = new Map<string, number>();

  private count(host: string, d: number): void {
    const n = (this.perHost.get(host) ?? 0) + d;
    if (n > 0) this.perHost.set(host, n);
    else this.perHost.delete(host);
  }

  get size(): number {
    return this.byUrl.size;
  }

  has(url: string): boolean {
    return this.byUrl.has(url);
  }

  get(url: string): Entry | undefined {
    return this.byUrl.get(url);
  }

  /** Adds or upgrades; returns false when an equal or better entry is queued. */
  add(e: Entry): boolean {
    const old = this.byUrl.get(e.url);
    if (old && old.prio <= e.prio) return false;
    if (old) {
      old.dead = true;
      this.count(old.host, -1);
    }
    const slot: Slot = { ...e, prio: Math.max(0, Math.min(4, e.prio)), host: hostKey(e.url) };
    this.count(slot.host, 1);
    this.byUrl.set(e.url, slot);
    this.buckets[slot.prio].push(slot);
    return true;
  }

  remove(url: string): void {
    const old = this.byUrl.get(url);
    if (old) {
      old.dead = true;
      this.count(old.host, -1);
    }
    this.byUrl.delete(url);
  }

  /** Best entry whose host may be fetched now. `ready` is asked once per host per call. */
  take(ready: (url: string) => boolean): Entry | undefined {
    const busy = new Set<string>();
    for (const b of this.buckets) {
      for (let i = 0; i < b.length; i++) {
        const s = b[i];
        if (s.dead) {
          b.splice(i--, 1);
          continue;
        }
        if (busy.has(s.host)) continue;
        if (ready(s.url)) {
          if (i === 0) b.shift(); // the usual case; shift is O(1) in V8, splice(0, 1) copies the bucket
          else b.splice(i, 1);
          this.byUrl.delete(s.url);
          this.count(s.host, -1);
          const { host: _host, dead: _dead, ...entry } = s;
          return entry;
        }
        busy.add(s.host);
        if (busy.size >= this.perHost.size) return undefined;
      }
    }
    return undefined;
  }

  drain(): Entry[] {
    const all = this.buckets.flat().filter((s) => !s.dead).map(({ host: _host, dead: _dead, ...e }) => e);
    this.buckets = [[], [], [], [], []];
    this.byUrl.clear();
    this.perHost.clear();
    return all;
  }
}
