// A SiteVerdict built by hand in the shape the core returns, so the report writers can be tested on their
// own: 43 items of the ITA 2565 shape, every status, and hostile crawled text (a <script> title, a
// javascript: link, a formula-looking link text).
import type { ItemStatus, ItemVerdict, SiteVerdict, Snapshot } from '../../checker/core/types';
import type { CrawlSummary } from '../../checker/core/report-schema';

export const SUBS: Array<[string, number]> = [
  ['9.1', 9],
  ['9.2', 8],
  ['9.3', 7],
  ['9.4', 4],
  ['9.5', 5],
  ['10.1', 8],
  ['10.2', 2],
];

export const INDICATORS = [
  {
    id: '9',
    name: { th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' },
    subIndicators: [
      { id: '9.1', name: { th: 'ข้อมูลพื้นฐาน', en: 'Basic information' } },
      { id: '9.2', name: { th: 'การบริหารงาน', en: 'Administration' } },
      { id: '9.3', name: { th: 'การบริหารเงินงบประมาณ', en: 'Budget' } },
      { id: '9.4', name: { th: 'การบริหารและพัฒนาทรัพยากรบุคคล', en: 'Human resources' } },
      { id: '9.5', name: { th: 'การส่งเสริมความโปร่งใส', en: 'Transparency' } },
    ],
  },
  {
    id: '10',
    name: { th: 'การป้องกันการทุจริต', en: 'Corruption prevention' },
    subIndicators: [
      { id: '10.1', name: { th: 'การดำเนินการเพื่อป้องกันการทุจริต', en: 'Anti-corruption actions' } },
      { id: '10.2', name: { th: 'มาตรการภายในเพื่อป้องกันการทุจริต', en: 'Internal measures' } },
    ],
  },
];

export const HOSTILE_TITLE = '<script>alert("pwned")</script>คู่มือ';
export const JS_URL = 'javascript:alert(document.cookie)';

export interface SampleOptions {
  home?: string;
  /** Override statuses by item id. */
  statuses?: Record<string, ItemStatus>;
}

function defaultStatus(n: number): ItemStatus {
  if (n === 42) return 'missing';
  if (n === 43) return 'needs-review';
  if (n === 23) return 'incomplete';
  if (n === 12) return 'outdated';
  if (n === 30) return 'broken';
  return 'pass';
}

export function sampleVerdict(opts: SampleOptions = {}): { verdict: SiteVerdict; crawl: CrawlSummary } {
  const home = opts.home ?? 'http://127.0.0.1:8080/';
  const items: ItemVerdict[] = [];
  let n = 0;
  for (const [sub, count] of SUBS) {
    const nSubs = sub.startsWith('9.') ? 5 : 2;
    for (let k = 0; k < count; k++) {
      n++;
      const id = `O${n}`;
      const status = opts.statuses?.[id] ?? defaultStatus(n);
      const indicatorCost = 100 / count / nSubs;
      const url = `${home}ita/${id.toLowerCase()}.html`;
      const evidence =
        status === 'missing'
          ? []
          : [
              {
                url: n === 14 ? JS_URL : url,
                title: n === 13 ? HOSTILE_TITLE : `เอกสาร ${id}`,
                snippet: n === 13 ? '<img src=x onerror=alert(1)> ขั้นตอนการปฏิบัติงาน' : `ข้อมูล ${id} ปีงบประมาณ พ.ศ. 2565`,
                years: status === 'outdated' ? [2563] : [2565],
                via: 'index-code-title' as const,
                httpStatus: status === 'broken' ? 404 : 200,
              },
            ];
      items.push({
        id,
        status,
        name: { th: `ชื่อข้อ ${id}`, en: `Item ${id}` },
        subIndicator: sub,
        evidence,
        messages:
          status === 'pass'
            ? [{ code: 'pass', severity: 'info', th: 'พบข้อมูลครบถ้วน', en: 'found, complete' }]
            : [{ code: `status.${status}`, severity: 'error', th: n === 12 ? '=HYPERLINK("http://evil")' : `เหตุผล ${id}`, en: `reason ${id}` }],
        warnings: n === 5 ? [{ code: 'element.map', severity: 'warning', th: 'ไม่พบแผนที่', en: 'no map' }] : [],
        expected: { th: 'ปีงบประมาณ พ.ศ. 2565', en: 'fiscal year 2565', kind: 'fy', confidence: 'confirmed' },
        pointCost: { indicator: indicatorCost, oit: indicatorCost / 2, ita: (indicatorCost / 2) * 0.4 },
        candidates: evidence.length ? [{ itemId: id, url: evidence[0]!.url, via: 'index-code-title', confidence: 0.9, reason: 'row on the index page', ...(n === 3 ? { from: `${home}ita/` } : {}) }] : [],
        fix: { th: `วิธีแก้ ${id}`, en: `fix ${id}` },
        ...(n === 43 ? { notYetDue: { windowEnd: '2022-09-30' } } : {}),
      });
    }
  }
  // Score: item 100/0 → sub-indicator share → indicator mean → OIT mean (needs-review as a range).
  const subIndicators: SiteVerdict['score']['subIndicators'] = {};
  for (const [sub] of SUBS) {
    const its = items.filter((i) => i.subIndicator === sub);
    const passed = its.filter((i) => i.status === 'pass').length;
    const unknown = its.filter((i) => i.status === 'needs-review').length;
    subIndicators[sub] = { min: (100 * passed) / its.length, max: (100 * (passed + unknown)) / its.length, passed, unknown, total: its.length };
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ind = (prefix: string) => {
    const subs = Object.entries(subIndicators).filter(([k]) => k.startsWith(prefix));
    return { min: mean(subs.map(([, v]) => v.min)), max: mean(subs.map(([, v]) => v.max)) };
  };
  const indicators = { '9': ind('9.'), '10': ind('10.') };
  const range = { min: (indicators['9'].min + indicators['10'].min) / 2, max: (indicators['9'].max + indicators['10'].max) / 2 };
  const verdict: SiteVerdict = {
    ruleSetId: 'ita-2565',
    year: 2565,
    yearReason: { th: 'ตรวจตามปี ITA 2565 ที่ผู้ใช้ระบุ', en: 'ITA 2565, as the user asked' },
    discovery: {
      indexPages: [{ url: `${home}ita/`, year: 2565, reason: 'title names ITA 2565', itemCount: 43, shape: 'table' }],
      chosen: [{ url: `${home}ita/`, year: 2565, reason: 'title names ITA 2565', itemCount: 43, shape: 'table' }],
      yearsSeen: [2564, 2565],
      candidates: {},
      listedWithoutLink: [],
      mismatches: [],
    },
    items,
    score: {
      oit: range.min === range.max ? range.min : null,
      range,
      indicators,
      subIndicators,
      itaShare: { min: range.min * 0.4, max: range.max * 0.4 },
    },
    findings: [{ code: 'site.newer-year', severity: 'warning', th: 'เว็บไซต์เผยแพร่ ITA 2569 <b>ใหม่กว่า</b>', en: 'the site publishes ITA 2569' }],
  };
  const snap = (url: string, links: Array<{ href: string; text: string }>, depth: number): Snapshot => ({
    url,
    finalUrl: url,
    status: 200,
    kind: 'html',
    title: url,
    headings: [],
    text: '',
    blocks: [],
    links: links.map((l) => ({ ...l, context: l.text === 'คลิก' ? 'O3 ชื่อข้อ O3 คลิก' : l.text })),
    depth,
  });
  const snapshots: Snapshot[] = [
    snap(home, [{ href: `${home}ita/`, text: 'ITA 2565' }], 0),
    snap(`${home}ita/`, items.map((i) => ({ href: `${home}ita/${i.id.toLowerCase()}.html`, text: i.id === 'O2' ? '=cmd|calc' : i.id === 'O3' ? 'คลิก' : `${i.id} ${i.name.th}` })), 1),
  ];
  const crawl: CrawlSummary = {
    snapshots,
    notChecked: [
      { url: `${home}big.pdf`, reason: 'too-large', detail: '52 MB' },
      { url: 'javascript:void(0)', reason: 'unsupported-type', detail: '<script>x</script>' },
    ],
    findings: [],
    stats: { pages: 2, documents: 0, bytes: 1000, durationMs: 10, rendered: 0 },
  };
  return { verdict, crawl };
}
