// Small builders for judge tests: real rule sets from rules/, snapshots of real or realistic Thai text.
import { existsSync, readFileSync } from 'node:fs';
import { parseRuleSet } from '../../rules/parse';
import type { Item, RuleSet } from '../../rules/schema';
import type { JudgeItemInput } from '../../checker/core/api';
import type { Candidate, DocKind, ItemVerdict, Snapshot, SnapshotLink } from '../../checker/core/types';

export const HOME = 'https://www.lampangpao.go.th/';
export const SITE_HOSTS = ['lampangpao.go.th', 'www.lampangpao.go.th'];

const cache = new Map<number, RuleSet>();
/** The bundled rule set for an ITA year (rules/ita-<year>.yaml). */
export function ruleSet(year: number): RuleSet {
  let rs = cache.get(year);
  if (!rs) {
    const file = `rules/ita-${year}.yaml`;
    if (!existsSync(file)) throw new Error(`${file} missing`);
    rs = parseRuleSet(readFileSync(file, 'utf8'), file);
    cache.set(year, rs);
  }
  return rs;
}
export const hasRuleSet = (year: number) => existsSync(`rules/ita-${year}.yaml`);

export function item(rs: RuleSet, id: string): Item {
  const it = rs.items.find((i) => i.id === id);
  if (!it) throw new Error(`${rs.id} has no ${id}`);
  return it;
}

export const seed = (prefix: '001' | '003' | '004') => {
  const file = { '001': '001_fc853cc8a657a5d4', '003': '003_a7f2549b583db1a8', '004': '004_8ef762bd39961dbd' }[prefix];
  return readFileSync(`/work/shared/seeds/${file}.txt`, 'utf8');
};

export function snap(url: string, text: string, over: Partial<Snapshot> = {}): Snapshot {
  const kind: DocKind = over.kind ?? (/\.pdf$/i.test(url) ? 'pdf' : 'html');
  return {
    url,
    finalUrl: url,
    status: 200,
    kind,
    title: over.title ?? text.split('\n').find((l) => l.trim())?.trim().slice(0, 120) ?? '',
    headings: [],
    text,
    blocks: text.split('\n').filter((l) => l.trim()),
    links: [],
    pageCount: kind === 'pdf' ? Math.max(1, Math.ceil(text.length / 2500)) : undefined,
    ...over,
  };
}

export const failed = (url: string, status: number, error?: string): Snapshot => snap(url, '', { status, error, title: '' });

export function link(href: string, text: string, context = text): SnapshotLink {
  return { href, text, context };
}

export function cand(itemId: string, url: string, over: Partial<Candidate> = {}): Candidate {
  return { itemId, url, via: 'index-code-title', confidence: 0.9, reason: 'test', ...over };
}

export interface Case {
  year: number;
  id: string;
  snaps?: Snapshot[];
  candidates?: Candidate[];
  now?: Date;
  agencyName?: string;
  listedWithoutLink?: boolean;
  otherYearCandidates?: Candidate[];
  basis?: JudgeItemInput['basis'];
  rs?: RuleSet;
}

/** A JudgeItemInput as judgeSite builds it. Default clock: long after the year, so windows are closed. */
export function input(c: Case): JudgeItemInput {
  const rs = c.rs ?? ruleSet(c.year);
  const bySnap = new Map<string, Snapshot>();
  for (const s of c.snaps ?? []) {
    bySnap.set(s.url, s);
    bySnap.set(s.finalUrl, s);
  }
  return {
    rule: item(rs, c.id),
    ruleSet: rs,
    year: c.year,
    candidates: c.candidates ?? (c.snaps ?? []).map((s) => cand(c.id, s.url)),
    snapshot: (u) => bySnap.get(u),
    listedWithoutLink: c.listedWithoutLink ?? false,
    otherYearCandidates: c.otherYearCandidates ?? [],
    basis: c.basis ?? [],
    now: c.now ?? new Date('2024-06-01T00:00:00Z'),
    siteHosts: SITE_HOSTS,
    agencyName: c.agencyName,
    pointCost: { indicator: 25, oit: 12.5, ita: 5 },
  };
}

export const codes = (v: ItemVerdict) => [...v.messages, ...v.warnings].map((m) => m.code);
export const warningCodes = (v: ItemVerdict) => v.warnings.map((m) => m.code);
