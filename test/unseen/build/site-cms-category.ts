// "cms-category": a PAO site on a CMS with a category tree (khambonglocal.go.th / kanpeo.go.th shape,
// ita-oit.md §12.1, §12.3): /home/category/ita/ita2565/ lists posts newest first over three pages, each post
// at /home/post/<id>/ titled with its code in a different notation (O.1, o2, O 3, O-4, ข้อ o11, 013, 015,
// (029-031)), Thai-digit years, attachments under /files/; an older ita2563 category; a "เรื่องล่าสุด"
// sidebar on every page that repeats the five newest coded post titles.
import { readFileSync } from 'node:fs';
import { docx, th, TINY_PNG, xlsx } from './office';
import { esc, printable, type FileBody } from './out';

const AGENCY = 'องค์การบริหารส่วนจังหวัดลำปาง';
const SHORT = 'อบจ.ลำปาง';

interface Post {
  id: number;
  title: string;
  date: string;
  body: string;
  cat: 'ita2565' | 'ita2563' | 'news';
}

const MENU = `<nav class="menu"><a href="/">หน้าหลัก</a> <a href="/home/category/news/">ข่าวประชาสัมพันธ์</a> <a href="/home/category/ita/">ITA</a> <a href="/webboard/">กระดานถาม-ตอบ</a></nav>`;

