// An imported report.json (from the CLI or a nightly run) becomes a stored site record, so the side panel
// and the in-page badges show it exactly like a live check.
import { parseReport, type Report } from '../../checker/core/report-schema';
import type { ItemVerdict, SiteVerdict } from '../../checker/core/types';
import { siteKey } from './sites';
import type { SiteRecord } from './store';

export function recordFromReport(input: string | unknown, reportUrl?: string): SiteRecord {
  const report: Report = parseReport(input);
  const items = report.items.map(
    (i) =>
      ({
        ...i,
        evidence: i.evidence.map((e) => ({ ...e, via: e.via as ItemVerdict['evidence'][number]['via'] })),
        expected: { ...i.expected, kind: i.expected.kind, confidence: i.expected.confidence },
        candidates: (i.candidates ?? []).map((c) => ({ ...c, itemId: i.id })),
      }) as unknown as ItemVerdict,
  );
  const verdict: SiteVerdict = {
    ruleSetId: report.ruleSet.id,
    year: report.ruleSet.year,
    yearReason: report.ruleSet.yearReason,
    discovery: {
      indexPages: report.discovery.indexPages as SiteVerdict['discovery']['indexPages'],
      chosen: report.discovery.chosen as SiteVerdict['discovery']['chosen'],
      yearsSeen: report.discovery.yearsSeen,
      olderIndexOnly: report.discovery.olderIndexOnly as SiteVerdict['discovery']['olderIndexOnly'],
      candidates: {},
      listedWithoutLink: [],
      mismatches: [],
    },
    items,
    score: report.score,
    findings: report.findings,
  };
  return {
    site: siteKey(report.site.url),
    homeUrl: new URL('/', report.site.url).href,
    indexUrl: report.discovery.chosen[0]?.url,
    checkedAt: report.site.checkedAt,
    year: report.ruleSet.year,
    ruleSetId: report.ruleSet.id,
    verdict,
    fetched: report.pages.fetched,
    skipped: [],
    unread: [],
    source: 'report',
    reportUrl,
  };
}
