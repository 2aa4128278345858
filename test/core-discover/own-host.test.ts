// One definition of "the agency's own host" (ita-oit.md §12.1, §6.3 rule 8): the host, its www. twin and
// the agency's subdomains (ita.<host>) — used by discovery and the judge alike.
import { describe, expect, it } from 'vitest';
import { isOwnHost, siteHostsFrom } from '../../checker/core/discover/urls';
import { judgeSite } from '../../checker/core/judge-site';
import type { Snapshot } from '../../checker/core/types';
import { loadBundledRuleSets } from '../../rules/registry';
import { doc, failed, lgoPage, page } from './helpers/snap';

describe('isOwnHost', () => {
  const hosts = siteHostsFrom('https://www.soidao.go.th/');

  it('accepts the host, its www. twin and its subdomains, in any case', () => {
    for (const u of ['https://www.soidao.go.th/x', 'http://soidao.go.th/', 'https://ita.soidao.go.th/ita2568', 'https://WWW.Soidao.GO.th/a', 'https://e-service.soidao.go.th/form'])
      expect(isOwnHost(u, hosts), u).toBe(true);
  });

  it('refuses other hosts, look-alikes, the parent zone and non-URLs', () => {
    for (const u of ['https://www.facebook.com/soidao', 'https://notsoidao.go.th/', 'https://soidao.go.th.evil.com/', 'https://go.th/', 'mailto:info@soidao.go.th', 'not a url'])
      expect(isOwnHost(u, hosts), u).toBe(false);
  });

  it('a station under police.go.th owns its own subdomains, not its neighbours', () => {
    const station = siteHostsFrom('https://noenkum.phitsanulok.police.go.th/');
    expect(isOwnHost('https://ita.noenkum.phitsanulok.police.go.th/', station)).toBe(true);
    expect(isOwnHost('https://watbot.phitsanulok.police.go.th/', station)).toBe(false);
    expect(isOwnHost('https://police.go.th/', station)).toBe(false);
  });

  it('works with hosts given without www., as judgeSite callers pass them', () => {
    expect(isOwnHost('https://www.soidao.go.th/', ['soidao.go.th'])).toBe(true);
    expect(isOwnHost('https://ita.soidao.go.th/', ['www.soidao.go.th'])).toBe(true);
  });
});

describe('an ITA index page on the ita. subdomain (§12.1: the agency own host)', () => {
  const HOST = 'www.soidao.go.th';
  const ITA = 'https://ita.soidao.go.th';
  const rs65 = loadBundledRuleSets().find((r) => r.years.includes(2565))!;
  const rows = `<table>
    <tr><td>O1</td><td>โครงสร้าง</td><td><a href="${ITA}/files/o1.pdf">คลิก</a></td></tr>
    <tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="${ITA}/files/o2.pdf">คลิก</a></td></tr>
    <tr><td>O10</td><td>แผนดำเนินงานประจำปี</td><td><a href="${ITA}/files/o10.pdf">คลิก</a></td></tr>
    <tr><td>O39</td><td>แผนปฏิบัติการป้องกันการทุจริต</td><td><a href="${ITA}/files/o39.pdf">คลิก</a></td></tr>
  </table>`;
  const snapshots: Snapshot[] = [
    page(`https://${HOST}/`, lgoPage(HOST, 'หน้าแรก', `<ul><li><a href="${ITA}/ita2565">ITA 2565</a></li></ul>`)),
    page(`${ITA}/ita2565`, lgoPage(HOST, 'การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565', `<h2>ITA 2565</h2>${rows}`)),
    doc(`${ITA}/files/o1.pdf`, 'โครงสร้างองค์กร องค์การบริหารส่วนตำบลตัวอย่าง สำนักปลัด กองคลัง กองช่าง'),
    failed(`${ITA}/files/o10.pdf`, 404),
  ];
  const v = judgeSite({ ruleSet: rs65, ruleSets: [rs65], year: 2565, snapshots, homeUrl: `https://${HOST}/`, now: new Date('2022-06-15T03:00:00Z') });

  it('is chosen as the year’s index page', () => {
    expect(v.discovery.chosen.map((p) => p.url)).toContain(`${ITA}/ita2565`);
  });

  it('a dead file it links is broken, like one on the main host', () => {
    const o10 = v.items.find((i) => i.id === 'O10')!;
    expect(o10.evidence[0]?.url).toBe(`${ITA}/files/o10.pdf`);
    expect(o10.evidence[0]?.offSite).toBe(false);
    expect(o10.status).toBe('broken');
  });
});

describe('pages on the agency subdomain count as on-site for discovery', () => {
  const HOST = 'www.soidao.go.th';
  const SUB = 'https://info.soidao.go.th';
  const rs65 = loadBundledRuleSets().find((r) => r.years.includes(2565))!;
  const plan = 'แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565 องค์การบริหารส่วนตำบลตัวอย่าง\nโครงการ | งบประมาณ | ระยะเวลาดำเนินการ\nโครงการซ่อมถนน | 500,000 | ต.ค. 2564 - ก.ย. 2565';
  const snapshots: Snapshot[] = [
    page(`https://${HOST}/`, lgoPage(HOST, 'หน้าแรก', `<ul><li><a href="${SUB}/">ศูนย์ข้อมูลข่าวสาร</a></li></ul>`)),
    // A menu on the subdomain: not an ITA index page, just the agency's document centre.
    page(`${SUB}/`, lgoPage(HOST, 'ศูนย์ข้อมูลข่าวสาร', `<ul><li><a href="${SUB}/docs/plan65.pdf">แผนการดำเนินงานประจำปี</a></li></ul>`)),
    doc(`${SUB}/docs/plan65.pdf`, plan),
  ];
  const v = judgeSite({ ruleSet: rs65, ruleSets: [rs65], year: 2565, snapshots, homeUrl: `https://${HOST}/`, now: new Date('2022-06-15T03:00:00Z') });

  it('a menu entry on info.<host> names the item: its document is found, on-site, and judged', () => {
    const o10 = v.items.find((i) => i.id === 'O10')!;
    expect(v.discovery.candidates.O10?.map((c) => c.url)).toContain(`${SUB}/docs/plan65.pdf`);
    expect(o10.evidence[0]?.url).toBe(`${SUB}/docs/plan65.pdf`);
    expect(o10.evidence[0]?.offSite).toBe(false);
    expect(o10.status).not.toBe('missing');
  });
});

