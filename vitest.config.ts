import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and crawl tests each start servers and Chromium; two cores do not gain from more forks.
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
    // Fixture sites link real off-site hosts (Facebook, e-GP) as agencies do; no test request leaves the machine.
    env: { OIT_LOOPBACK_ONLY: '1' },
  },
});
