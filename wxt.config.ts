import { defineConfig } from 'wxt';

// The extension lives in extension/ beside the checker so both import the same core and rules.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  webExt: { disabled: true },
  manifest: {
    name: 'OIT Checker — ตรวจ OIT/ITA',
    description: 'Shows which ITA/OIT items an agency website is missing or has out of date',
  },
});