function layout(title: string, main: string, recent: Post[]): string {
  const side = `<aside class="sidebar"><h3>หมวดหมู่</h3><ul><li><a href="/home/category/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/home/category/ita/ita2565/">ita2565</a></li><li><a href="/home/category/ita/ita2563/">ita2563</a></li></ul>
<h3>เรื่องล่าสุด</h3><ul>${recent.map((p) => `<li><a href="/home/post/${p.id}/">${esc(p.title)}</a></li>`).join('')}</ul></aside>`;
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(title)} – ${SHORT}</title></head><body>
<header><div class="logo">${AGENCY}</div>${MENU}</header>
<div class="wrap"><main>${main}</main>${side}</div>
<footer>${AGENCY} 99 หมู่ 3 ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000 · ปรับปรุงล่าสุด 3 มกราคม 2567</footer></body></html>`;
}

const attach = (href: string, text: string) => `<p class="attach">ไฟล์แนบ: <a href="${encodeURI(href)}">${esc(text)}</a></p>`;

function posts(): Post[] {
  const seed004 = '004_8ef762bd39961dbd.txt';
  void seed004;
  const list: Post[] = [
    {
      id: 251,
      cat: 'ita2565',
      date: '25 เมษายน 2565',
      title: 'O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
      body: `<p>${AGENCY} เผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</p>${attach('/files/2565/มาตรการส่งเสริมคุณธรรม-2565.pdf', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2565 (PDF)')}`,
    },
    {
      id: 250,
      cat: 'ita2565',
      date: '20 เมษายน 2565',
      title: 'O36 การประเมินความเสี่ยงการทุจริตประจำปี ปีงบประมาณ พ.ศ. ๒๕๖๕',
      body: `<p>ผลการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ของ${AGENCY}</p>
<table><tr><th>กระบวนงาน</th><th>เหตุการณ์ความเสี่ยงการทุจริต</th><th>ระดับความเสี่ยง</th><th>มาตรการป้องกันความเสี่ยง</th></tr>
<tr><td>การจัดซื้อจัดจ้าง</td><td>เจ้าหน้าที่เรียกรับผลประโยชน์จากผู้เสนอราคา เอื้อประโยชน์แก่ผู้ประกอบการบางราย</td><td>สูง</td><td>เผยแพร่ราคากลางและผลการจัดซื้อจัดจ้างทุกโครงการ หมุนเวียนคณะกรรมการตรวจรับ</td></tr>
<tr><td>การอนุมัติอนุญาตก่อสร้างอาคาร</td><td>การเรียกรับสินบนเพื่อเร่งรัดการออกใบอนุญาต</td><td>ปานกลาง</td><td>กำหนดระยะเวลาการพิจารณาและประกาศขั้นตอนให้ประชาชนทราบ</td></tr>
<tr><td>การใช้รถราชการ</td><td>การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน (ผลประโยชน์ทับซ้อน)</td><td>ต่ำ</td><td>จัดทำทะเบียนควบคุมการใช้รถและตรวจสอบทุกเดือน</td></tr></table>
<p>ประเมินเมื่อ ๑๕ ธันวาคม ๒๕๖๔ โดยคณะทำงานบริหารความเสี่ยง</p>`,
    },
    {
      id: 249,
      cat: 'ita2565',
      date: '18 เมษายน 2565',
      title: '(029-031) การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      body: `<h2>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p>ช่องทางการร้องเรียน: ยื่นด้วยตนเองที่ศูนย์รับเรื่องร้องเรียน ${AGENCY} ทางไปรษณีย์ โทรศัพท์ 054-265-014 หรือแบบฟอร์มร้องเรียนออนไลน์บนเว็บไซต์</p>
<p>ขั้นตอนการจัดการเรื่องร้องเรียน: (1) ลงทะเบียนรับเรื่อง (2) ตรวจสอบข้อเท็จจริง (3) เสนอผู้บริหารสั่งการ (4) แจ้งผลให้ผู้ร้องเรียนทราบ ภายใน 15 วันทำการ</p>
<p>ผู้รับผิดชอบ: ศูนย์ปฏิบัติการต่อต้านการทุจริต สำนักปลัด ผู้ร้องเรียนจะได้รับการคุ้มครอง ปกปิดชื่อผู้ร้องเรียนและเก็บรักษาความลับ</p>
<h2>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริตออนไลน์</a></p>
<h2>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี ๒๕๖๕</h2>
<table><tr><th>เดือน</th><th>จำนวนเรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ต.ค. ๒๕๖๔ – ธ.ค. ๒๕๖๔</td><td>๒</td><td>๒</td><td>๐</td></tr><tr><td>ม.ค. ๒๕๖๕ – มี.ค. ๒๕๖๕</td><td>๑</td><td>๐</td><td>๑ (อยู่ระหว่างสอบข้อเท็จจริง)</td></tr></table>`,
    },
    {
      id: 248,
      cat: 'ita2565',
      date: '8 เมษายน 2565',
      // An old template's code: in the 2565 list O19 is the six-month budget report, not this (§12.2).
      title: 'O19 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ปีงบประมาณ ๒๕๖๕',
      body: `<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)</p><ul>${MONTHS.map((m) => `<li><a href="${encodeURI(`/files/2565/skr1-${m.slug}.pdf`)}">สขร.1 เดือน${m.name} ${m.y}</a></li>`).join('')}</ul>`,
    },
    {
      id: 247,
      cat: 'ita2565',
      date: '1 เมษายน 2565',
      title: 'O18 แผนการใช้จ่ายงบประมาณประจำปี ๒๕๖๕',
      body: `<p>แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ${AGENCY} ตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๕</p>
<table><tr><th>แผนงาน</th><th>งบประมาณ (บาท)</th><th>ไตรมาส ๑</th><th>ไตรมาส ๒</th><th>ไตรมาส ๓</th><th>ไตรมาส ๔</th></tr>
<tr><td>แผนงานบริหารงานทั่วไป</td><td>๑๒๐,๕๐๐,๐๐๐</td><td>๓๐,๐๐๐,๐๐๐</td><td>๓๐,๐๐๐,๐๐๐</td><td>๓๐,๐๐๐,๐๐๐</td><td>๓๐,๕๐๐,๐๐๐</td></tr>
<tr><td>แผนงานการศึกษา</td><td>๘๕,๐๐๐,๐๐๐</td><td>๒๐,๐๐๐,๐๐๐</td><td>๒๑,๐๐๐,๐๐๐</td><td>๒๒,๐๐๐,๐๐๐</td><td>๒๒,๐๐๐,๐๐๐</td></tr></table>`,
    },
    {
      id: 246,
      cat: 'ita2565',
      date: '30 มีนาคม 2565',
      title: 'O17 E-Service',
      body: `<p>บริการออนไลน์ของ${AGENCY}: ยื่นคำร้องขอรับบริการได้ทางเว็บไซต์ตลอด 24 ชั่วโมง</p><p><a href="/eservice/">ยื่นคำร้องออนไลน์ (E-Service)</a></p>`,
    },
    {
      id: 245,
      cat: 'ita2565',
      date: '28 มีนาคม 2565',
      title: '015 ข้อมูลเชิงสถิติการให้บริการ ปีงบประมาณ ๒๕๖๕',
      body: `<p>สถิติการให้บริการประชาชน รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕</p>${attach('/files/2565/สถิติการให้บริการ-2565.xlsx', 'สถิติการให้บริการ.xlsx')}`,
    },
    {
      id: 244,
      cat: 'ita2565',
      date: '25 มีนาคม 2565',
      title: '013 คู่มือหรือมาตรฐานการปฏิบัติงาน',
      body: `<h2>คู่มือการปฏิบัติงาน งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง</h2><p>ผู้ปฏิบัติงาน: เจ้าพนักงานจัดเก็บรายได้ กองคลัง</p>
<p>ขั้นตอนการปฏิบัติงาน</p><ol><li>สำรวจข้อมูลที่ดินและสิ่งปลูกสร้าง (30 วัน)</li><li>แจ้งประเมินภาษีแก่ผู้เสียภาษี (15 วัน)</li><li>รับชำระภาษีและออกใบเสร็จ (1 วัน)</li><li>ติดตามเร่งรัดผู้ค้างชำระ (30 วัน)</li></ol>`,
    },
    {
      id: 243,
      cat: 'ita2565',
      date: '22 มีนาคม 2565',
      title: 'ข้อ o12 รายงานผลการดำเนินงานประจำปี ๒๕๖๓',
      body: `<p>รายงานผลการดำเนินงานประจำปี</p>${attach('/files/2563/รายงานผลการดำเนินงาน-2563.pdf', 'รายงานผลการดำเนินงาน (PDF)')}`,
    },
    {
      id: 242,
      cat: 'ita2565',
      date: '18 มีนาคม 2565',
      title: 'ข้อ o11 รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕',
      body: `<p>รายงานผลการดำเนินงานรอบ ๖ เดือน</p>${attach('/files/2565/รายงานรอบ6เดือน-2565.docx', 'รายงานรอบ 6 เดือน (Word)')}`,
    },
    {
      id: 241,
      cat: 'ita2565',
      date: '15 มีนาคม 2565',
      title: 'O-10 แผนดำเนินงานประจำปี ปีงบประมาณ พ.ศ. ๒๕๖๕',
      body: `<p>แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๕</p>${attach('/files/2565/แผนดำเนินงาน-2565.pdf', 'แผนดำเนินงาน 2565.pdf')}`,
    },
    {
      id: 240,
      cat: 'ita2565',
      date: '14 มีนาคม 2565',
      title: 'O8 Q&A',
      body: `<p>ช่องทางถาม-ตอบ ระหว่างประชาชนกับ${AGENCY}</p><p><a href="/webboard/">กระดานถาม-ตอบ (Q&amp;A)</a></p>`,
    },
    {
      id: 239,
      cat: 'ita2565',
      date: '12 มีนาคม 2565',
      title: 'O7 ข่าวประชาสัมพันธ์',
      body: `<p>ติดตามข่าวประชาสัมพันธ์ของ${AGENCY}</p><p><a href="/home/category/news/">ข่าวประชาสัมพันธ์</a></p>`,
    },
    {
      id: 238,
      cat: 'ita2565',
      date: '10 มีนาคม 2565',
      title: 'O5 ข้อมูลการติดต่อ',
      body: `<h2>ข้อมูลการติดต่อ</h2><p>ที่อยู่: ${AGENCY} 99 หมู่ 3 ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000</p>
<p>โทรศัพท์ 054-265-014 โทรสาร 054-265-015</p><p>อีเมล: saraban@lampangpao.go.th</p><p>แผนที่ตั้งสำนักงาน: <img src="/files/map.png" alt="แผนที่"></p>`,
    },
    {
      id: 237,
      cat: 'ita2565',
      date: '9 มีนาคม 2565',
      title: 'O-4 แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๑ – ๒๕๖๕)',
      body: `<p>แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๑ – ๒๕๖๕) ${AGENCY}</p>${attach('/files/plan/แผนพัฒนาท้องถิ่น-2561-2565.pdf', 'แผนพัฒนาท้องถิ่น 2561-2565.pdf')}`,
    },
    {
      id: 236,
      cat: 'ita2565',
      date: '8 มีนาคม 2565',
      title: 'O 3 อำนาจหน้าที่',
      body: `<h2>อำนาจหน้าที่</h2><p>${AGENCY} มีอำนาจหน้าที่ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๔๕ และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒ มาตรา ๑๗ ได้แก่</p>
