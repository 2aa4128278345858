// One site, one verdict: hosts → year choice (§6.4) → discovery (§12) → items judged basis-first through the
// judge → score (§8) → site-level findings. Pure: the Node CLI and the extension call exactly this.
import type { Item, RuleSet } from '../../rules/schema';
import type { JudgeSiteInput } from './api';
import { chooseYear } from './choose-year';
import { canonicalUrl, discover, findIndexPages, siteHostsFrom } from './discover';
import { describeExpected, judgeItem } from './judge';
import { guessAgencyName } from './judge/agency';
import { normalizeWithOffsets } from './text/index';
import { pointCosts, scoreVerdicts } from './score';
import type { Discovery, ItemVerdict, Message, SiteVerdict, Snapshot } from './types';

/** At most this many candidates per item go to the judge, best first: it reads every one it is given. */
const MAX_CANDIDATES = 10;

/** Items in an order where every basis (dependsOn) comes before its dependents; rule-set order otherwise. */
export function dependencyOrder(items: Item[]): Item[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: Item[] = [];
  const visit = (it: Item) => {
    if (done.has(it.id) || visiting.has(it.id)) return; // a cycle is a rules error; do not loop on it
    visiting.add(it.id);
    for (const d of it.dependsOn) {
      const basis = byId.get(d.item);
      if (basis) visit(basis);
    }
    visiting.delete(it.id);
    done.add(it.id);
    out.push(it);
  };
  items.forEach(visit);
  return out;
}

function snapshotIndex(snapshots: Snapshot[]): (url: string) => Snapshot | undefined {
  const m = new Map<string, Snapshot>();
  for (const s of snapshots) {
    // A fetched page wins over a failed fetch of the same URL.
    for (const u of [s.url, s.finalUrl]) {
      if (!u) continue;
      const k = canonicalUrl(u);
      const prev = m.get(k);
      if (!prev || (prev.status === 0 && s.status !== 0)) m.set(k, s);
    }
  }
  return (url: string) => m.get(canonicalUrl(url));
}

/** Nothing judged: the whole site could not be read (§6.3 rule 4 — not the agency's proven fault). */
function unreadVerdict(item: Item, cost: ItemVerdict['pointCost'], year: number, message: Message): ItemVerdict {
  return { ...errorVerdict(item, cost, ''), messages: [message], expected: { ...describeExpected(item.period.kind, year), kind: item.period.kind, confidence: item.period.confidence } };
}

function errorVerdict(item: Item, cost: ItemVerdict['pointCost'], err: unknown): ItemVerdict {
  const why = err instanceof Error ? err.message : String(err);
  return {
    id: item.id,
    status: 'needs-review',
    name: item.name,
    subIndicator: item.subIndicator,
    evidence: [],
    messages: [
      {
        code: 'internal.error',
        severity: 'error',
        th: `ตรวจข้อนี้ไม่สำเร็จเพราะข้อผิดพลาดภายในของเครื่องมือ (${why}) ต้องตรวจด้วยตนเอง`,
        en: `The checker failed on this item (${why}); check it by hand`,
      },
    ],
    warnings: [],
    expected: { th: '-', en: '-', kind: item.period.kind, confidence: item.period.confidence },
    pointCost: cost,
    candidates: [],
    fix: item.fix,
  };
}

