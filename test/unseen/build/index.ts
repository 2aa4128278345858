// Regenerates test/unseen/sites/* (committed): `npx tsx test/unseen/build/index.ts [site…]`.
import { join } from 'node:path';
import { done, writeSite } from './out';
import { cmsCategorySite } from './site-cms-category';
import { yearUrlSite } from './site-year-url';

const ROOT = join(import.meta.dirname, '..', 'sites');
const SITES: Record<string, () => Record<string, import('./out').FileBody>> = {
  'cms-category': cmsCategorySite,
  'year-url': yearUrlSite,
};

const want = process.argv.slice(2);
for (const [name, build] of Object.entries(SITES)) {
  if (want.length && !want.includes(name)) continue;
  // expected.json and README.md are hand-written: keep them across rebuilds.
  await writeSite(join(ROOT, name), build(), ['expected.json', 'README.md']);
  console.log(`built ${name}`);
}
await done();
