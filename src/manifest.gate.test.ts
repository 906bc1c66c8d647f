// The manifest is the extension's attack surface: what it may read, where its scripts run, who may talk
// to it. Each entry is pinned here so that widening it is a deliberate, reviewed change.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manifestFor, TARGETS } from "./manifest";

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), "utf8");
const manifests = TARGETS.map(
  (target) => [target, { ...manifestFor(target) } as Record<string, unknown>] as const,
);

const JUSTIFY =
  'must be justified in README.md "Permissions, and why" and in SECURITY.md, then pinned in src/manifest.gate.test.ts';

const sorted = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);

/** At least as strict as MV3's default, "script-src 'self'; object-src 'self'", for extension pages. */
function isAtLeastDefaultCsp(csp: unknown): boolean {
  if (typeof csp !== "object" || csp === null || Array.isArray(csp)) return false;
  const { extension_pages: pages, ...others } = csp as Record<string, unknown>;
  if (Object.keys(others).length > 0 || typeof pages !== "string") return false;
  const directives = new Map(
    pages
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name?.toLowerCase(), sources] as const),
  );
  const selfOrNone = (name: string) => {
    const sources = directives.get(name);
    return (
      sources !== undefined && sources.length > 0 && sources.every((s) => s === "'self'" || s === "'none'")
    );
  };
  return selfOrNone("script-src") && selfOrNone("object-src");
}

