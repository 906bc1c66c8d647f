import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Each test starts its own Chromium; two at once on two cores make a long test slow, not wrong.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["./e2e/slowest-reporter.ts"]],
  outputDir: "test-results",
  projects: [
    { name: "extension", testIgnore: ["managed-policy.spec.ts", "firefox/**"] },
    // The Firefox build in firefox-esr, driven by puppeteer-core (Playwright cannot load extensions there).
    { name: "firefox", testMatch: "firefox/*.spec.ts" },
    // A policy file affects every Chromium started while it exists: this project runs alone, last, and its
    // tests one after the other (two at once would each see, or remove, the other's file).
    {
      name: "policy",
      testMatch: "managed-policy.spec.ts",
      dependencies: ["extension"],
      fullyParallel: false,
    },
  ],
});
