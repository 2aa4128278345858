import { judgeItem } from './checker/core/judge/index';
import { input, snap, link } from './test/core-judge/helpers';
const U = (p: string) => `https://www.lampangpao.go.th/${p}`;
const text = `แบบ ปค.๕
องค์การบริหารส่วนจังหวัดลำปาง
รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน
สำหรับระยะเวลาการดำเนินงานสิ้นสุด ณ วันที่ ๓๐ กันยายน ๒๕๖๔ ปีงบประมาณ พ.ศ. ๒๕๖๕
งานการเงินและบัญชี | การเบิกจ่ายล่าช้า | มีการควบคุมภายใน | เพียงพอ | ปานกลาง | จัดทำทะเบียนคุมเอกสาร | ปานกลาง`;
const v = judgeItem(input({ year: 2565, id: 'O36', agencyName: 'องค์การบริหารส่วนจังหวัดลำปาง', snaps: [snap(U('pk5.pdf'), text)] }));
console.log(v.status, v.messages, v.evidence[0].periods);
const sor = (month: string) => `แบบ สขร.1\nสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${month}\nงานที่ซื้อหรือจ้าง`;
const M = ['ตุลาคม 2564', 'พฤศจิกายน 2564', 'ธันวาคม 2564', 'มกราคม 2565', 'กุมภาพันธ์ 2565', 'มีนาคม 2565'];
const page = snap(U('o23'), `สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2565\n${M.map((m) => `สรุปผลการจัดซื้อจัดจ้าง เดือน${m}`).join('\n')}`, { links: M.map((m, i) => link(U(`files/sor1-${i}.pdf`), `สรุปผลการจัดซื้อจัดจ้าง เดือน${m}`)) });
const v2 = judgeItem(input({ year: 2565, id: 'O23', snaps: [page, ...M.map((m, i) => snap(U(`files/sor1-${i}.pdf`), sor(m)))] }));
console.log(v2.status, v2.messages);