<ol><li>ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย</li><li>จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัดและประสานการจัดทำแผนพัฒนาจังหวัด</li><li>สนับสนุนองค์กรปกครองส่วนท้องถิ่นอื่นในการพัฒนาท้องถิ่น</li><li>จัดการศึกษา การสาธารณสุข และการบำรุงรักษาทางหลวงท้องถิ่น</li></ol>`,
    },
    {
      id: 235,
      cat: 'ita2565',
      date: '7 มีนาคม 2565',
      title: 'o2 ข้อมูลผู้บริหาร',
      body: `<h2>คณะผู้บริหาร${AGENCY}</h2>
<div class="person"><img src="/files/people/p1.png" alt="รูปถ่าย"><p>นายตระกูล ธนวัฒน์ (ชื่อ-นามสกุล)</p><p>ตำแหน่ง นายกองค์การบริหารส่วนจังหวัดลำปาง</p><p>โทรศัพท์ 081-234-5601</p></div>
<div class="person"><img src="/files/people/p2.png" alt="รูปถ่าย"><p>นายบุญเลิศ แก้วมณี</p><p>ตำแหน่ง รองนายกองค์การบริหารส่วนจังหวัดลำปาง</p><p>โทรศัพท์ 081-234-5602</p></div>
<div class="person"><img src="/files/people/p3.png" alt="รูปถ่าย"><p>นางสาวพรทิพย์ ศรีสุข</p><p>ตำแหน่ง ปลัดองค์การบริหารส่วนจังหวัดลำปาง</p><p>โทรศัพท์ 081-234-5603</p></div>
<p>(รูปถ่ายผู้บริหาร ช่องทางการติดต่อ อีเมล: mayor@lampangpao.go.th)</p>`,
    },
    {
      id: 234,
      cat: 'ita2565',
      date: '7 มีนาคม 2565',
      title: 'O.1 โครงสร้าง',
      body: `<h2>แผนผังโครงสร้างองค์กร ${AGENCY}</h2><p>ฝ่ายการเมือง: นายกองค์การบริหารส่วนจังหวัด รองนายก เลขานุการนายก สภาองค์การบริหารส่วนจังหวัด</p>
