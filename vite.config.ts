import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { MINIMUM_VERSIONS, manifestFor, type Target } from "./src/manifest";

// `vite build` makes the Chrome build in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const target: Target = mode === "firefox" ? "firefox" : "chrome";
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
    build: {
      outDir: target === "firefox" ? "dist-firefox" : "dist",
      emptyOutDir: true,
      // Readable stack traces from users' bug reports matter less than a small, reviewable bundle.
      sourcemap: false,
      // The oldest browsers the manifest admits (src/manifest.ts), so that nothing newer is down-levelled.
      target:
        target === "firefox" ? `firefox${MINIMUM_VERSIONS.firefox}` : `chrome${MINIMUM_VERSIONS.chrome}`,
      // Pages the manifest does not name: the decoder that "Decode JWT" opens, and (Chrome only) the
      // offscreen document that copies for the keyboard shortcut.
      rollupOptions: {
        input: {
          decode: "src/decode/index.html",
          ...(target === "chrome" ? { offscreen: "src/offscreen/index.html" } : {}),
        },
      },
    },
    // crxjs starts a dev server otherwise; the tests and `npm start` always use the built dist/.
    server: { strictPort: true },
  };
});