function discoveryFindings(d: Discovery, year: number, explicitMap: boolean): Message[] {
  const out: Message[] = [];
  if (explicitMap) {
    out.push({
      code: 'discovery.explicit-map',
      severity: 'info',
      th: 'ตรวจเฉพาะลิงก์ที่ระบุในแผนที่รายข้อ (เหมือนผู้ตรวจในระบบ ITAS)',
      en: 'Only the URLs of the given item map were checked (as an ITAS assessor does)',
    });
    return out;
  }
  if (d.olderIndexOnly)
    out.push({
      code: 'discovery.older-index-only',
      severity: 'warning',
      th: `ไม่พบหน้ารวมข้อมูล ITA ปี ${year}; พบเพียงหน้าของปี ${d.olderIndexOnly.year} (${d.olderIndexOnly.url}) ซึ่งใช้เป็นคำตอบของปี ${year} ไม่ได้`,
      en: `No ITA ${year} index page found; only the ITA ${d.olderIndexOnly.year} page (${d.olderIndexOnly.url}), which does not answer ${year}`,
    });
  else if (!d.chosen.length)
    out.push({
      code: 'discovery.no-index',
      severity: 'warning',
      th: `ไม่พบหน้ารวมข้อมูล ITA/OIT ปี ${year} ในเว็บไซต์: ค้นหาจากชื่อเรื่องทั่วทั้งเว็บไซต์แทน (ความเชื่อมั่นต่ำกว่า)`,
      en: `No ITA/OIT ${year} index page found on the site: items were looked for by title across the site (lower confidence)`,
    });
  else if (d.chosen.every((p) => p.year === undefined))
    out.push({
      code: 'discovery.index-undated',
      severity: 'info',
      th: `หน้ารวมข้อมูล ITA (${d.chosen[0].url}) ไม่ระบุปี: ควรระบุปี ITA ${year} ในหัวเรื่องของหน้า`,
      en: `The ITA index page (${d.chosen[0].url}) does not say its year: put "ITA ${year}" in its title`,
    });
  if (d.mismatches.length)
    out.push({
      code: 'discovery.code-title-mismatch',
      severity: 'warning',
      th: `รหัสข้อไม่ตรงกับชื่อเรื่องในหน้ารวมข้อมูล ${d.mismatches.length} แถว (ยึดตามชื่อเรื่อง): ${d.mismatches
        .slice(0, 5)
        .map((m) => `${m.code} → ${m.assignedTo}`)
        .join(', ')}`,
      en: `${d.mismatches.length} index rows carry a code that disagrees with their title (the title was trusted): ${d.mismatches
        .slice(0, 5)
        .map((m) => `${m.code} → ${m.assignedTo}`)
        .join(', ')}`,
    });
  return out;
}

function fetchFindings(home: Snapshot | undefined, homeUrl: string, snapshots: Snapshot[]): Message[] {
  const out: Message[] = [];
  if (!home || home.status === 0 || home.status >= 400)
    out.push({
      code: 'site.home-unreachable',
      severity: 'error',
      th: `เปิดหน้าแรกของเว็บไซต์ไม่ได้ (${homeUrl}${home?.error ? `: ${home.error}` : home?.status ? `: HTTP ${home.status}` : ''})`,
      en: `The home page could not be fetched (${homeUrl}${home?.error ? `: ${home.error}` : home?.status ? `: HTTP ${home.status}` : ''})`,
    });
  const tls = snapshots.filter((s) => s.error?.startsWith('tls'));
  if (tls.length)
    out.push({
      code: 'site.tls',
      severity: 'warning',
      th: `ใบรับรองความปลอดภัย (HTTPS) มีปัญหา ${tls.length} URL เช่น ${tls[0].url} (${tls[0].error})`,
      en: `${tls.length} URL(s) failed on the HTTPS certificate, e.g. ${tls[0].url} (${tls[0].error})`,
    });
  return out;
}

/**
 * The agency's name for the judge: the caller's, else the one the home page names most (its title and text),
 * so an off-site channel can be checked for "shows this agency" (§6.3 rule 8) and copied documents for
 * another agency's name. Undefined when the home page names no agency twice.
 */
export function agencyNameFor(input: Pick<JudgeSiteInput, 'agencyName' | 'homeUrl'>, home: Snapshot | undefined): { name?: string; guessed: boolean } {
  const given = input.agencyName?.trim();
  if (given) return { name: given, guessed: false };
  if (!home || home.status === 0 || home.status >= 400) return { guessed: false };
  const name = guessAgencyName(normalizeWithOffsets(`${home.title ?? ''}\n${home.text ?? ''}`).text);
  return name ? { name, guessed: true } : { guessed: false };
}

