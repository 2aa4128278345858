// Can the candidate be read at all? §6.3: own-host failure → broken; off-site failure, login wall, image,
// scan or garbled text → needs-review (rules 4 and 8; thai-text-and-dates.md §12.2). Never pass on a guess.
import { QUALITY_REASONS, textQuality } from '../../text/index';
import type { JudgeDoc } from '../context';
import { msg, outcome, pass, type Outcome } from '../outcome';

/** Failure reason of a fetched snapshot, or undefined when it answered with content. */
export function fetchFailure(doc: Pick<JudgeDoc, 'snap'>): { th: string; en: string } | undefined {
  const s = doc.snap;
  if (!s) return undefined;
  if (s.status === 0 || s.error) {
    const why = s.error ?? 'no response';
    return { th: `เปิดไม่ได้ (${why})`, en: `did not load (${why})` };
  }
  if (s.status >= 400) return { th: `ตอบกลับ HTTP ${s.status}`, en: `answered HTTP ${s.status}` };
  return undefined;
}

function reasonsOf(codes: string[]): { th: string; en: string } {
  const rs = codes.map((c) => QUALITY_REASONS[c] ?? { th: c, en: c });
  return { th: rs.map((r) => r.th).join('; '), en: rs.map((r) => r.en).join('; ') };
}

export function checkFetch(doc: JudgeDoc): Outcome {
  const s = doc.snap;
  const where = doc.offSite
    ? { th: `ลิงก์ออกไปยังเว็บไซต์อื่น (${doc.host})`, en: `an off-site link (${doc.host})` }
    : { th: 'เว็บไซต์หลักของหน่วยงาน', en: "the agency's own site" };
  if (!s)
    return outcome('fetch', 'needs-review', {
      messages: [
        msg('fetch.not-fetched', 'error', `ยังไม่ได้เปิดตรวจ ${doc.url} จึงยังยืนยันไม่ได้`, `${doc.url} was not fetched, so it could not be verified`),
      ],
    });
  const failed = fetchFailure(doc);
  if (failed) {
    // §6.3 rule 8: another host's failure says nothing about the agency; its own host failing is a dead link.
    if (doc.offSite)
      return outcome('fetch', 'needs-review', {
        messages: [
          msg(
            'fetch.offsite-failed',
            'error',
            `ยังยืนยันไม่ได้: ${where.th} ${failed.th}`,
            `not verified: ${where.en} ${failed.en}`,
          ),
        ],
      });
    return outcome('fetch', 'broken', {
      messages: [msg('fetch.broken', 'error', `ลิงก์เสีย: ${doc.url} ${failed.th}`, `broken link: ${doc.url} ${failed.en}`)],
    });
  }
  if (s.loginWall)
    return outcome('fetch', 'needs-review', {
      messages: [
        msg('fetch.login-wall', 'error', `ยังยืนยันไม่ได้: ${doc.url} ต้องเข้าสู่ระบบก่อนจึงจะเห็นเนื้อหา`, `not verified: ${doc.url} shows a login wall`),
      ],
    });
  if (s.kind === 'image')
    return outcome('fetch', 'needs-review', {
      messages: [
        msg('fetch.image', 'error', `เอกสารเป็นรูปภาพ เครื่องอ่านข้อความไม่ได้ ต้องให้ผู้ตรวจดูเอง (${doc.url})`, `the evidence is an image the machine cannot read; a person must look (${doc.url})`),
      ],
    });
  const body = s.text.trim();
  if (!body && (s.kind === 'html' || s.kind === 'other') && !s.pageCount) {
    if (doc.offSite)
      return outcome('fetch', 'needs-review', {
        messages: [msg('fetch.offsite-empty', 'error', `ยังยืนยันไม่ได้: หน้า ${doc.url} ว่างเปล่า`, `not verified: ${doc.url} returned an empty page`)],
      });
    return outcome('fetch', 'broken', {
      messages: [msg('fetch.empty', 'error', `ลิงก์เสีย: หน้า ${doc.url} ว่างเปล่า`, `broken link: ${doc.url} returned an empty body`)],
    });
  }
  const q = textQuality(s.text, { kind: s.kind, pageCount: s.pageCount });
  if (!q.readable) {
    const reasons = reasonsOf(q.reasons);
    const scanned = !body || q.reasons.includes('no-text-layer') || q.reasons.includes('no-text');
    return outcome('fetch', 'needs-review', {
      messages: [
        scanned
          ? msg('fetch.no-text-layer', 'error', `ไฟล์ไม่มีข้อความให้อ่าน (อาจเป็นเอกสารสแกน) ต้องให้ผู้ตรวจดูเอง: ${doc.url}`, `no text layer (probably a scanned document); a person must look: ${doc.url}`)
          : msg(
              'fetch.unreadable',
              'error',
              `ข้อความในไฟล์อ่านไม่ได้ (${reasons.th}) ต้องให้ผู้ตรวจดูเอง: ${doc.url}`,
              `the text is unreadable (${reasons.en}); a person must look: ${doc.url}`,
            ),
      ],
    });
  }
  return pass('fetch');
}