<p>ฝ่ายข้าราชการประจำ: ปลัดองค์การบริหารส่วนจังหวัด รองปลัด สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม กองสาธารณสุข กองยุทธศาสตร์และงบประมาณ กองการเจ้าหน้าที่ หน่วยตรวจสอบภายใน</p>`,
    },
    // ITA 2563 category (2563 numbering; kept online).
    { id: 104, cat: 'ita2563', date: '20 มีนาคม 2563', title: 'O16 รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปี ๒๕๖๒', body: `<p>ผลการสำรวจความพึงพอใจของผู้รับบริการ ปีงบประมาณ พ.ศ. ๒๕๖๒ โดยมหาวิทยาลัยราชภัฏลำปาง ระดับความพึงพอใจร้อยละ ๙๑.๒๐</p>` },
    { id: 103, cat: 'ita2563', date: '18 มีนาคม 2563', title: 'O12 รายงานผลการดำเนินงานประจำปี ๒๕๖๒', body: `<p>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๒</p>` },
    { id: 102, cat: 'ita2563', date: '15 มีนาคม 2563', title: 'O1 โครงสร้าง', body: `<p>แผนผังโครงสร้างองค์กร (ปี ๒๕๖๓)</p>` },
    // News: the newest item is from 2563 (O7 outdated for FY2565).
    { id: 93, cat: 'news', date: '15 กันยายน 2563', title: 'อบจ.ลำปาง มอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย', body: '<p>เมื่อวันที่ ๑๕ กันยายน ๒๕๖๓ นายก อบจ.ลำปาง มอบถุงยังชีพแก่ผู้ประสบอุทกภัย อำเภอเกาะคา</p>' },
    { id: 92, cat: 'news', date: '2 สิงหาคม 2563', title: 'ประชาสัมพันธ์การชำระภาษีป้าย ประจำปี 2563', body: '<p>ขอเชิญผู้ประกอบการยื่นแบบแสดงรายการภาษีป้าย ภายในวันที่ ๓๑ สิงหาคม ๒๕๖๓</p>' },
    { id: 91, cat: 'news', date: '10 กรกฎาคม 2563', title: 'กิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ', body: '<p>วันที่ ๑๐ กรกฎาคม ๒๕๖๓ อบจ.ลำปาง จัดกิจกรรมปลูกต้นไม้</p>' },
  ];
  return list;
}

const MONTHS = [
  { slug: '2564-10', name: 'ตุลาคม', y: '2564' },
  { slug: '2564-11', name: 'พฤศจิกายน', y: '2564' },
  { slug: '2564-12', name: 'ธันวาคม', y: '2564' },
  { slug: '2565-01', name: 'มกราคม', y: '2565' },
  { slug: '2565-02', name: 'กุมภาพันธ์', y: '2565' },
  { slug: '2565-03', name: 'มีนาคม', y: '2565' },
];

function skr1(m: (typeof MONTHS)[number], i: number): string {
  const head = ['ลำดับ', 'งานที่ซื้อหรือจ้าง', 'วงเงินที่จะซื้อหรือจ้าง (บาท)', 'ราคากลาง (บาท)', 'วิธีซื้อหรือจ้าง', 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', 'เหตุผลที่คัดเลือกโดยสรุป', 'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง'];
  const row = ['1', `จ้างซ่อมแซมถนนลาดยาง สายบ้านทุ่ง ${i + 1}`, '95,000.00', '95,000.00', 'เฉพาะเจาะจง', 'หจก.ลำปางก่อสร้าง 94,500.00', 'หจก.ลำปางก่อสร้าง 94,500.00', 'ราคาต่ำสุด เป็นผู้มีอาชีพรับจ้าง', `สัญญาจ้าง ${th(`${10 + i}/${m.y}`)} ลงวันที่ ${th(`5 ${m.name} ${m.y}`)}`];
  return printable(
    `สขร.1 ${m.name} ${m.y}`,
    `<h1>แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${m.name} ${th(m.y)}</h1><p style="text-align:center">${AGENCY}</p>
