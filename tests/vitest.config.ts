import { defineProject } from 'vitest/config';

/**
 * End-to-end tests: the built studio in Debian's Chromium, driven by playwright-core.
 * The global setup builds and serves the app and starts one browser for the whole run;
 * files run one after another because the two CPU cores are shared.
 */
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/setup/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    fileParallelism: false,
    // The page under test shares two cores with the test runner: a second is too short to wait for it.
    expect: { poll: { timeout: 10_000 } },
  },
});
