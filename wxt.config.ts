import { defineConfig } from 'wxt';

// The extension lives in extension/ beside the checker so both import the same core and rules.
// It works by itself only on government hosts and loopback; any other site the user turns on from the
// side panel (optional host permission, asked per site).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  webExt: { disabled: true },
  // Firefox review rebuilds from the sources archive: it needs the extension, the core and the rules, not
  // the test fixtures, the demo site or reports.
  zip: {
    excludeSources: ['test/**', 'bench/**', 'checker/demo/**', 'test-artifacts/**', 'oit-report/**', '.ci/**', '**/*.log', 'vitest.json'],
  },
  manifest: ({ browser }) => ({
    name: 'OIT Checker — ตรวจ OIT/ITA',
    description: 'Shows which ITA/OIT items an agency website is missing or has out of date',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['*://*.go.th/*', '*://localhost/*', '*://127.0.0.1/*'],
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: 'OIT Checker' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'oit-checker@oit-checker.local', strict_min_version: '128.0' } } }
      : {}),
  }),
});
