// §6.3 rule 8: a straight off-site link (the index page → Facebook) passes only if the page loads and shows
// this agency. judgeSite reads the agency's name from the home page when the caller gives none.
import { describe, expect, it } from 'vitest';
import { agencyNameFor, judgeSite } from '../../checker/core/judge-site';
import { guessAgencyName } from '../../checker/core/judge/agency';
import { normalizeWithOffsets } from '../../checker/core/text';
import type { Snapshot } from '../../checker/core/types';
import { loadBundledRuleSets } from '../../rules/registry';
import { doc, lgoPage, page } from './helpers/snap';

const HOST = 'www.tambon-example.go.th';
const HOME = `https://${HOST}/`;
const f = (p: string) => `https://${HOST}${p}`;
const FB = 'https://www.facebook.com/tambon.example';
const rs65 = loadBundledRuleSets().find((r) => r.years.includes(2565))!;

const INDEX_ROWS = `<table>
  <tr><td>O1</td><td>โครงสร้าง</td><td><a href="/files/o1.pdf">คลิก</a></td></tr>
  <tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="/files/o2.pdf">คลิก</a></td></tr>
  <tr><td>O9</td><td>Social Network</td><td><a href="${FB}">Facebook</a></td></tr>
  <tr><td>O10</td><td>แผนดำเนินงานประจำปี</td><td><a href="/files/o10.pdf">คลิก</a></td></tr>
  <tr><td>O39</td><td>แผนปฏิบัติการป้องกันการทุจริต</td><td><a href="/files/o39.pdf">คลิก</a></td></tr>
</table>`;

// A Facebook page as the crawler saw it: it loads, and names whichever agency owns it.
const facebook = (owner: string) => doc(FB, `${owner}\nหน่วยงานราชการ\nโพสต์\n${owner} ขอเชิญประชาชนร่วมกิจกรรมวันเด็ก`, 'html', { title: `${owner} | Facebook` });

function site(fbOwner: string, template: (title: string, body: string) => string = (t, b) => lgoPage(HOST, t, b)): Snapshot[] {
  return [
    page(HOME, template('หน้าแรก', '<ul><li><a href="/ita/2565">ITA 2565</a></li></ul>')),
    page(f('/ita/2565'), template('การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565', `<h2>ITA 2565</h2>${INDEX_ROWS}`)),
    facebook(fbOwner),
  ];
}

const judge = (snapshots: Snapshot[], agencyName?: string) =>
  judgeSite({ ruleSet: rs65, ruleSets: [rs65], year: 2565, snapshots, homeUrl: HOME, now: new Date('2022-06-15T03:00:00Z'), ...(agencyName ? { agencyName } : {}) });
const o9 = (v: ReturnType<typeof judge>) => v.items.find((i) => i.id === 'O9')!;
const codes = (v: ReturnType<typeof o9>) => [...v.messages, ...v.warnings].map((m) => m.code);

describe('the agency name, read from the home page when none is given', () => {
  it('is the agency the home page names most (title, header, footer)', () => {
    const home = site('x')[0];
    expect(guessAgencyName(normalizeWithOffsets(`${home.title}\n${home.text}`).text)).toBe('องค์การบริหารส่วนตำบลตัวอย่าง');
    expect(agencyNameFor({ homeUrl: HOME }, home)).toEqual({ name: 'องค์การบริหารส่วนตำบลตัวอย่าง', guessed: true });
  });

  it('keeps the whole place name, not its first two words, and spells the type out where the page does', () => {
    const text = 'อบต.หนองบัวแดง ยินดีต้อนรับ\nองค์การบริหารส่วนตำบลหนองบัวแดง อำเภอเมือง จังหวัดชัยภูมิ\nติดต่อ องค์การบริหารส่วนตำบลหนองบัวแดงขอเชิญ';
    expect(guessAgencyName(normalizeWithOffsets(text).text)).toBe('องค์การบริหารส่วนตำบลหนองบัวแดง');
  });

  it("the caller's name wins; a page naming no agency twice gives none", () => {
    expect(agencyNameFor({ homeUrl: HOME, agencyName: 'เทศบาลตำบลบ้านใหม่' }, site('x')[0])).toEqual({ name: 'เทศบาลตำบลบ้านใหม่', guessed: false });
    expect(guessAgencyName(normalizeWithOffsets('ยินดีต้อนรับสู่เว็บไซต์ ข่าวประชาสัมพันธ์').text)).toBeUndefined();
  });
});

describe('O9 linked straight to Facebook from the ITA 2565 page, no agency name given', () => {
  it("passes when the Facebook page shows the agency the home page names, and says the name was guessed", () => {
    const v = judge(site('องค์การบริหารส่วนตำบลตัวอย่าง'));
    expect(o9(v).evidence[0]?.url).toBe(FB);
    expect(o9(v).status).toBe('pass');
    expect(v.findings.map((m) => m.code)).toContain('site.agency-name-guessed');
  });

  it("is needs-review when the Facebook page belongs to another agency", () => {
    const v = o9(judge(site('เทศบาลตำบลหนองบัวแดง')));
    expect(v.status).toBe('needs-review');
    expect(codes(v)).toContain('channel.offsite-other');
  });

  it('is needs-review, never pass, when the home page names no agency', () => {
    const bare = (t: string, b: string) => `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${t}</title></head><body><main>${b}</main></body></html>`;
    const v = judge(site('องค์การบริหารส่วนตำบลตัวอย่าง', bare));
    expect(v.findings.map((m) => m.code)).not.toContain('site.agency-name-guessed');
    const item = o9(v);
    expect(item.status).toBe('needs-review');
    expect(codes(item)).toContain('channel.offsite-unnamed');
    expect(item.messages.find((m) => m.code === 'channel.offsite-unnamed')!.en).toMatch(/not verified.*agency name is unknown/);
  });

  it('a given agency name is used as is', () => {
    expect(o9(judge(site('องค์การบริหารส่วนตำบลตัวอย่าง'), 'องค์การบริหารส่วนตำบลตัวอย่าง')).status).toBe('pass');
    expect(o9(judge(site('องค์การบริหารส่วนตำบลตัวอย่าง'), 'เทศบาลเมืองลำปาง')).status).toBe('needs-review');
  });
});
