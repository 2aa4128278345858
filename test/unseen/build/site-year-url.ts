// "year-url": a เทศบาล site whose ITA 2565 page says its year only in a CE URL slug (/ita2022/, ita-oit.md
// §12.1, thai-text-and-dates.md §3), beside an older OIT page with no year at all (/oit/). The page is a
// Bootstrap accordion: per sub-indicator a card, per item a heading "O1 โครงสร้าง" over a paragraph whose
// link says only "คลิกที่นี่"; items out of order; an old template's code on the monthly-procurement row
// ("O19 สรุปผล…รายเดือน"); documents as on-site PDFs, DOCX, XLSX, a PNG, Google Drive "view" links and a
// Facebook page; one page in windows-874 with no charset anywhere.
import { readFileSync } from 'node:fs';
import { docx, th, TINY_PNG, windows874, xlsx } from './office';
import { esc, printable, type FileBody } from './out';

const AGENCY = 'เทศบาลตำบลพอกน้อย';
const ADDRESS = 'เลขที่ 99 หมู่ 1 ตำบลพอกน้อย อำเภอพรรณานิคม จังหวัดสกลนคร 47220';
const DRIVE = (id: string) => `https://drive.google.com/file/d/${id}/view?usp=sharing`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<nav class="navbar"><a href="/">หน้าแรก</a> <a href="/ita2022/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a> <a href="/oit/">ข้อมูล OIT เดิม</a> <a href="/news/">ข่าวสาร</a></nav>
<div class="container">${body}</div><footer>${AGENCY} ${ADDRESS} โทร 042-980-123</footer></body></html>`;
}

interface Row {
  code: string;
  title: string;
  note: string;
  links: Array<{ href: string; text?: string }>;
}

const U = '/uploads/ita2022';

const CARDS: Array<{ head: string; rows: Row[] }> = [
  {
    head: 'ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน',
    rows: [
      { code: 'O5', title: 'ข้อมูลการติดต่อ', note: 'ที่อยู่ เบอร์โทรศัพท์ อีเมล แผนที่', links: [{ href: '/contact.html' }] },
      { code: 'O1', title: 'โครงสร้าง', note: 'แผนผังโครงสร้างองค์กร', links: [{ href: `${U}/o1-โครงสร้าง.pdf` }] },
      { code: 'O3', title: 'อำนาจหน้าที่', note: 'อำนาจหน้าที่ของเทศบาล', links: [{ href: '/ita2022/o3.html' }] },
      { code: 'O2', title: 'ข้อมูลผู้บริหาร', note: 'คณะผู้บริหารเทศบาล', links: [{ href: '/executives.html' }] },
      { code: 'O4', title: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', note: 'แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๑ – ๒๕๖๕)', links: [{ href: `${U}/o4-แผนพัฒนาท้องถิ่น.pdf` }] },
      { code: 'O6', title: 'กฎหมายที่เกี่ยวข้อง', note: 'รวมกฎหมายที่เกี่ยวข้อง (Google Drive)', links: [{ href: DRIVE('1pXq7LawsT2565abcdEFGH') }] },
      { code: 'O7', title: 'ข่าวประชาสัมพันธ์', note: 'ข่าวสารของเทศบาล', links: [{ href: '/news/' }] },
      { code: 'O9', title: 'Social Network', note: 'Facebook เทศบาลตำบลพอกน้อย', links: [{ href: 'https://www.facebook.com/pokknoi.municipality' }] },
    ],
  },
  {
    head: 'ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน',
    rows: [
      { code: 'O10', title: 'แผนดำเนินงานประจำปี', note: 'แผนการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๕', links: [{ href: `${U}/o10-แผนดำเนินงาน.pdf` }] },
      { code: 'O11', title: 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน', note: 'รายงานรอบ ๖ เดือน (Word)', links: [{ href: `${U}/o11-รายงานรอบ6เดือน.docx` }] },
      { code: 'O15', title: 'ข้อมูลเชิงสถิติการให้บริการ', note: 'สถิติการให้บริการ (Excel)', links: [{ href: `${U}/o15-สถิติ.xlsx` }] },
      { code: 'O13', title: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', note: 'คู่มือการปฏิบัติงาน (Word)', links: [{ href: `${U}/o13-คู่มือ.docx` }] },
      { code: 'O16', title: 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', note: 'อยู่ระหว่างรวบรวมข้อมูล', links: [] },
    ],
  },
  {
    head: 'ตัวชี้วัดย่อยที่ 9.3 การบริหารเงินงบประมาณ',
    rows: [
      { code: 'O19', title: 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน', note: 'รายงานการใช้จ่ายงบประมาณ รอบ ๖ เดือน', links: [{ href: `${U}/o19-รายงานการใช้จ่าย.pdf` }] },
      { code: 'O20', title: 'รายงานผลการใช้จ่ายงบประมาณประจำปี', note: 'Google Drive', links: [{ href: DRIVE('1zRt0SpendReport2564xyz') }] },
      { code: 'O21', title: 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', note: 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๕', links: [{ href: `${U}/o21-แผนจัดซื้อ.pdf` }] },
      {
        // The old template's code: O19 in this template is the monthly procurement summary (O23 in 2565).
        code: 'O19',
        title: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
        note: 'แบบ สขร.1',
        links: MONTHS().map((m) => ({ href: `${U}/skr1-${m.slug}.pdf`, text: m.label })),
      },
    ],
  },
  {
    head: 'ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล',
    rows: [{ code: 'O27', title: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', note: 'Google Drive', links: [{ href: DRIVE('1hRcRiteria2565qwerty') }] }],
  },
  {
    head: 'ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส',
    rows: [
      { code: 'O29', title: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', note: 'คู่มือ (PDF)', links: [{ href: `${U}/o29-แนวปฏิบัติ.pdf` }] },
      { code: 'O30', title: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', note: 'แบบฟอร์มออนไลน์', links: [{ href: '/complaint.html' }] },
      { code: 'O32', title: 'ช่องทางการรับฟังความคิดเห็น', note: 'แบบฟอร์มแสดงความคิดเห็น', links: [{ href: '/feedback.html' }] },
    ],
  },
  {
    head: 'ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต',
    rows: [
      { code: 'O36', title: 'การประเมินความเสี่ยงการทุจริตประจำปี', note: 'ผลการประเมินความเสี่ยง ปี ๒๕๖๕', links: [{ href: `${U}/o36-ประเมินความเสี่ยง.pdf` }] },
      { code: 'O34', title: 'เจตจำนงสุจริตของผู้บริหาร', note: 'ประกาศเจตจำนงสุจริต (ภาพ)', links: [{ href: `${U}/o34-ประกาศเจตจำนง.png` }] },
      { code: 'O39', title: 'แผนปฏิบัติการป้องกันการทุจริต', note: 'แผนปฏิบัติการป้องกันการทุจริต ๔ ปี', links: [{ href: `${U}/o39-แผนป้องกันการทุจริต.pdf` }] },
    ],
  },
  {
    head: 'ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
    rows: [{ code: 'O42', title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', note: 'มาตรการส่งเสริมคุณธรรมฯ (Word)', links: [{ href: `${U}/o42-มาตรการ.docx` }] }],
  },
];

function MONTHS() {
  return [
    { slug: '2564-10', label: 'ต.ค. ๒๕๖๔', name: 'ตุลาคม', y: '2564' },
    { slug: '2564-11', label: 'พ.ย. ๒๕๖๔', name: 'พฤศจิกายน', y: '2564' },
    { slug: '2564-12', label: 'ธ.ค. ๒๕๖๔', name: 'ธันวาคม', y: '2564' },
    { slug: '2565-01', label: 'ม.ค. ๒๕๖๕', name: 'มกราคม', y: '2565' },
    { slug: '2565-02', label: 'ก.พ. ๒๕๖๕', name: 'กุมภาพันธ์', y: '2565' },
    { slug: '2565-03', label: 'มี.ค. ๒๕๖๕', name: 'มีนาคม', y: '2565' },
  ];
}

function accordion(): string {
  return CARDS.map(
    (c, i) => `<div class="card"><div class="card-header" id="h${i}"><h5><button class="btn btn-link" data-toggle="collapse" data-target="#c${i}">${c.head}</button></h5></div>
