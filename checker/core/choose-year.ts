// Which ITA year to judge (ita-oit.md §6.4): an explicit year wins; otherwise the newest year for which the
// site has an index page AND a rule set exists, naming the page that decided. A site already on a year no
// rule set serves is said loudly and not judged unless the user asks for a year explicitly.
import type { Bilingual, RuleSet } from '../../rules/schema';
import { currentFiscalYear } from './dates';
import type { IndexPageInfo, Message } from './types';

export interface YearChoiceInput {
  /** Explicit ITA year (BE) from --year or the side panel. */
  explicitYear?: number;
  ruleSets: RuleSet[];
  /** Index pages seen on the site, best first (discovery's `indexPages`). */
  indexPages: IndexPageInfo[];
  now?: Date;
}

export interface YearChoice {
  year: number;
  /** The rule set serving `year`; undefined when none does (then `judge` is false). */
  ruleSet?: RuleSet;
  /** False when the items must not be judged: no rule set for the year the site or the user names. */
  judge: boolean;
  reason: Bilingual;
  /** The index page whose year decided, when one did. */
  decidedBy?: IndexPageInfo;
  findings: Message[];
}

export function ruleSetForYear(ruleSets: RuleSet[], year: number): RuleSet | undefined {
  // Several rule sets could claim a year (a user's file beside the bundled one): the last given wins.
  return [...ruleSets].reverse().find((rs) => rs.years.includes(year));
}

const knownYears = (ruleSets: RuleSet[]) => [...new Set(ruleSets.flatMap((r) => r.years))].sort((a, b) => a - b);

export function chooseYear(input: YearChoiceInput): YearChoice {
  const { ruleSets, indexPages } = input;
  const known = knownYears(ruleSets);
  const newestKnown = known[known.length - 1];
  const knownList = known.join(', ');
  const findings: Message[] = [];

  if (input.explicitYear !== undefined) {
    const y = input.explicitYear;
    const rs = ruleSetForYear(ruleSets, y);
    if (rs)
      return {
        year: y,
        ruleSet: rs,
        judge: true,
        reason: { th: `ตรวจตามปี ITA ${y} ที่ผู้ใช้ระบุ`, en: `ITA ${y}, as the user asked` },
        findings,
      };
    findings.push({
      code: 'year.no-rules',
      severity: 'error',
      th: `ไม่มีชุดเกณฑ์สำหรับ ITA ${y} (มีเกณฑ์ปี ${knownList}) จึงไม่ได้ตรวจรายข้อ`,
      en: `No rule set for ITA ${y} (rules known for ${knownList}); items were not judged`,
    });
    return {
      year: y,
      judge: false,
      reason: { th: `ปี ITA ${y} ที่ผู้ใช้ระบุ ไม่มีชุดเกณฑ์`, en: `ITA ${y} as asked, but no rule set serves it` },
      findings,
    };
  }

  const dated = indexPages.filter((p): p is IndexPageInfo & { year: number } => typeof p.year === 'number');
  const siteYears = [...new Set(dated.map((p) => p.year))].sort((a, b) => b - a);
  const bestPageOf = (y: number) => dated.find((p) => p.year === y);

  if (siteYears.length && newestKnown !== undefined && siteYears[0] > newestKnown) {
    const newest = siteYears[0];
    const page = bestPageOf(newest)!;
    const olderKnown = siteYears.find((y) => ruleSetForYear(ruleSets, y));
    findings.push({
      code: 'year.newer-than-rules',
      severity: 'error',
      th: `เว็บไซต์นี้เผยแพร่ ITA ${newest} (${page.url}) แต่ชุดเกณฑ์มีถึงปี ${newestKnown} เท่านั้น: ไม่ได้ตรวจรายข้อ${
        olderKnown ? ` ระบุปี ${olderKnown} เพื่อตรวจหน้าของปีนั้น` : ` ระบุปี ${newestKnown} หากต้องการตรวจด้วยเกณฑ์ล่าสุดที่มี`
      }`,
      en: `This site publishes ITA ${newest} (${page.url}); rules known up to ${newestKnown}. Items were not judged${
        olderKnown ? `; ask for year ${olderKnown} to judge that year's page` : `; ask for year ${newestKnown} to judge against the newest rules`
      }`,
    });
    return {
      year: newest,
      judge: false,
      decidedBy: page,
      reason: { th: `หน้า ITA ล่าสุดของเว็บไซต์เป็นปี ${newest} (${page.url})`, en: `The site's newest ITA index page is for ${newest} (${page.url})` },
      findings,
    };
  }

  const served = siteYears.find((y) => ruleSetForYear(ruleSets, y));
  if (served !== undefined) {
    const page = bestPageOf(served)!;
    if (newestKnown !== undefined && served < newestKnown && served < currentFiscalYear(input.now ?? new Date()))
      findings.push({
        code: 'year.site-behind',
        severity: 'info',
        th: `หน้า ITA ล่าสุดที่พบเป็นปี ${served}; ชุดเกณฑ์มีถึงปี ${newestKnown} (เว็บไซต์อาจยังไม่เผยแพร่ปีหลัง หรือผู้ตรวจหาไม่พบ)`,
        en: `The newest ITA index page found is for ${served}; rules go up to ${newestKnown} (later years may be unpublished or were not found)`,
      });
    return {
      year: served,
      ruleSet: ruleSetForYear(ruleSets, served),
      judge: true,
      decidedBy: page,
      reason: { th: `หน้า ITA ปี ${served} ของเว็บไซต์ (${page.url}) เป็นปีล่าสุดที่มีเกณฑ์`, en: `The site's ITA ${served} index page (${page.url}) is the newest year with rules` },
      findings,
    };
  }

  // Nothing dated on the site (or only years older than every rule set): the newest rule-set year that has
  // already started in Bangkok; ITA Y runs during FY Y, so a later rule set is not due yet.
  const fyNow = currentFiscalYear(input.now ?? new Date());
  const started = known.filter((y) => y <= fyNow);
  const year = started.length ? started[started.length - 1] : known[0];
  const older = siteYears[0];
  return {
    year,
    ruleSet: ruleSetForYear(ruleSets, year),
    judge: year !== undefined,
    reason: older
      ? {
          th: `หน้า ITA ของเว็บไซต์เป็นปี ${older} ซึ่งไม่มีเกณฑ์: ตรวจตามปี ${year} (ปีล่าสุดที่มีเกณฑ์และเริ่มแล้ว ณ ปีงบประมาณ ${fyNow})`,
          en: `The site's ITA index page is for ${older}, which no rule set serves: judged as ITA ${year} (newest rule-set year already started in FY ${fyNow})`,
        }
      : {
          th: `ไม่พบหน้า ITA ที่ระบุปี: ตรวจตามปี ${year} (ปีล่าสุดที่มีเกณฑ์และเริ่มแล้ว ณ ปีงบประมาณ ${fyNow})`,
          en: `No dated ITA index page found: judged as ITA ${year} (newest rule-set year already started in FY ${fyNow})`,
        },
    findings,
  };
}
