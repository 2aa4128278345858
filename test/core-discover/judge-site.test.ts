import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dependencyOrder, judgeSite } from '../../checker/core/judge-site';
import { pointCosts } from '../../checker/core/score';
import type { Snapshot } from '../../checker/core/types';
import { loadBundledRuleSets } from '../../rules/registry';
import { doc, failed, lgoPage, page } from './helpers/snap';

const seed = (n: string) => readFileSync(`/work/shared/seeds/${n}`, 'utf8');
const HOST = 'www.lampang-pao.go.th';
const HOME = `https://${HOST}/`;
const ruleSets = loadBundledRuleSets();
const rs65 = ruleSets.find((r) => r.years.includes(2565))!;
const f = (p: string) => `https://${HOST}${p}`;

function site(): Snapshot[] {
  const home = page(HOME, lgoPage(HOST, 'หน้าแรก', `<ul><li><a href="/ita/2565">ITA 2565</a></li><li><a href="/ita/2564">ITA 2564</a></li></ul>`));
  const idx65 = page(
    f('/ita/2565'),
    lgoPage(
      HOST,
      'การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565',
      `<h2>ITA 2565</h2><table>
      <tr><td>O12</td><td>รายงานผลการดำเนินงานประจำปี</td><td>อยู่ระหว่างรวบรวมข้อมูล</td></tr>
      <tr><td>O39</td><td>แผนปฏิบัติการป้องกันการทุจริต</td><td><a href="/files/65/o39.pdf">คลิก</a></td></tr>
      <tr><td>O40</td><td>รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน</td><td><a href="/files/65/o40.pdf">คลิก</a></td></tr>
      <tr><td>O42</td><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td><td><a href="/files/65/o42.pdf">คลิก</a></td></tr>
      </table>`,
    ),
  );
  const idx64 = page(
    f('/ita/2564'),
    lgoPage(HOST, 'ITA 2564', `<h2>ITA 2564</h2><ul><li>O12 รายงานผลการดำเนินงานประจำปี <a href="/files/64/o12.pdf">ดูข้อมูล</a></li><li>O1 โครงสร้าง <a href="/files/64/o1.pdf">ดูข้อมูล</a></li><li>O2 ข้อมูลผู้บริหาร <a href="/files/64/o2.pdf">ดูข้อมูล</a></li></ul>`),
  );
  return [
    home,
    idx65,
    idx64,
    doc(f('/files/65/o39.pdf'), seed('003_a7f2549b583db1a8.txt')),
    doc(f('/files/65/o42.pdf'), seed('004_8ef762bd39961dbd.txt')),
    failed(f('/files/65/o40.pdf'), 404),
    doc(f('/files/64/o12.pdf'), 'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2563 องค์การบริหารส่วนจังหวัดลำปาง'),
  ];
}

describe('judgeSite on a small real-shaped site with the bundled rule sets', () => {
  const snapshots = site();
  const v = judgeSite({
    ruleSet: rs65,
    ruleSets,
    snapshots,
    homeUrl: HOME,
    now: new Date('2022-06-15T03:00:00Z'),
    agencyName: 'องค์การบริหารส่วนจังหวัดลำปาง',
    iitEit: { iit: 99.454, eit: 98.13 },
  });

  it('chooses 2565 from the site’s newest index page and says which page decided', () => {
    expect(v.year).toBe(2565);
    expect(v.ruleSetId).toBe('ita-2565');
    expect(v.yearReason.en).toContain(f('/ita/2565'));
    expect(v.discovery.chosen.map((p) => p.url)).toEqual([f('/ita/2565')]);
  });

  it('judges every item, in rule-set order, with point costs from membership', () => {
    expect(v.items.map((i) => i.id)).toEqual(rs65.items.map((i) => i.id));
    const costs = pointCosts(rs65);
    expect(v.items.find((i) => i.id === 'O42')!.pointCost).toEqual(costs.O42);
    expect(costs.O42.ita).toBeCloseTo(5, 9);
  });

  it('passes each item its own candidates: the right-year O42 (seed 004) passes, the 2566–2570 plan (seed 003) is outdated', () => {
    const o42 = v.items.find((i) => i.id === 'O42')!;
    expect(o42.evidence[0]?.url).toBe(f('/files/65/o42.pdf'));
    expect(o42.status).toBe('pass');
    const o39 = v.items.find((i) => i.id === 'O39')!;
    expect(o39.evidence[0]?.url).toBe(f('/files/65/o39.pdf'));
    expect(o39.status).toBe('outdated');
  });

  it('a dead link on the own host is broken; a row without link with only last year’s file is missing', () => {
    expect(v.items.find((i) => i.id === 'O40')!.status).toBe('broken');
    const o12 = v.items.find((i) => i.id === 'O12')!;
    expect(v.discovery.listedWithoutLink).toContain('O12');
    expect(o12.status).toBe('missing');
    expect(JSON.stringify(o12.messages)).toContain('/files/64/o12.pdf');
  });

  it('items nothing serves are missing, and the score follows the verdicts', () => {
    expect(v.items.find((i) => i.id === 'O30')!.status).toBe('missing');
    const passed = v.items.filter((i) => i.status === 'pass').length;
    const sum = Object.values(v.score.subIndicators).reduce((a, s) => a + s.passed, 0);
    expect(sum).toBe(passed);
    expect(v.score.projected?.iit).toBe(99.454);
  });
});

