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

/**
 * A setter for how many times slower the page's main thread runs (1: full speed), on a DevTools session of
 * its own that lasts as long as the page, so that the rate holds across reloads and navigations. Only that
 * thread is slowed: not the extension's service worker (another thread, though the popup shares its
 * process), nor the browser process that carries every extension call, nor the network stand-in.
 */
export async function cpuThrottle(page: Page): Promise<(rate: number) => Promise<void>> {
  const session = await page.context().newCDPSession(page);
  return async (rate) => {
    await session.send("Emulation.setCPUThrottlingRate", { rate });
  };
}