<div id="c${i}" class="collapse${i === 0 ? ' show' : ''}"><div class="card-body">${c.rows
      .map(
        (r) =>
          `<h6 class="item-title">${r.code} ${esc(r.title)}</h6><p>${esc(r.note)} ${r.links.map((l) => `<a href="${encodeURI(l.href)}" target="_blank">${esc(l.text ?? 'คลิกที่นี่')}</a>`).join(' ')}</p>`,
      )
      .join('\n')}</div></div></div>`,
  ).join('\n');
}

const pdf = (title: string, body: string) => ({ pdf: printable(title, body) });

function seedDocx(file: string): Uint8Array {
  const lines = readFileSync(`/work/shared/seeds/${file}`, 'utf8').split('\n');
  const blocks: Array<string | { table: string[][] }> = [];
  let table: string[][] = [];
  for (const l of lines) {
    if (/^\s*\|.*\|\s*$/.test(l)) {
      if (!/^\s*\|[\s|:-]+\|\s*$/.test(l)) table.push(l.trim().slice(1, -1).split('|').map((c) => c.trim()));
      continue;
    }
    if (table.length) blocks.push({ table }), (table = []);
    if (l.trim()) blocks.push(l.replace(/\*\*/g, '').trim());
  }
  if (table.length) blocks.push({ table });
  return docx('มาตรการส่งเสริมคุณธรรมและความโปร่งใส', blocks);
}

export function yearUrlSite(): Record<string, FileBody> {
  const f: Record<string, FileBody> = {};
  f['index.html'] = page(
    `${AGENCY} อำเภอพรรณานิคม จังหวัดสกลนคร`,
    `<h1>${AGENCY}</h1><ul><li><a href="/ita2022/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li><li><a href="/oit/">ข้อมูล OIT เดิม</a></li></ul>`,
  );
  f['ita2022/index.html'] = page(
    `การเปิดเผยข้อมูลสาธารณะ (OIT) – ${AGENCY}`,
    `<h2>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)</h2><div class="accordion" id="oit">${accordion()}</div>`,
  );
  // The undated older page: an earlier year's list, kept online with no year anywhere.
  f['oit/index.html'] = page(
    `ข้อมูล OIT – ${AGENCY}`,
    `<h2>ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT)</h2><table border="1"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
<tr><td>O1</td><td>โครงสร้าง</td><td><a href="/oit/old-o1.html">ดูข้อมูล</a></td></tr>
<tr><td>O7</td><td>ข่าวประชาสัมพันธ์</td><td><a href="/news/">ดูข้อมูล</a></td></tr>
<tr><td>O12</td><td>รายงานผลการดำเนินงานประจำปี</td><td><a href="/oit/old-o12.html">ดูข้อมูล</a></td></tr>
<tr><td>O16</td><td>รายงานผลการสำรวจความพึงพอใจการให้บริการ</td><td><a href="/oit/old-o16.html">ดูข้อมูล</a></td></tr>
<tr><td>O36</td><td>การประเมินความเสี่ยงการทุจริต</td><td><a href="/oit/old-o36.html">ดูข้อมูล</a></td></tr></table>`,
  );
  f['oit/old-o1.html'] = page('โครงสร้าง (เดิม)', '<h1>แผนผังโครงสร้างองค์กร (ปี ๒๕๖๒)</h1><p>สำนักปลัด กองคลัง กองช่าง</p>');
  f['oit/old-o12.html'] = page('รายงานผลการดำเนินงานประจำปี ๒๕๖๒', '<h1>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๒</h1><p>ดำเนินการแล้วเสร็จ ๔๒ โครงการ</p>');
  f['oit/old-o16.html'] = page(
    'รายงานผลการสำรวจความพึงพอใจการให้บริการ ๒๕๖๒',
    '<h1>รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๒</h1><p>ผู้รับบริการพึงพอใจร้อยละ ๘๘.๕๐</p>',
  );
  f['oit/old-o36.html'] = page('ประเมินความเสี่ยง ๒๕๖๒', '<h1>การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๒</h1>');
  f['news/index.html'] = page(
    `ข่าวสาร – ${AGENCY}`,
    `<h1>ข่าวประชาสัมพันธ์</h1><ul class="news">
<li><a href="/news/3.html">ประชาสัมพันธ์การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง</a> <span class="date">เผยแพร่เมื่อ ๑๐ กันยายน ๒๕๖๓</span></li>
<li><a href="/news/2.html">โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน</a> <span class="date">เผยแพร่เมื่อ ๒๐ สิงหาคม ๒๕๖๓</span></li>
<li><a href="/news/1.html">ประกาศรับสมัครพนักงานจ้างทั่วไป</a> <span class="date">เผยแพร่เมื่อ ๓ กรกฎาคม ๒๕๖๓</span></li></ul>`,
  );
  for (const i of [1, 2, 3]) f[`news/${i}.html`] = page(`ข่าว ${i}`, `<h1>ข่าวที่ ${i}</h1><p>${AGENCY} ประชาสัมพันธ์ให้ประชาชนทราบ</p>`);
  f['contact.html'] = page(
    'ติดต่อเรา',
    `<h1>ข้อมูลการติดต่อ</h1><p>ที่อยู่: ${AGENCY} ${ADDRESS}</p><p>โทรศัพท์ 042-980-123 โทรสาร 042-980-124</p><p>อีเมล saraban@pokknoi.go.th</p><p><img src="/uploads/map.png" alt="แผนที่ตั้งสำนักงาน"></p>`,
  );
  f['uploads/map.png'] = TINY_PNG;
  f['executives.html'] = page(
    'คณะผู้บริหาร',
    `<h1>คณะผู้บริหารเทศบาลตำบลพอกน้อย</h1><p><img src="/uploads/map.png" alt="รูปถ่าย"> นายสมบัติ ศรีพอก ตำแหน่ง นายกเทศมนตรีตำบลพอกน้อย โทรศัพท์ 089-111-2233</p>
<p><img src="/uploads/map.png" alt="รูปถ่าย"> นายวิชัย คำภูเงิน ตำแหน่ง รองนายกเทศมนตรี โทรศัพท์ 089-111-2234</p><p><img src="/uploads/map.png" alt="รูปถ่าย"> นางสุดา พลซา ตำแหน่ง ปลัดเทศบาล โทรศัพท์ 089-111-2235</p>`,
  );
  // windows-874 bytes, no <meta charset>, served with a bare text/html (_site.json noCharset).
  f['ita2022/o3.html'] = windows874(
    `<html><head><title>อำนาจหน้าที่</title></head><body><h1>อำนาจหน้าที่ของเทศบาลตำบลพอกน้อย</h1><p>เทศบาลตำบลมีหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 และตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 ได้แก่ รักษาความสงบเรียบร้อยของประชาชน ให้มีและบำรุงทางบกและทางน้ำ รักษาความสะอาดของถนน ป้องกันและระงับโรคติดต่อ</p></body></html>`,
  );
  f['complaint.html'] = page(
    'แจ้งเรื่องร้องเรียนการทุจริต',
    `<h1>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1><p>ร้องเรียนออนไลน์ ข้อมูลผู้ร้องเรียนเป็นความลับ</p><form method="post"><label>เรื่อง <input name="t"></label><label>รายละเอียด <textarea name="d"></textarea></label><button>ส่งเรื่องร้องเรียน</button></form>`,
  );
  f['feedback.html'] = page(
    'แสดงความคิดเห็น',
    `<h1>ช่องทางการรับฟังความคิดเห็น</h1><p>ท่านสามารถแสดงความคิดเห็นและข้อเสนอแนะต่อการดำเนินงานของเทศบาล</p><form method="post"><textarea name="c"></textarea><button>ส่งความคิดเห็น</button></form>`,
  );
  f[`${U}/o1-โครงสร้าง.pdf`] = pdf(
    'โครงสร้าง',
    `<h1>แผนผังโครงสร้างการแบ่งส่วนราชการ ${AGENCY}</h1><p>ฝ่ายการเมือง: นายกเทศมนตรี รองนายกเทศมนตรี สภาเทศบาล</p><p>ฝ่ายข้าราชการประจำ: ปลัดเทศบาล สำนักปลัดเทศบาล กองคลัง กองช่าง กองการศึกษา กองสาธารณสุขและสิ่งแวดล้อม</p>`,
  );
  f[`${U}/o4-แผนพัฒนาท้องถิ่น.pdf`] = pdf(
    'แผนพัฒนาท้องถิ่น',
    `<h1>แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๑ – ๒๕๖๕) ${AGENCY}</h1><p>ยุทธศาสตร์ที่ ๑ การพัฒนาด้านโครงสร้างพื้นฐาน เป้าหมาย: ถนนทุกสายได้มาตรฐาน ตัวชี้วัด: ร้อยละของถนนที่ได้รับการปรับปรุง</p><p>ยุทธศาสตร์ที่ ๒ การพัฒนาคุณภาพชีวิต</p>`,
  );
  f[`${U}/o10-แผนดำเนินงาน.pdf`] = pdf(
    'แผนการดำเนินงาน',
    `<h1>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h1><p style="text-align:center">${AGENCY}</p><table><tr><th>ที่</th><th>โครงการ/กิจกรรม</th><th>งบประมาณ (บาท)</th><th>ระยะเวลาดำเนินการ</th><th>หน่วยงานรับผิดชอบ</th></tr>
<tr><td>๑</td><td>โครงการก่อสร้างรางระบายน้ำ คสล. หมู่ที่ ๓</td><td>๔๕๐,๐๐๐</td><td>ม.ค. ๒๕๖๕ – มี.ค. ๒๕๖๕</td><td>กองช่าง</td></tr>
<tr><td>๒</td><td>โครงการป้องกันและควบคุมโรคไข้เลือดออก</td><td>๕๐,๐๐๐</td><td>ต.ค. ๒๕๖๔ – ก.ย. ๒๕๖๕</td><td>กองสาธารณสุข</td></tr></table>`,
  );
  f[`${U}/o11-รายงานรอบ6เดือน.docx`] = docx('รายงานรอบ 6 เดือน', [
    { h: `รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕ ${AGENCY}` },
    '(ตั้งแต่ ๑ ตุลาคม ๒๕๖๔ ถึง ๓๑ มีนาคม ๒๕๖๕)',
    { table: [['โครงการ', 'งบประมาณ (บาท)', 'ผลการเบิกจ่าย (บาท)', 'ความก้าวหน้า'], ['โครงการก่อสร้างรางระบายน้ำ คสล. หมู่ที่ ๓', '๔๕๐,๐๐๐', '๔๔๘,๐๐๐', 'ดำเนินการแล้วเสร็จ'], ['โครงการป้องกันและควบคุมโรคไข้เลือดออก', '๕๐,๐๐๐', '๒๐,๐๐๐', 'อยู่ระหว่างดำเนินการ']] },
  ]);
  f[`${U}/o13-คู่มือ.docx`] = docx('คู่มือการปฏิบัติงาน', [
    { h: 'คู่มือการปฏิบัติงาน งานรับเรื่องร้องทุกข์ สำนักปลัดเทศบาล' },
    'ผู้ปฏิบัติงาน: นักจัดการงานทั่วไป',
    'ขั้นตอนการปฏิบัติงาน ๑. รับเรื่องและลงทะเบียน (๑ วัน) ๒. ตรวจสอบข้อเท็จจริง (๕ วัน) ๓. เสนอผู้บริหาร (๑ วัน) ๔. แจ้งผลผู้ร้อง (๑ วัน)',
  ]);
  f[`${U}/o15-สถิติ.xlsx`] = xlsx('สถิติ', [
    ['สถิติการให้บริการ ประจำปีงบประมาณ 2565 เทศบาลตำบลพอกน้อย'],
    ['งานบริการ', 'ตุลาคม 2564', 'พฤศจิกายน 2564', 'ธันวาคม 2564', 'มกราคม 2565', 'กุมภาพันธ์ 2565', 'มีนาคม 2565'],
    ['ขออนุญาตก่อสร้างอาคาร', 2, 3, 1, 4, 2, 3],
    ['รับชำระภาษีที่ดินและสิ่งปลูกสร้าง', 15, 22, 40, 35, 60, 80],
  ]);
  f[`${U}/o19-รายงานการใช้จ่าย.pdf`] = pdf(
    'รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน',
    `<h1>รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน</h1><p style="text-align:center">${AGENCY} (ต.ค. ๒๕๖๓ – มี.ค. ๒๕๖๔)</p>
<table><tr><th>แผนงาน</th><th>งบประมาณตามข้อบัญญัติ (บาท)</th><th>ผลการเบิกจ่าย (บาท)</th><th>งบประมาณคงเหลือ (บาท)</th></tr>
<tr><td>แผนงานบริหารงานทั่วไป</td><td>${th('12,500,000')}</td><td>${th('5,900,000')}</td><td>${th('6,600,000')}</td></tr></table>`,
  );
  f[`${U}/o21-แผนจัดซื้อ.pdf`] = pdf(
    'แผนการจัดซื้อจัดจ้าง',
    `<h1>ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h1><p>${AGENCY}</p><table><tr><th>รายการ</th><th>วงเงิน (บาท)</th><th>ช่วงเวลาที่คาดว่าจะประกาศ</th></tr><tr><td>ก่อสร้างรางระบายน้ำ คสล. หมู่ที่ ๓</td><td>๔๕๐,๐๐๐</td><td>ธันวาคม ๒๕๖๔</td></tr></table><p>ประกาศ ณ วันที่ ๑๕ ตุลาคม ๒๕๖๔</p>`,
  );
  for (const [i, m] of MONTHS().entries())
    f[`${U}/skr1-${m.slug}.pdf`] = pdf(
      `สขร.1 ${m.name}`,
      `<h1>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${m.name} พ.ศ. ${th(m.y)}</h1><p style="text-align:center">${AGENCY}</p>
<table><tr><th>งานที่ซื้อหรือจ้าง</th><th>วงเงินที่จะซื้อหรือจ้าง</th><th>ราคากลาง</th><th>วิธีซื้อหรือจ้าง</th><th>รายชื่อผู้เสนอราคาและราคาที่เสนอ</th><th>ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง</th><th>เหตุผลที่คัดเลือกโดยสรุป</th><th>เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง</th></tr>
<tr><td>ซื้อวัสดุสำนักงาน</td><td>${th(String(8000 + i * 500))}</td><td>${th(String(8000 + i * 500))}</td><td>เฉพาะเจาะจง</td><td>ร้านพอกน้อยพาณิชย์</td><td>ร้านพอกน้อยพาณิชย์</td><td>ราคาต่ำสุด</td><td>ใบสั่งซื้อ ${th(`${i + 1}/${m.y}`)}</td></tr></table>`,
    );
  f[`${U}/o29-แนวปฏิบัติ.pdf`] = pdf(
    'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต',
    `<h1>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ${AGENCY}</h1><p>ช่องทางการร้องเรียน: ด้วยตนเอง ไปรษณีย์ โทรศัพท์ ๐๔๒-๙๘๐-๑๒๓ และแบบฟอร์มร้องเรียนออนไลน์</p>
<p>ขั้นตอนการจัดการเรื่องร้องเรียน: รับเรื่อง ลงทะเบียน ตรวจสอบข้อเท็จจริง รายงานผู้บริหาร แจ้งผลผู้ร้องเรียน ภายใน ๑๕ วัน</p><p>ผู้รับผิดชอบ: ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล</p><p>การคุ้มครองผู้ร้องเรียน: ปกปิดชื่อผู้ร้องเรียนและเก็บรักษาความลับ</p>`,
  );
  f[`${U}/o36-ประเมินความเสี่ยง.pdf`] = pdf(
    'ผลการประเมินความเสี่ยงการทุจริต',
    `<h1>รายงานผลการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h1><p style="text-align:center">${AGENCY}</p>
<p>คณะทำงานได้ประเมินความเสี่ยงการทุจริตและประพฤติมิชอบในกระบวนงานการจัดซื้อจัดจ้าง การออกใบอนุญาต และการใช้ทรัพย์สินของราชการ เมื่อวันที่ ๑๐ ธันวาคม ๒๕๖๔</p>
<p>ผลการประเมิน: ไม่พบความเสี่ยงการทุจริตในทุกกระบวนงาน เนื่องจากมีการควบคุมภายในที่ดีอยู่แล้ว</p>`,
  );
  f[`${U}/o34-ประกาศเจตจำนง.png`] = {
    png: `<html><body style="font-family:Garuda,Loma,sans-serif;padding:40px"><h2 style="text-align:center">ประกาศ${AGENCY}</h2><h3 style="text-align:center">เรื่อง เจตจำนงสุจริตในการบริหารงาน</h3><p>ข้าพเจ้า นายสมบัติ ศรีพอก นายกเทศมนตรีตำบลพอกน้อย ขอประกาศเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส</p><p style="text-align:right">ประกาศ ณ วันที่ ๕ ตุลาคม ๒๕๖๔</p></body></html>`,
  };
  f[`${U}/o39-แผนป้องกันการทุจริต.pdf`] = pdf(
    'แผนปฏิบัติการป้องกันการทุจริต',
    `<h1>แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๑ – ๒๕๖๔)</h1><p style="text-align:center">${AGENCY}</p><table><tr><th>มิติ</th><th>โครงการ/กิจกรรม</th><th>ปี ๒๕๖๑</th><th>ปี ๒๕๖๒</th><th>ปี ๒๕๖๓</th><th>ปี ๒๕๖๔</th></tr>
<tr><td>๑. การสร้างสังคมที่ไม่ทนต่อการทุจริต</td><td>โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร</td><td>๒๐,๐๐๐</td><td>๒๐,๐๐๐</td><td>๒๐,๐๐๐</td><td>๒๐,๐๐๐</td></tr>
<tr><td>๒. การบริหารราชการเพื่อป้องกันการทุจริต</td><td>กิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง</td><td>-</td><td>-</td><td>-</td><td>-</td></tr></table>`,
  );
  f[`${U}/o42-มาตรการ.docx`] = seedDocx('001_fc853cc8a657a5d4.txt');
  f['_site.json'] = JSON.stringify({ noCharset: ['/ita2022/o3.html'] }, null, 2);
  return f;
}
