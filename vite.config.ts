import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import manifest from "./manifest.json" with { type: "json" };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Readable stack traces from users' bug reports matter less than a small, reviewable bundle.
    sourcemap: false,
    target: "chrome120",
    // Pages the manifest does not name: the decoder that "Decode JWT" opens, and the offscreen document
    // that copies for the keyboard shortcut.
    rollupOptions: { input: { decode: "src/decode/index.html", offscreen: "src/offscreen/index.html" } },
  },
  // crxjs starts a dev server otherwise; the tests and `npm start` always use the built dist/.
  server: { strictPort: true },
});
