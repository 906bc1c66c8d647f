// `npx tsx bench/profile.ts`: where the time above each floor goes, with the page's CPU slowed 4×. CPU
// profiles (DevTools Profiler) of the popup opening with 50 tokens and with none, and of the docs page from
// its navigation to authorized; for each, the functions with the most time of their own. Build without
// minifying first (`npx vite build --minify false`) to read our functions' names; the .cpuprofile files
// (bench-profiles/) open in the DevTools Performance panel.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CDPSession, Page } from "@playwright/test";
import { popupUrl } from "../e2e/support/launch";
import { cpuThrottle } from "./cdp";
import { loadPopup, markAuthorized, openPopup, popupPage, SELF_SERVICE, signedIn, tokenStore } from "./setup";

const RATE = 4;
const OUT = resolve("bench-profiles");
const TOP = 15;
mkdirSync(OUT, { recursive: true });

// The protocol's types are not exported by Playwright; they come with its typed `send`.
const stopProfiler = (session: CDPSession) => session.send("Profiler.stop");
type Profile = Awaited<ReturnType<typeof stopProfiler>>["profile"];

/** The profile of `during`, sampled every 100 µs. */
async function profiled(page: Page, during: () => Promise<unknown>): Promise<Profile> {
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 100 });
  await session.send("Profiler.start");
  await during();
  const { profile } = await stopProfiler(session);
  await session.detach();
  return profile;
}

/** Writes the profile, and prints its total and the functions with the most self time. */
function report(name: string, profile: Profile): void {
  writeFileSync(join(OUT, `${name}.cpuprofile`), JSON.stringify(profile));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const micros = profile.timeDeltas?.[i] ?? 0;
    if (!frame || frame.functionName === "(idle)") return;
    total += micros;
    const file = frame.url.split("/").at(-1) ?? "";
    const key = `${frame.functionName || "(anonymous)"} ${file}${file ? `:${frame.lineNumber + 1}` : ""}`;
    self.set(key, (self.get(key) ?? 0) + micros);
  });
  console.log(`\n${name}: ${(total / 1000).toFixed(1)} ms busy (idle left out)`);
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${(micros / 1000).toFixed(1).padStart(7)} ms  ${key}`);
  }
}

const { standIn, context, extensionId, worker } = await signedIn();
const storeTokens = await tokenStore(worker, standIn);
for (const count of [50, 0]) {
  await storeTokens(count);
  const url = `${popupUrl(extensionId)}#cards=${count}`;
  // A warm-up: the first open after a change compiles what the measured one reuses.
  await openPopup(context, url, RATE);
  const page = await popupPage(context, RATE);
  report(`popup-${count}-tokens`, await profiled(page, () => loadPopup(page, url)));
  await page.close();
}

const docs = await context.newPage();
await markAuthorized(docs);
await (await cpuThrottle(docs))(RATE);
await storeTokens(1);
const authorized = async () => {
  await docs.goto(`${SELF_SERVICE}/docs`);
  await docs.waitForFunction(() => (window as { authorizedAt?: number }).authorizedAt);
};
await authorized();
report("docs-authorized", await profiled(docs, authorized));
console.log(`\nProfiles written to ${OUT}`);
await context.close();
await standIn.close();
