// Stopping our service worker through the DevTools protocol, as Chrome does when it idles: whatever must
// survive that lives in storage and alarms, and the tests prove it.
import type { CDPSession, Page } from "@playwright/test";

type Protocol = Parameters<CDPSession["send"]>[0];

/** Stops every service worker of the page's storage partition (for an extension page: ours). */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send("ServiceWorker.enable" as Protocol);
  await session.send("ServiceWorker.stopAllWorkers" as Protocol);
  await session.detach();
}