describe.each(manifests)("the %s manifest's gate", (target, manifest) => {
  it("is Manifest V3", () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it("asks for exactly these API permissions", () => {
    expect(sorted(manifest.permissions), `A new permission ${JUSTIFY}`).toEqual([
      "alarms",
      "clipboardWrite",
      "contextMenus",
      "notifications",
      // Chrome only: its service worker has no clipboard.
      ...(target === "chrome" ? ["offscreen"] : []),
      "scripting",
      "storage",
      "webRequest",
    ]);
  });

  it("asks for exactly these hosts", () => {
    expect(sorted(manifest.host_permissions), `A new host permission ${JUSTIFY}`).toEqual([
      "https://*.ping.cloud/*",
      "https://auth.pingone.asia/*",
      "https://auth.pingone.ca/*",
      "https://auth.pingone.com.au/*",
      "https://auth.pingone.com/*",
      "https://auth.pingone.eu/*",
      "https://auth.pingone.sg/*",
    ]);
  });

  it("may ask later for exactly these hosts", () => {
    expect(sorted(manifest.optional_host_permissions), `A new optional host permission ${JUSTIFY}`).toEqual([
      "http://127.0.0.1/*",
      "http://localhost/*",
      "https://*/*",
    ]);
    // nativeMessaging: asked for only when a user first turns Terminal access on (p1as-token).
    expect(manifest.optional_permissions, `Optional API permissions ${JUSTIFY}`).toEqual(["nativeMessaging"]);
  });

  it("runs its content script only in the top frame of *.ping.cloud pages, in its own world", () => {
    const scripts = manifest.content_scripts as Record<string, unknown>[];
    expect(
      scripts.map((s) => ({
        matches: s.matches,
        exclude_matches: s.exclude_matches,
        all_frames: s.all_frames ?? false,
        match_about_blank: s.match_about_blank ?? false,
        match_origin_as_fallback: s.match_origin_as_fallback ?? false,
        world: s.world ?? "ISOLATED",
      })),
      `A wider content script ${JUSTIFY}`,
    ).toEqual([
      {
        matches: ["https://*.ping.cloud/*"],
        exclude_matches: undefined,
        all_frames: false,
        match_about_blank: false,
        match_origin_as_fallback: false,
        world: "ISOLATED",
      },
    ]);
  });

  it.each(["web_accessible_resources", "externally_connectable", "sandbox"])("has no %s", (key) => {
    expect(manifest[key], `Adding ${key} ${JUSTIFY}`).toBeUndefined();
  });

  it("keeps the default content security policy, or a stricter one", () => {
    const csp = manifest.content_security_policy;
    expect(csp === undefined || isAtLeastDefaultCsp(csp), `A looser CSP ${JUSTIFY}`).toBe(true);
  });
});

describe("the content security policy check", () => {
  it.each([
    [{ extension_pages: "script-src 'self'; object-src 'self'" }, true],
    [{ extension_pages: "object-src 'none'; script-src 'self'" }, true],
    [{ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }, false],
    [{ extension_pages: "script-src 'self' https://cdn.example; object-src 'self'" }, false],
    [{ extension_pages: "default-src 'self'" }, false],
    [{ extension_pages: "script-src 'self'; object-src 'self'", sandbox: "sandbox allow-scripts" }, false],
    ["script-src 'self'; object-src 'self'", false],
  ])("the CSP check judges %j as strict enough: %s", (csp, strict) => {
    expect(isAtLeastDefaultCsp(csp)).toBe(strict);
  });
});

/** The first column of each row of README's "Permissions, and why" table, by kind of permission. */
function readmePermissions(): Record<
  "permission" | "host" | "optional host" | "optional permission",
  Set<string>
> {
  const section = read("README.md")
    .split(/^## /m)
    .find((s) => s.startsWith("Permissions, and why"));
  const named = {
    permission: new Set<string>(),
    host: new Set<string>(),
    "optional host": new Set<string>(),
    "optional permission": new Set<string>(),
  };
  for (const line of section?.split("\n") ?? []) {
    const cell = /^\|([^|]*)\|/.exec(line)?.[1]?.trim() ?? "";
    const kind = cell.startsWith("optional host")
      ? "optional host"
      : cell.startsWith("optional")
        ? "optional permission"
        : cell.startsWith("host")
          ? "host"
          : "permission";
    for (const [, name] of cell.matchAll(/`([^`]+)`/g)) {
      for (const expanded of expandAlternatives(name ?? "")) named[kind].add(expanded);
    }
  }
  return named;
}

/** README writes related hosts once: `https://auth.pingone.<com, eu>/*` stands for two. */
function expandAlternatives(name: string): string[] {
  const match = /<([^>]+)>/.exec(name);
  if (!match?.[1]) return [name];
  const [before, after] = [name.slice(0, match.index), name.slice(match.index + match[0].length)];
  return match[1].split(",").flatMap((alt) => expandAlternatives(`${before}${alt.trim()}${after}`));
}

describe.each(manifests)('README "Permissions, and why" for the %s manifest', (_target, manifest) => {
  const named = readmePermissions();

  it.each([
    ["permissions", "permission"],
    ["host_permissions", "host"],
    ["optional_host_permissions", "optional host"],
    ["optional_permissions", "optional permission"],
  ] as const)("names every entry of %s", (key, kind) => {
    const missing = ((manifest[key] as string[] | undefined) ?? []).filter((p) => !named[kind].has(p));
    expect(missing, `Each ${kind} needs a row saying why in README.md "Permissions, and why"`).toEqual([]);
  });
});

describe("README's shorthand", () => {
  it("expands a family of hosts", () => {
    expect(expandAlternatives("https://auth.pingone.<com, com.au>/*")).toEqual([
      "https://auth.pingone.com/*",
      "https://auth.pingone.com.au/*",
    ]);
  });
});

/** Every permission either built manifest asks for, each with the builds that ask for it. */
function permissionsByBuild(): Map<string, string[]> {
  const builds = new Map<string, string[]>();
  for (const [target, manifest] of manifests) {
    for (const key of [
      "permissions",
      "host_permissions",
      "optional_permissions",
      "optional_host_permissions",
    ]) {
      for (const name of (manifest[key] as string[] | undefined) ?? []) {
        builds.set(name, [...(builds.get(name) ?? []), target]);
      }
    }
  }
  return builds;
}

/** docs/store/permissions.md: each table row's permissions (first cell) and the builds it names (second). */
function storePermissionRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of read("docs/store/permissions.md").split("\n")) {
    const [, first = "", second = ""] = line.split("|").map((cell) => cell.trim());
    const builds = TARGETS.filter((target) => second.toLowerCase().includes(target));
    for (const [, name] of first.matchAll(/`([^`]+)`/g)) {
      for (const expanded of expandAlternatives(name ?? "")) rows.set(expanded, builds);
    }
  }
  return rows;
}

describe("docs/store/permissions.md, the stores' justification of every permission", () => {
  const asked = permissionsByBuild();
  const rows = storePermissionRows();

  it("has a row for every permission either manifest asks for, naming the builds that ask", () => {
    const wrong = [...asked].filter(([name, builds]) => rows.get(name)?.join() !== builds.join());
    expect(
      wrong,
      "Each needs a row in docs/store/permissions.md whose builds column names exactly these",
    ).toEqual([]);
  });

  it("names no permission that neither manifest asks for", () => {
    expect([...rows.keys()].filter((name) => !asked.has(name))).toEqual([]);
  });
});

describe("docs/store/listing.md, within each store's limits", () => {
  const listing = read("docs/store/listing.md");
  const messages = JSON.parse(read("public/_locales/en/messages.json")) as Record<
    string,
    { message: string }
  >;
  /** The quoted paragraph that follows a line starting with `lead`. */
  const quoteAfter = (lead: string) => new RegExp(`^${lead}.*\\n\\n> (.+)$`, "m").exec(listing)?.[1] ?? "";

  it("gives the manifest's name, short enough for both stores", () => {
    const name = /^## Name\n\n(.+)$/m.exec(listing)?.[1];
    expect(name).toBe(messages.extName?.message);
    expect(name?.length).toBeLessThanOrEqual(50);
  });

  it("gives Chrome the manifest's own description as its summary, at most 132 characters", () => {
    const summary = quoteAfter("Chrome Web Store \\(");
    expect(summary).toBe(messages.extDescription?.message);
    expect(summary.length).toBeLessThanOrEqual(132);
  });

  it("gives addons.mozilla.org a summary of at most 250 characters", () => {
    const summary = quoteAfter("addons.mozilla.org:");
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(250);
  });
});
