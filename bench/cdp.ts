// DevTools-protocol helpers for the measurements that no page API can make.
import type { Page } from "@playwright/test";

/** Evaluates `expression` in our content script's world of the page; null if our script is not there. */
export async function inOurWorld(page: Page, expression: string, worldName: string): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string }[] = [];
  session.on("Runtime.executionContextCreated", ({ context }) => contexts.push(context));
  await session.send("Runtime.enable");
  const ours = contexts.find((c) => c.name === worldName);
  const result = ours
    ? await session.send("Runtime.evaluate", {
        expression,
        contextId: ours.id,
        awaitPromise: true,
        returnByValue: true,
      })
    : null;
  await session.detach();
  return result?.result.value ?? null;
}

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
