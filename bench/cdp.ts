// DevTools-protocol helpers for the measurements that no page API can make.
import type { Page } from "@playwright/test";

/** Milliseconds of CPU the page spent in scripts whose URL contains `urlPart`, while `during` runs. */
export async function scriptTime(page: Page, urlPart: string, during: () => Promise<void>): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 50 });
  await session.send("Profiler.start");
  await during();
  const { profile } = await session.send("Profiler.stop");
  await session.detach();
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.includes(urlPart)).map((n) => n.id));
  let micros = 0;
  profile.samples?.forEach((node, i) => {
    if (ours.has(node)) micros += profile.timeDeltas?.[i] ?? 0;
  });
  return micros / 1000;
}
