// The manifest each browser gets: manifest.json holds what both share, this file adds what only one of them
// knows, and the version is package.json's. Typed by crxjs, so a misspelt key is a type error instead of a
// field the browser ignores.
import type { ManifestV3Export } from "@crxjs/vite-plugin";
import shared from "../manifest.json" with { type: "json" };
import packageJson from "../package.json" with { type: "json" };

export type Manifest = Exclude<ManifestV3Export, PromiseLike<unknown> | ((...args: never[]) => unknown)>;
export type Target = "chrome" | "firefox";

export const TARGETS: readonly Target[] = ["chrome", "firefox"];

/** The add-on id on addons.mozilla.org; Firefox's policies and the store both name the add-on by it. */
export const GECKO_ID = "{d6027e73-d423-41d3-b38a-bd91bb49832d}";

const BACKGROUND = "src/background/index.ts";

/**
 * The oldest browsers the builds support. Chrome: MV3 with `storage.session` access levels and the
 * offscreen clipboard. Firefox on desktop: `scripting.executeScript` into the MAIN world needs 128, and the
 * data-consent key AMO asks of new add-ons is read from 140 (ESR 140 is what Debian and many companies
 * run); on Android that key is read from 142. Firefox before 153 has no `documentIds`: there the origin
 * check inside the injected function guards the docs (src/background/swagger.ts).
 */
export const MINIMUM_VERSIONS = { chrome: 120, firefox: 140, firefoxAndroid: 142 } as const;

// crxjs's manifest type has no `gecko_android` yet; Firefox for Android reads the data-consent key from 142.
const FIREFOX_ANDROID = { gecko_android: { strict_min_version: `${MINIMUM_VERSIONS.firefoxAndroid}.0` } };

export function manifestFor(target: Target): Manifest {
  if (target === "chrome") {
    return {
      ...shared,
      version: packageJson.version,
      // MV3 with `storage.session` access levels and the offscreen clipboard.
      minimum_chrome_version: String(MINIMUM_VERSIONS.chrome),
      // Fixes the extension id for unpacked builds, so that an enterprise policy can name it; the store
      // assigns its own and the store package leaves this out (scripts/package.ts).
      key: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4FA1VKAAySuMxGlGMvf9lp3oYL/oPSheKSW3V09jEN2pwZLs6hgkwdEaoUKmrR1PW5JlEF1xJkg02LEKsYkgsqgKXtYs30vnN+2FVSPgIU6wH98sb+WrByim4F2uJFAOoqm/4/sAvEOY6Lcos25jkIASKCwLeXFc2cAr3ZbaPg2yeOn9tajGcGX/SX8hHcdmDfhurNmwPH4OsDrUVKaXAp+vgfrl+c2Tu7f8BEDN5Z3xj7jENDnAs03VVQhjXXDhMPmtP3YPI97j1TKn5bx3gIletybjUVGkLoiDI7YpC2fAtM8jjHBSw/qGogLzB9bN6NlyGLL2hcLZGAz2jR8ojwIDAQAB",
      background: { service_worker: BACKGROUND, type: "module" },
      // Chrome's service worker has no clipboard: the copy shortcut writes through an offscreen document.
      permissions: [...shared.permissions, "offscreen"],
      // Firefox reads policies for extensions without a schema; Chrome needs one to accept them.
      storage: { managed_schema: "managed_schema.json" },
    };
  }
  return {
    ...shared,
    version: packageJson.version,
    // Firefox MV3 runs the background as an event page, a document with a clipboard of its own.
    background: { scripts: [BACKGROUND], type: "module" },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: `${MINIMUM_VERSIONS.firefox}.0`,
        data_collection_permissions: { required: ["none"] },
      },
      ...FIREFOX_ANDROID,
    },
  };
}
