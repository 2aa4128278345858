// O35 (2565): the top executive takes part in an integrity activity the agency runs itself; a joint event
// with another agency was rejected by the assessor (ita-oit.md §7.1). O2 / O34: today's post-holders.
import { spanInOriginal, type JudgeContext, type JudgeDoc } from '../context';
import { agencyMentions, isOwn, ownAgency, dominantAgency } from '../agency';
import { msg, outcome, pass, type Outcome } from '../outcome';
import { hasWord, spanOfWord } from '../vocab';

const HEAD = ['นายกองค์การบริหารส่วน', 'นายกเทศมนตรี', 'นายก อบจ', 'นายก อบต', 'นายกเทศบาล', 'ผู้อำนวยการ', 'ผู้บริหารสูงสุด', 'หัวหน้าส่วนราชการ', 'อธิบดี', 'ผู้ว่าราชการ', 'นายก'];
// Words after which another organisation is named: "ร่วมกับสำนักงาน…", "จัดโดยจังหวัด…".
const JOINT = /(ร่วมกับ|จัดโดย|โดยความร่วมมือ(?:กับ|ของ)?|ซึ่งจัดโดย|ที่จัดโดย|เข้าร่วม(?:โครงการ|กิจกรรม|การประชุม|พิธี|งาน)[^\n]{0,60}?ของ)\s?([^\n]{0,60})/gu;
const OTHER_ORG = /^(?:สำนักงาน|จังหวัด|อำเภอ|กระทรวง|กรม|ศูนย์|ป\.ป\.[ชท]|หน่วยงานอื่น|หน่วยงานภายนอก|องค์การ|องค์กร|เทศบาล|อบ[จต]|ที่ทำการ|สถานี|โรงเรียน|มหาวิทยาลัย|ชมรม|บริษัท|มูลนิธิ|สภา|คณะกรรมการ|ท[ตมน]\.)/u;

export function executiveOwnActivity(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  if (!hasWord(doc, HEAD))
    return outcome('special:executive-own-activity', 'incomplete', {
      messages: [
        msg(
          'o35.no-head',
          'error',
          'ไม่พบว่าผู้บริหารสูงสุด (นายก/ผู้อำนวยการ) มีส่วนร่วมในกิจกรรม',
          'no sign that the top executive (mayor, chief executive, director) took part in the activity',
        ),
      ],
    });
  const own = ownAgency(ctx.agencyName) ?? dominantAgency(agencyMentions(doc.norm));
  for (const m of doc.norm.matchAll(JOINT)) {
    const after = m[2].trim();
    if (!OTHER_ORG.test(after)) continue;
    // "ร่วมกับองค์การบริหารส่วนจังหวัด<own>" is the agency itself.
    const mentions = agencyMentions(after);
    if (mentions.length && own && mentions.every((x) => isOwn(x, own))) continue;
    return outcome('special:executive-own-activity', 'needs-review', {
      messages: [
        msg(
          'o35.joint-event',
          'error',
          `กิจกรรมอาจจัดร่วมกับหรือจัดโดยหน่วยงานอื่น ("${m[0].slice(0, 50)}") ผู้ตรวจให้คะแนนเฉพาะกิจกรรมที่หน่วยงานดำเนินการเอง`,
          `the activity may be joint with or run by another agency ("${m[0].slice(0, 50)}"); only activities the agency runs itself count`,
        ),
      ],
      span: spanInOriginal(doc, m.index ?? 0, m[0].length),
    });
  }
  return pass('special:executive-own-activity', { span: spanOfWord(doc, HEAD) });
}

const FORMER = /อดีต\s?(?:นายก|ผู้อำนวยการ|ปลัด|ผู้บริหาร)/u;

export function currentHead(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  void ctx;
  const m = FORMER.exec(doc.norm);
  if (m)
    return outcome('special:current-head', 'needs-review', {
      messages: [
        msg(
          'head.former',
          'error',
          `หน้าอาจแสดงผู้บริหารคนก่อน ("${m[0]}") ต้องเป็นผู้ดำรงตำแหน่งปัจจุบัน`,
          `the page may show a former head ("${m[0]}"); it must show today's post-holders`,
        ),
      ],
    });
  return pass('special:current-head');
}