export function judgeSite(input: JudgeSiteInput): SiteVerdict {
  const siteHosts = input.siteHosts?.length ? input.siteHosts : siteHostsFrom(input.homeUrl);
  const ruleSets: RuleSet[] = [...(input.ruleSets ?? [])];
  if (!ruleSets.includes(input.ruleSet)) ruleSets.push(input.ruleSet);
  const now = input.now ?? new Date();
  const lookup = snapshotIndex(input.snapshots);

  const indexPages = findIndexPages({ ruleSet: input.ruleSet, snapshots: input.snapshots, siteHosts });
  const choice = chooseYear({ explicitYear: input.year, ruleSets, indexPages, now });
  const ruleSet = choice.ruleSet ?? input.ruleSet;
  const year = choice.year;
  const discovery = discover({ ruleSet, snapshots: input.snapshots, homeUrl: input.homeUrl, explicitMap: input.explicitMap, year, siteHosts });
  const agency = agencyNameFor(input, lookup(input.homeUrl));
  const findings: Message[] = [
    ...choice.findings,
    ...fetchFindings(lookup(input.homeUrl), input.homeUrl, input.snapshots),
    ...discoveryFindings(discovery, year, !!input.explicitMap),
    ...(agency.guessed
      ? [
          {
            code: 'site.agency-name-guessed',
            severity: 'info' as const,
            th: `ชื่อหน่วยงานที่ใช้ตรวจอ่านจากหน้าแรก: "${agency.name}" (ใช้ตรวจว่าหน้าเว็บภายนอกเป็นของหน่วยงานนี้) หากไม่ถูกต้องให้ระบุชื่อหน่วยงานเอง`,
            en: `Agency name read from the home page: "${agency.name}" (used to check that off-site pages belong to this agency); give the name yourself if it is wrong`,
          },
        ]
      : []),
  ];
  const costs = pointCosts(ruleSet);
  const result = (items: ItemVerdict[]): SiteVerdict => ({
    ruleSetId: ruleSet.id,
    year,
    yearReason: choice.reason,
    discovery,
    items,
    score: scoreVerdicts(ruleSet, items, { year, ...(input.iitEit ? { iitEit: input.iitEit } : {}) }),
    findings,
  });

  if (!choice.judge) return result([]);

  // An unreachable site proves nothing missing: every item is "not verified" rather than 43 × missing.
  const readable = input.snapshots.some((s) => s.status >= 200 && s.status < 400 && !s.error);
  if (!readable) {
    const home = lookup(input.homeUrl);
    const why = home?.error ?? (home?.status ? `HTTP ${home.status}` : 'no response');
    const msg: Message = {
      code: 'site.unreachable',
      severity: 'error',
      th: `อ่านเว็บไซต์ไม่ได้เลย (${why}) จึงยังไม่ได้ตรวจข้อนี้ ต้องตรวจซ้ำเมื่อเว็บไซต์เปิดได้`,
      en: `The site could not be read at all (${why}), so this item was not checked; check again when the site is up`,
    };
    return result(ruleSet.items.map((rule) => unreadVerdict(rule, costs[rule.id] ?? { indicator: 0, oit: 0, ita: 0 }, year, msg)));
  }

  const listed = new Set(discovery.listedWithoutLink);
  const verdicts = new Map<string, ItemVerdict>();
  for (const rule of dependencyOrder(ruleSet.items)) {
    const all = discovery.candidates[rule.id] ?? [];
    const current = all.filter((c) => c.indexYear === undefined || c.indexYear === year);
    const otherYear = all.filter((c) => c.indexYear !== undefined && c.indexYear !== year);
    const basis = rule.dependsOn
      .map((d) => verdicts.get(d.item))
      .filter((v): v is ItemVerdict => !!v)
      .map((verdict) => ({
        verdict,
        snapshots: verdict.evidence.map((e) => lookup(e.url)).filter((s): s is Snapshot => !!s),
      }));
    const pointCost = costs[rule.id] ?? { indicator: 0, oit: 0, ita: 0 };
    let v: ItemVerdict;
    try {
      v = judgeItem({
        rule,
        ruleSet,
        year,
        candidates: current.slice(0, MAX_CANDIDATES),
        snapshot: lookup,
        listedWithoutLink: listed.has(rule.id),
        otherYearCandidates: otherYear.slice(0, MAX_CANDIDATES),
        basis,
        now,
        siteHosts,
        ...(agency.name ? { agencyName: agency.name } : {}),
        pointCost,
      });
    } catch (err) {
      v = errorVerdict(rule, pointCost, err);
    }
    verdicts.set(rule.id, v);
  }
  return result(ruleSet.items.map((i) => verdicts.get(i.id)!));
}
