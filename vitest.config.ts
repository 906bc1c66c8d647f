import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "cli/**/*.test.ts"],
    environment: "node",
    // Node has no browser.i18n: a stand-in reads the real messages, so tests see the English users see.
    setupFiles: ["src/test-setup/browser-i18n.ts"],
  },
});
