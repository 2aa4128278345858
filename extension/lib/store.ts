// What the extension remembers, per site: the last result (with its time), the fetched snapshots (so a
// year switch re-judges without new requests), the user's switch-ons, language, and this session's count.
import { storage } from 'wxt/utils/storage';
import type { SiteVerdict, Snapshot } from '../../checker/core/types';
import type { Lang } from './i18n';

export interface SiteRecord {
  site: string;
  homeUrl: string;
  /** The ITA index page the check started from (or found). */
  indexUrl?: string;
  checkedAt: string;
  year: number;
  ruleSetId: string;
  verdict: SiteVerdict;
  /** Requests sent in this check (cache hits excluded). */
  fetched: number;
  /** URLs not fetched because the session cap was reached. */
  skipped: string[];
  /** Documents whose text the extension could not read (the CLI can). */
  unread: string[];
  source: 'live' | 'report';
  reportUrl?: string;
  error?: string;
}

export interface CachedSnapshot extends Snapshot {
  fetchedAt: string;
}

/** How long a fetched page stays fresh before "check" fetches it again (check again always does). */
export const SNAPSHOT_TTL_MS = 6 * 60 * 60 * 1000;
/** Keeps storage small: long PDFs are judged on their first part; the CLI reads everything. */
export const MAX_STORED_TEXT = 200_000;

const enc = (site: string) => encodeURIComponent(site);
const recordKey = (site: string) => `local:oit:site:${enc(site)}` as const;
const snapsKey = (site: string) => `local:oit:snaps:${enc(site)}` as const;
const countKey = (site: string) => `session:oit:count:${enc(site)}` as const;

export function recordStorageKey(site: string): string {
  return recordKey(site);
}

export async function getRecord(site: string): Promise<SiteRecord | null> {
  return storage.getItem<SiteRecord>(recordKey(site));
}

export async function setRecord(rec: SiteRecord): Promise<void> {
  await storage.setItem(recordKey(rec.site), rec);
}

export function watchRecord(site: string, cb: (rec: SiteRecord | null) => void): () => void {
  return storage.watch<SiteRecord>(recordKey(site), (v) => cb(v));
}

export async function getSnapshots(site: string): Promise<Record<string, CachedSnapshot>> {
  return (await storage.getItem<Record<string, CachedSnapshot>>(snapsKey(site))) ?? {};
}

export async function putSnapshots(site: string, snaps: CachedSnapshot[]): Promise<void> {
  const all = await getSnapshots(site);
  for (const s of snaps) all[s.url] = { ...s, text: s.text.length > MAX_STORED_TEXT ? s.text.slice(0, MAX_STORED_TEXT) : s.text };
  await storage.setItem(snapsKey(site), all);
}

export function isFresh(s: CachedSnapshot, now: Date, ttl = SNAPSHOT_TTL_MS): boolean {
  return now.getTime() - Date.parse(s.fetchedAt) < ttl;
}

export const sessionCounts = {
  get: async (site: string) => (await storage.getItem<number>(countKey(site))) ?? 0,
  set: async (site: string, n: number) => storage.setItem(countKey(site), n),
};

const enabledSites = storage.defineItem<string[]>('local:oit:enabledSites', { fallback: [] });
const lang = storage.defineItem<Lang>('local:oit:lang', { fallback: 'th' });

export async function getEnabledSites(): Promise<string[]> {
  return enabledSites.getValue();
}
export async function addEnabledSite(pattern: string): Promise<void> {
  const all = await enabledSites.getValue();
  if (!all.includes(pattern)) await enabledSites.setValue([...all, pattern]);
}
export async function removeEnabledSite(pattern: string): Promise<void> {
  await enabledSites.setValue((await enabledSites.getValue()).filter((p) => p !== pattern));
}
export const langItem = lang;