describe('judgeSite year handling', () => {
  it('a site already on ITA 2569: loud finding, nothing judged', () => {
    const idx = page(f('/ita2569'), lgoPage(HOST, 'ITA 2569', '<h2>ITA 2569</h2><ul><li>O1 โครงสร้าง <a href="/a.pdf">คลิก</a></li><li>O2 ข้อมูลผู้บริหาร <a href="/b.pdf">คลิก</a></li><li>O3 อำนาจหน้าที่ <a href="/c.pdf">คลิก</a></li></ul>'));
    const v = judgeSite({ ruleSet: rs65, ruleSets, snapshots: [page(HOME, lgoPage(HOST, 'หน้าแรก', '<a href="/ita2569">ITA 2569</a>')), idx], homeUrl: HOME, now: new Date('2026-01-10T00:00:00Z') });
    expect(v.items).toEqual([]);
    expect(v.year).toBe(2569);
    expect(v.findings[0]).toMatchObject({ code: 'year.newer-than-rules', severity: 'error' });
    expect(v.score.oit).toBeNull();
  });
  it('an explicit year and an assessor map: only the mapped URL is judged', () => {
    const snapshots = site();
    const v = judgeSite({
      ruleSet: rs65,
      ruleSets,
      year: 2565,
      snapshots,
      homeUrl: HOME,
      now: new Date('2022-06-15T03:00:00Z'),
      explicitMap: { O42: [f('/files/65/o42.pdf')] },
    });
    expect(v.yearReason.en).toContain('as the user asked');
    expect(v.items.find((i) => i.id === 'O42')!.candidates.map((c) => c.via)).toEqual(['explicit-map']);
    expect(v.items.find((i) => i.id === 'O39')!.status).toBe('missing');
    expect(v.findings.map((m) => m.code)).toContain('discovery.explicit-map');
  });
  it('an unreachable home page is a site finding', () => {
    const v = judgeSite({ ruleSet: rs65, ruleSets, year: 2565, snapshots: [failed(HOME, 0, 'tls:CERT_HAS_EXPIRED')], homeUrl: HOME, now: new Date('2022-06-15T03:00:00Z') });
    expect(v.findings.map((m) => m.code)).toEqual(expect.arrayContaining(['site.home-unreachable', 'site.tls', 'discovery.no-index']));
    expect(v.items).toHaveLength(43);
    // Nothing could be read, so nothing is proven missing (§6.3 rule 4): not verified, score unknown.
    expect(new Set(v.items.map((i) => i.status))).toEqual(new Set(['needs-review']));
    expect(v.items[0]!.messages[0]!.code).toBe('site.unreachable');
    expect(v.items[0]!.messages[0]!.en).toContain('tls:CERT_HAS_EXPIRED');
    expect(v.score.range).toEqual({ min: 0, max: 100 });
  });
});

describe('dependencyOrder', () => {
  it('puts every basis before its dependents, for both bundled rule sets', () => {
    for (const rs of ruleSets) {
      const order = dependencyOrder(rs.items).map((i) => i.id);
      expect(order).toHaveLength(rs.items.length);
      for (const it of rs.items) for (const d of it.dependsOn) expect(order.indexOf(d.item)).toBeLessThan(order.indexOf(it.id));
    }
  });
});