<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr><tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr></table>`,
  );
}

function planPdf(): string {
  return printable(
    'แผนพัฒนาท้องถิ่น',
    `<h1>แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๑ – ๒๕๖๕)</h1><p style="text-align:center">${AGENCY}</p>
<h2>ส่วนที่ ๓ ยุทธศาสตร์การพัฒนา</h2><p>วิสัยทัศน์: ลำปางเมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข</p>
<table><tr><th>ยุทธศาสตร์</th><th>เป้าหมาย</th><th>ตัวชี้วัด</th><th>๒๕๖๑</th><th>๒๕๖๒</th><th>๒๕๖๓</th><th>๒๕๖๔</th><th>๒๕๖๕</th></tr>
<tr><td>๑. การพัฒนาโครงสร้างพื้นฐาน</td><td>ถนนได้มาตรฐาน</td><td>ระยะทางถนนที่ปรับปรุง (กม.)</td><td>๒๐</td><td>๒๐</td><td>๒๕</td><td>๒๕</td><td>๓๐</td></tr>
<tr><td>๒. การพัฒนาคุณภาพชีวิต</td><td>ประชาชนมีสุขภาพดี</td><td>ร้อยละของผู้สูงอายุที่ได้รับการดูแล</td><td>๘๐</td><td>๘๒</td><td>๘๕</td><td>๘๗</td><td>๙๐</td></tr></table>`,
  );
}

function opPlanPdf(): string {
  return printable(
    'แผนการดำเนินงาน 2565',
    `<h1>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h1><p style="text-align:center">${AGENCY}</p>
