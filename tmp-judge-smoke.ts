import { judgeItem } from './checker/core/judge/index';
import { input, seed, snap } from './test/core-judge/helpers';
const show = (v: any) => console.log(v.id, v.status, JSON.stringify(v.messages.map((m: any) => m.en)), '\nW:', JSON.stringify(v.warnings.map((m: any) => m.en)), '\nE:', JSON.stringify(v.evidence.map((e: any) => [e.url, e.years, e.snippet.slice(0, 80)])));
show(judgeItem(input({ year: 2565, id: 'O42', agencyName: 'องค์การบริหารส่วนจังหวัดลำปาง', snaps: [snap('https://www.lampangpao.go.th/o42.pdf', seed('004'))] })));
show(judgeItem(input({ year: 2565, id: 'O42', agencyName: 'เทศบาลตำบลพอกน้อย', snaps: [snap('https://www.lampangpao.go.th/o42b.pdf', seed('001'))] })));
show(judgeItem(input({ year: 2565, id: 'O39', agencyName: 'องค์การบริหารส่วนจังหวัดมุกดาหาร', snaps: [snap('https://www.lampangpao.go.th/o39.pdf', seed('003'))] })));
