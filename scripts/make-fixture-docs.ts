// Builds the demo site (checker/demo/site) and the fixture sites (test/fixtures/sites/*) from the content
// generators in test/fixtures/gen: writes pages (UTF-8 or windows-874 bytes), the HTML sources of PDFs
// (docs-src), PDFs printed by Chromium (Thai fonts from fonts-thai-tlwg), an image-only "scanned" PDF,
// DOCX/XLSX files, pictures, expected.json, README.md and _site.json. Then checks every PDF's text with
// pdftotext. The output is committed, so `npm start` and the tests never need a browser for it.
//
//   npx tsx scripts/make-fixture-docs.ts            # all sites
//   npx tsx scripts/make-fixture-docs.ts demo wp-table
import { mkdirSync, writeFileSync, rmSync, existsSync, readdirSync, statSync, cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { resolveBrowser, QUIET_CHROMIUM_ARGS, LOOPBACK_ONLY_ARGS } from '../checker/browser/resolve';
import { docxFromDoc, xlsxFromRows } from '../test/fixtures/gen/office';
import { encodeWindows874, type SiteBuild } from '../test/fixtures/gen/model';
import { ALL_SITES } from '../test/fixtures/gen/sites';
import { ITEMS } from '../test/fixtures/gen/items';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const IMAGE_CACHE = join(tmpdir(), 'oit-fixture-images');

/** Pictures shared by all sites: drawn with HTML and screenshotted, so no binary assets come from elsewhere. */
const IMAGES: Array<{ name: string; w: number; h: number; html: string }> = [
  { name: 'logo.png', w: 96, h: 96, html: `<div style="width:96px;height:96px;border-radius:50%;background:#2f6b3b;color:#fff;display:flex;align-items:center;justify-content:center;font:bold 28px Garuda">ตรา</div>` },
  ...(['head', 'deputy1', 'deputy2', 'clerk'] as const).map((n, i) => ({
    name: `${n}.jpg`,
    w: 160,
    h: 200,
    html: `<div style="width:160px;height:200px;background:${['#c9d8e8', '#e8d9c9', '#d9e8c9', '#e0d0e8'][i]};position:relative;overflow:hidden"><div style="position:absolute;left:50px;top:36px;width:60px;height:72px;border-radius:50%;background:#55606e"></div><div style="position:absolute;left:20px;top:118px;width:120px;height:120px;border-radius:60px 60px 0 0;background:#2d3a4a"></div></div>`,
  })),
  {
    name: 'structure.png',
    w: 640,
    h: 300,
    html: `<div style="width:640px;height:300px;background:#fff;font:14px Garuda;position:relative">${[
      [270, 10, 'นายก'], [120, 90, 'สภา'], [420, 90, 'ปลัด'], [20, 190, 'สำนักปลัด'], [140, 190, 'กองคลัง'], [260, 190, 'กองช่าง'], [380, 190, 'กองการศึกษา'], [500, 190, 'กองสาธารณสุข'],
    ]
      .map(([x, y, t]) => `<div style="position:absolute;left:${x}px;top:${y}px;width:110px;height:44px;border:2px solid #2f6b3b;display:flex;align-items:center;justify-content:center">${t}</div>`)
      .join('')}</div>`,
  },
  {
    name: 'map.png',
    w: 480,
    h: 300,
    html: `<div style="width:480px;height:300px;background:#eef3e6;position:relative;font:13px Garuda"><div style="position:absolute;left:0;top:140px;width:480px;height:14px;background:#f4d35e"></div><div style="position:absolute;left:230px;top:0;width:12px;height:300px;background:#ddd"></div><div style="position:absolute;left:250px;top:100px;color:#c00;font-size:28px">●</div><div style="position:absolute;left:280px;top:106px">สำนักงาน</div><div style="position:absolute;left:10px;top:160px">ทางหลวงหมายเลข 1317</div></div>`,
  },
  ...(['meeting', 'ethics-training'] as const).map((n, i) => ({
    name: `${n}.jpg`,
    w: 400,
    h: 240,
    html: `<div style="width:400px;height:240px;background:linear-gradient(#9cc3e6,#f0e6d2);position:relative">${Array.from({ length: 9 }, (_, k) => `<div style="position:absolute;left:${20 + k * 42}px;top:${130 + (k % 2) * 10}px;width:30px;height:30px;border-radius:50%;background:#4a3b30"></div><div style="position:absolute;left:${14 + k * 42}px;top:${165 + (k % 2) * 10}px;width:42px;height:60px;border-radius:20px 20px 0 0;background:${i ? '#6b7f3a' : '#3a5f7f'}"></div>`).join('')}<div style="position:absolute;left:60px;top:30px;width:280px;height:50px;background:#fff;font:16px Garuda;display:flex;align-items:center;justify-content:center">${i ? 'อบรมคุณธรรมจริยธรรม' : 'ประชุมประชาคมหมู่บ้าน'}</div></div>`,
  })),
];

async function makeImages(browser: Browser) {
  if (IMAGES.every((i) => existsSync(join(IMAGE_CACHE, i.name)))) return;
  mkdirSync(IMAGE_CACHE, { recursive: true });
  const page = await browser.newPage();
  for (const img of IMAGES) {
    await page.setViewportSize({ width: img.w, height: img.h });
    await page.setContent(`<html><body style="margin:0">${img.html}</body></html>`);
    const jpg = img.name.endsWith('.jpg');
    await page.screenshot({ path: join(IMAGE_CACHE, img.name), type: jpg ? 'jpeg' : 'png', quality: jpg ? 60 : undefined, clip: { x: 0, y: 0, width: img.w, height: img.h } });
  }
  await page.close();
}

function write(path: string, data: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

const norm = (s: string) => s.replace(/\s+/g, '').normalize('NFC');
const fromThaiDigits = (s: string) => s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

async function buildSite(site: SiteBuild, browser: Browser) {
  const root = join(ROOT, site.root);
  const src = join(ROOT, site.docsSrc);
  rmSync(root, { recursive: true, force: true });
  rmSync(src, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const page = await browser.newPage();
  const problems: string[] = [];

  for (const f of site.files) {
    const out = f.kind === 'images' ? join(root, f.dir) : join(root, f.path);
    switch (f.kind) {
      case 'images':
        mkdirSync(out, { recursive: true });
        for (const i of IMAGES) cpSync(join(IMAGE_CACHE, i.name), join(out, i.name));
        break;
      case 'text':
        write(out, f.encoding === 'windows-874' ? encodeWindows874(f.text) : f.text);
        break;
      case 'pdf': {
        write(join(src, f.src), f.html);
        await page.setContent(f.html, { waitUntil: 'load' });
        write(out, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
        if (!norm(fromThaiDigits(text)).includes(norm(f.expectPhrase))) problems.push(`${f.path}: pdftotext lacks "${f.expectPhrase}"`);
        break;
      }
      case 'scan': {
        write(join(src, f.src), f.html);
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.setContent(f.html.replace('<body>', '<body style="padding:40px 56px">'), { waitUntil: 'load' });
        const shot = await page.screenshot({ type: 'jpeg', quality: 55, fullPage: false });
        await page.setContent(
          `<html><head><style>@page{size:A4;margin:0}body{margin:0}img{width:210mm;height:297mm;display:block}</style></head><body><img src="data:image/jpeg;base64,${shot.toString('base64')}"></body></html>`,
          { waitUntil: 'load' },
        );
        write(out, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
        if (text.trim().length > 0) problems.push(`${f.path}: the scanned PDF has a text layer`);
        break;
      }
      case 'shot': {
        await page.setViewportSize({ width: 900, height: 640 });
        await page.setContent(f.html, { waitUntil: 'load' });
        write(out, await page.screenshot({ type: 'jpeg', quality: 60 }));
        break;
      }
      case 'docx':
        write(out, docxFromDoc(f.doc));
        break;
      case 'xlsx':
        write(out, xlsxFromRows(f.sheetName, f.rows));
        break;
    }
  }
  await page.close();

  const items: Record<string, string> = {};
  for (const it of ITEMS) items[it.id] = site.expected[it.id]!;
  const reasons: Record<string, string> = {};
  for (const it of ITEMS) reasons[it.id] = site.reasons[it.id] ?? '';
  // What each generated document must contain, so tests can check text layers without re-running this script.
  const documents = site.files.flatMap((f): Array<{ path: string; kind: string; phrase: string | null }> =>
    f.kind === 'pdf' || f.kind === 'docx' || f.kind === 'xlsx'
      ? [{ path: f.path, kind: f.kind, phrase: f.expectPhrase }]
      : f.kind === 'scan' || f.kind === 'shot'
        ? [{ path: f.path, kind: f.kind === 'scan' ? 'scanned-pdf' : 'image', phrase: null }]
        : [],
  );
  const expectedJson =
    JSON.stringify({ year: site.year, site: site.name, index: site.indexPath, needsRendering: site.needsRendering ?? false, items, reasons, documents }, null, 2) + '\n';
  // The demo's expected.json sits beside the site (checker/demo/expected.json); fixtures keep theirs inside.
  if (site.name === 'demo') write(join(ROOT, 'checker/demo/expected.json'), expectedJson);
  else write(join(root, 'expected.json'), expectedJson);
  if (site.siteJson) write(join(root, '_site.json'), JSON.stringify(site.siteJson, null, 2) + '\n');
  if (site.name === 'demo') write(join(root, 'EXPECTED.md'), expectedMd(site));
  else write(join(root, 'README.md'), `# ${site.name}\n\n${site.readme}\n\nExpected verdicts (ITA ${site.year}): see expected.json (\`reasons\` says why per item). Generated by \`npx tsx scripts/make-fixture-docs.ts ${site.name}\` from test/fixtures/gen/; edit the generator, not the files.\n`);
  return problems;
}

function expectedMd(site: SiteBuild): string {
  const count: Record<string, number> = {};
  for (const s of Object.values(site.expected)) count[s] = (count[s] ?? 0) + 1;
  return `# Demo site — expected verdicts (ITA ${site.year})

เทศบาลตำบลบ้านสวนดอกไม้ is fictional. The site is generated by \`npx tsx scripts/make-fixture-docs.ts demo\`
(content in test/fixtures/gen/); the machine-readable list is \`checker/demo/expected.json\`.

ITA 2565 = fiscal year 2565 (1 ต.ค. 2564 – 30 ก.ย. 2565). First half-year window: ต.ค. 2564 – มี.ค. 2565.
Previous fiscal year (for annual reports): FY2564. O42 must analyse ITA 2564.

Totals: ${Object.entries(count)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ')}

Index page: \`${site.indexPath}\` (table: ข้อ · ข้อมูล · URL · คำอธิบายเพิ่มเติม). The older \`/ita/2564/\` page
stays online with FY2563 reports, a 2561–2564 anti-corruption plan and an ITA 2563 analysis: none of them may
serve ITA 2565 (§6.3 rule 3).

## Seed documents: a decision

- **O42 ← seed 004** (อบจ.ลำปาง, verbatim text in an HTML page). It is a real, complete O42 for ITA 2565
  (analyses ITA ๒๕๖๔, measures for FY๒๕๖๕ with responsible units, steps, periods and follow-up), so the
  expected status is **pass**; but it names another agency. We keep it verbatim instead of rewriting it so
  the judge's another-agency warning fires on real text (thai-text-and-dates.md §15). A human assessor
  might refuse a copied analysis; that is exactly what the warning is for.
- **O39 ← seed 003** (อบจ.มุกดาหาร, plan พ.ศ. ๒๕๖๖–๒๕๗๐, 405 KB of real text): **outdated** (newer range
  that excludes 2565), with the another-agency warning.

## Per item

| Item | Expected | Why |
|---|---|---|
${ITEMS.map((it) => `| ${it.id} ${it.name} | ${site.expected[it.id]} | ${site.reasons[it.id] ?? ''} |`).join('\n')}

## Template traps on purpose

- The footer says "ปรับปรุงข้อมูลล่าสุด 2 พฤษภาคม 2566" on every page: a template date, not evidence (§6.3 rule 5).
- PDFs sit under \`/files/ita2565/\`: the folder name is not evidence either.
- \`/admin/\` is a login page disallowed by robots.txt.
`;
}

function sizeOf(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    const s = statSync(p);
    n += s.isDirectory() ? sizeOf(p) : s.size;
  }
  return n;
}

async function main() {
  const only = process.argv.slice(2);
  const sites = ALL_SITES().filter((s) => !only.length || only.includes(s.name));
  const { executablePath } = resolveBrowser();
  const browser = await chromium.launch({ executablePath, args: [...QUIET_CHROMIUM_ARGS, ...LOOPBACK_ONLY_ARGS] });
  const problems: string[] = [];
  try {
    await makeImages(browser);
    for (const site of sites) {
      problems.push(...(await buildSite(site, browser)));
      console.log(`${site.name}: ${site.files.length} entries, ${(sizeOf(join(ROOT, site.root)) / 1024).toFixed(0)} KiB → ${site.root}`);
    }
  } finally {
    await browser.close();
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}

await main();
