import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 4,
  retries: 0,
  // Each test starts its own Chromium, and spends most of its time waiting on it: on two cores a run
  // used about a third of the CPU with two workers. Four keep both cores busy; the tests wait for
  // events and states, never for time, so a slower test is slower, not wrong.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["./e2e/support/slowest-reporter.ts"]],
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
