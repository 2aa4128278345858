// Channels and services (O8, O9, O17, O30, O32): judged by presence, never submitted (§6.3 rule 6). An on-site
// page that presents the channel is the evidence without the off-site target loading; a straight off-site
// link must load and show this agency, else it is not verified (rule 8).
import { fuzzyFind } from '../../text/index';
import type { JudgeContext, JudgeDoc } from '../context';
import { bareHostOf } from '../context';
import { isOwnHost } from '../../discover/urls';
import { placeOf } from '../agency';
import { fetchFailure } from '../checks/fetch';
import { msg, outcome, pass, type Outcome } from '../outcome';

const SOCIAL = ['facebook.com', 'fb.com', 'fb.me', 'm.me', 'line.me', 'lin.ee', 'youtube.com', 'youtu.be', 'twitter.com', 'x.com', 'instagram.com', 'tiktok.com'];

const hostMatches = (host: string, list: readonly string[]) => list.some((h) => host === h.replace(/^www\./, '') || host.endsWith(`.${h.replace(/^www\./, '')}`));

export function channel(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  const allowed = [...ctx.rule.offSite.hosts, ...SOCIAL];
  if (doc.offSite) {
    // Rule 8: an off-site page passes only if it shows this agency; with no name to look for it is unverified.
    if (!ctx.agencyName)
      return outcome('special:channel', 'needs-review', {
        messages: [
          msg(
            'channel.offsite-unnamed',
            'error',
            `ยังยืนยันไม่ได้: หน้า ${doc.host} เปิดได้ แต่ตรวจไม่ได้ว่าเป็นของหน่วยงานนี้ เพราะไม่ทราบชื่อหน่วยงาน (หน้าแรกไม่ได้ระบุชื่อ) ตรวจดูด้วยตนเองหรือระบุชื่อหน่วยงาน`,
            `not verified: ${doc.host} loads, but whether it belongs to this agency could not be checked because the agency name is unknown (the home page does not name it); check it by hand or give the agency name`,
          ),
        ],
      });
    const place = placeOf(ctx.agencyName);
    const shows = fuzzyFind(doc.prepared, ctx.agencyName, { threshold: 0.8 }) || (place.length >= 3 && doc.prepared.compact.includes(place));
    if (!shows)
      return outcome('special:channel', 'needs-review', {
        messages: [
          msg(
            'channel.offsite-other',
            'error',
            `ยังยืนยันไม่ได้: หน้า ${doc.host} ไม่แสดงชื่อ${ctx.agencyName}`,
            `not verified: the page on ${doc.host} does not show the name ${ctx.agencyName}`,
          ),
        ],
      });
    return pass('special:channel');
  }
  const links = doc.snap?.links ?? [];
  const outward = links.filter((l) => !isOwnHost(l.href, ctx.input.siteHosts) && hostMatches(bareHostOf(l.href), allowed));
  const warnings = [];
  const dead = outward.filter((l) => {
    const t = ctx.input.snapshot(l.href);
    return t && (fetchFailure({ snap: t }) || t.loginWall);
  });
  if (dead.length)
    warnings.push(
      msg(
        'channel.target-unverified',
        'warning',
        `หน้านี้แสดงช่องทางแล้ว แต่เปิดปลายทาง ${bareHostOf(dead[0].href)} ไม่ได้ (อาจถูกบล็อกหรือต้องเข้าสู่ระบบ) ตรวจดูด้วยตนเอง`,
        `the page presents the channel, but its target ${bareHostOf(dead[0].href)} did not load (blocked or login): check it by hand`,
      ),
    );
  if (outward.length)
    return pass('special:channel', {
      messages: [msg('channel.linked', 'info', `หน้าแสดงลิงก์ช่องทาง ${[...new Set(outward.map((l) => bareHostOf(l.href)))].join(', ')}`, `the page links the channel: ${[...new Set(outward.map((l) => bareHostOf(l.href)))].join(', ')}`)],
      warnings,
    });
  // An on-site form or board: the rule's elements decide whether it is the channel.
  return pass('special:channel', { warnings });
}