<table><tr><th>ที่</th><th>โครงการ/กิจกรรม</th><th>รายละเอียดของกิจกรรม</th><th>งบประมาณ (บาท)</th><th>สถานที่ดำเนินการ</th><th>หน่วยงานรับผิดชอบ</th><th>ระยะเวลาดำเนินการ</th></tr>
<tr><td>๑</td><td>โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านทุ่ง – บ้านนา</td><td>ผิวจราจรกว้าง ๖ เมตร ยาว ๑,๒๐๐ เมตร</td><td>๔,๘๐๐,๐๐๐</td><td>อำเภอเกาะคา</td><td>กองช่าง</td><td>ม.ค. ๒๕๖๕ – มิ.ย. ๒๕๖๕</td></tr>
<tr><td>๒</td><td>โครงการส่งเสริมสุขภาพผู้สูงอายุ</td><td>ตรวจคัดกรองและอบรม ๕๐๐ คน</td><td>๓๕๐,๐๐๐</td><td>ทุกอำเภอ</td><td>กองสาธารณสุข</td><td>ต.ค. ๒๕๖๔ – ก.ย. ๒๕๖๕</td></tr></table>`,
  );
}

function annual2563Pdf(): string {
  return printable(
    'รายงานผลการดำเนินงาน 2563',
    `<h1>รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๓</h1><p style="text-align:center">${AGENCY}</p>
<p>ในรอบปีงบประมาณ พ.ศ. ๒๕๖๓ (๑ ตุลาคม ๒๕๖๒ – ๓๐ กันยายน ๒๕๖๓) ดำเนินโครงการตามแผนการดำเนินงานรวม ๑๒๔ โครงการ ดำเนินการแล้วเสร็จ ๑๑๘ โครงการ</p>
<table><tr><th>ยุทธศาสตร์</th><th>จำนวนโครงการ</th><th>ดำเนินการแล้วเสร็จ</th><th>งบประมาณที่เบิกจ่าย (บาท)</th></tr>
<tr><td>โครงสร้างพื้นฐาน</td><td>๕๐</td><td>๔๘</td><td>๑๒๐,๓๕๐,๐๐๐</td></tr><tr><td>คุณภาพชีวิต</td><td>๗๔</td><td>๗๐</td><td>๖๕,๒๐๐,๐๐๐</td></tr></table>
<p>ปัญหาอุปสรรค: สถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ ทำให้ต้องเลื่อนกิจกรรม</p><p>ข้อเสนอแนะ: ควรปรับแผนให้สอดคล้องกับสถานการณ์</p>`,
  );
}

function seedPdf(file: string, title: string): string {
  const text = readFileSync(`/work/shared/seeds/${file}`, 'utf8');
  const body = text
    .split('\n')
    .filter((l) => l.trim() && !/^\s*\|[\s|:-]+\|\s*$/.test(l))
    .map((l) => (/^\s*\|.*\|\s*$/.test(l) ? `<p>${esc(l.trim().slice(1, -1).split('|').map((c) => c.trim()).join('   '))}</p>` : `<p>${esc(l.replace(/\*\*/g, '').trim())}</p>`))
    .join('\n');
  return printable(title, body);
}

function sixMonthDocx(): Uint8Array {
  return docx('รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน', [
    { h: 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน' },
    { h: `ปีงบประมาณ พ.ศ. ๒๕๖๕ (๑ ตุลาคม ๒๕๖๔ – ๓๑ มีนาคม ๒๕๖๕) ${AGENCY}` },
    { table: [
      ['ที่', 'โครงการ', 'งบประมาณ (บาท)', 'ผลการเบิกจ่าย (บาท)', 'ความก้าวหน้า'],
      ['๑', 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านทุ่ง – บ้านนา', '๔,๘๐๐,๐๐๐', '๑,๒๐๐,๐๐๐', 'อยู่ระหว่างดำเนินการ ร้อยละ ๒๕'],
      ['๒', 'โครงการส่งเสริมสุขภาพผู้สูงอายุ', '๓๕๐,๐๐๐', '๑๗๐,๐๐๐', 'ดำเนินการแล้ว ๒ ครั้ง'],
    ] },
    'สรุป: ดำเนินการแล้วเสร็จ ๓๘ โครงการ อยู่ระหว่างดำเนินการ ๔๐ โครงการ งบประมาณคงเหลือ ๓,๗๘๐,๐๐๐ บาท',
  ]);
}

function statsXlsx(): Uint8Array {
  return xlsx('สถิติ 2565', [
    ['สถิติการให้บริการประชาชน ปีงบประมาณ พ.ศ. 2565 องค์การบริหารส่วนจังหวัดลำปาง'],
    ['งานบริการ', 'ต.ค. 64', 'พ.ย. 64', 'ธ.ค. 64', 'ม.ค. 65', 'ก.พ. 65', 'มี.ค. 65', 'รวม'],
    ['ขออนุญาตใช้ทางหลวงท้องถิ่น', 4, 6, 3, 5, 7, 4, 29],
    ['ขอรับบริการรถบรรทุกน้ำ', 12, 9, 15, 20, 18, 22, 96],
    ['ชำระค่าธรรมเนียมน้ำมันเชื้อเพลิง', 31, 28, 35, 30, 29, 33, 186],
  ]);
}

export function cmsCategorySite(): Record<string, FileBody> {
  const all = posts();
  const ita65 = all.filter((p) => p.cat === 'ita2565');
  const recent = ita65.slice(0, 5);
  const files: Record<string, FileBody> = {};
  const card = (p: Post) =>
    `<article class="post"><h2 class="entry-title"><a href="/home/post/${p.id}/">${esc(p.title)}</a></h2><div class="meta">โพสต์เมื่อ ${p.date} โดย admin</div><a class="more" href="/home/post/${p.id}/">อ่านต่อ »</a></article>`;

  files['index.html'] = layout(
    'หน้าหลัก',
    `<h1>${AGENCY}</h1><p>ยินดีต้อนรับสู่เว็บไซต์${AGENCY}</p><section><h2>ITA</h2><p><a href="/home/category/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></p></section>`,
    recent,
  );
  files['home/category/ita/index.html'] = layout(
    'หมวดหมู่: ITA',
    `<h1>หมวดหมู่: ITA</h1><ul><li><a href="/home/category/ita/ita2565/">ita2565</a></li><li><a href="/home/category/ita/ita2563/">ita2563</a></li></ul>`,
    recent,
  );
  const PER_PAGE = 8;
  const pages = Math.ceil(ita65.length / PER_PAGE);
  for (let n = 1; n <= pages; n++) {
    const slice = ita65.slice((n - 1) * PER_PAGE, n * PER_PAGE);
    const nav = `<nav class="pagination">${Array.from({ length: pages }, (_, i) => i + 1)
      .map((i) => (i === n ? `<span class="current">${i}</span>` : `<a class="page-numbers" href="/home/category/ita/ita2565/${i === 1 ? '' : `page/${i}/`}">${i}</a>`))
      .join(' ')}${n < pages ? ` <a class="next" href="/home/category/ita/ita2565/page/${n + 1}/">ถัดไป »</a>` : ''}</nav>`;
    const path = n === 1 ? 'home/category/ita/ita2565/index.html' : `home/category/ita/ita2565/page/${n}/index.html`;
    files[path] = layout(`ita2565${n > 1 ? ` – หน้า ${n}` : ''}`, `<h1>หมวดหมู่: ita2565</h1>${slice.map(card).join('')}${nav}`, recent);
  }
  files['home/category/ita/ita2563/index.html'] = layout('ita2563', `<h1>หมวดหมู่: ita2563</h1>${all.filter((p) => p.cat === 'ita2563').map(card).join('')}`, recent);
  files['home/category/news/index.html'] = layout('ข่าวประชาสัมพันธ์', `<h1>หมวดหมู่: ข่าวประชาสัมพันธ์</h1>${all.filter((p) => p.cat === 'news').map(card).join('')}`, recent);
  for (const p of all) {
    const cat = p.cat === 'news' ? 'ข่าวประชาสัมพันธ์' : p.cat;
    files[`home/post/${p.id}/index.html`] = layout(
      p.title,
      `<article><h1 class="entry-title">${esc(p.title)}</h1><div class="meta">โพสต์เมื่อ ${p.date} · หมวดหมู่: <a href="/home/category/${p.cat === 'news' ? 'news' : `ita/${p.cat}`}/">${cat}</a></div><div class="entry-content">${p.body}</div></article>`,
      recent,
    );
  }
  files['webboard/index.html'] = layout(
    'กระดานถาม-ตอบ',
    `<h1>กระดานถาม-ตอบ (Q&amp;A)</h1><form method="post" action="/webboard/"><label>หัวข้อคำถาม <input name="topic"></label><label>รายละเอียด <textarea name="detail"></textarea></label><label>ชื่อผู้ถาม <input name="name"></label><button>ตั้งกระทู้</button></form>
<ul><li>ถาม: ขอใช้รถบรรทุกน้ำต้องทำอย่างไร — ตอบ: ยื่นคำร้องที่สำนักปลัด หรือทาง E-Service (ตอบโดยเจ้าหน้าที่)</li></ul>`,
    recent,
  );
  files['eservice/index.html'] = layout(
    'E-Service',
    `<h1>บริการออนไลน์ (E-Service)</h1><p>แบบคำร้องขอรับบริการรถบรรทุกน้ำ ยื่นคำร้องออนไลน์</p><form method="post" action="/eservice/"><label>ชื่อ-นามสกุล <input name="name"></label><label>ที่อยู่ <input name="addr"></label><label>บริการที่ขอ <select name="svc"><option>ขอรับบริการรถบรรทุกน้ำ</option><option>ขออนุญาตใช้ทางหลวงท้องถิ่น</option></select></label><button>ส่งคำร้อง</button></form>`,
    recent,
  );
  files['complaint/index.html'] = layout(
    'แจ้งเรื่องร้องเรียนการทุจริต',
    `<h1>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1><p>ร้องเรียนออนไลน์ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p><form method="post" action="/complaint/"><label>เรื่องที่ร้องเรียน <input name="topic"></label><label>รายละเอียด <textarea name="detail"></textarea></label><button>ส่งเรื่องร้องเรียน</button></form>`,
    recent,
  );
  files['files/map.png'] = TINY_PNG;
  for (const i of [1, 2, 3]) files[`files/people/p${i}.png`] = TINY_PNG;
  files['files/2565/มาตรการส่งเสริมคุณธรรม-2565.pdf'] = { pdf: seedPdf('004_8ef762bd39961dbd.txt', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส') };
  MONTHS.forEach((m, i) => (files[`files/2565/skr1-${m.slug}.pdf`] = { pdf: skr1(m, i) }));
  files['files/2565/สถิติการให้บริการ-2565.xlsx'] = statsXlsx();
  files['files/2563/รายงานผลการดำเนินงาน-2563.pdf'] = { pdf: annual2563Pdf() };
  files['files/2565/รายงานรอบ6เดือน-2565.docx'] = sixMonthDocx();
  files['files/2565/แผนดำเนินงาน-2565.pdf'] = { pdf: opPlanPdf() };
  files['files/plan/แผนพัฒนาท้องถิ่น-2561-2565.pdf'] = { pdf: planPdf() };
  return files;
}
