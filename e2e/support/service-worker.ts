// Stopping our service worker through the DevTools protocol, as Chrome does when it idles: whatever must
// survive that lives in storage and alarms, and the tests prove it. Also: watching it stop and start, and
// hearing its errors.
import type { CDPSession, Page, Worker } from "@playwright/test";

type Protocol = Parameters<CDPSession["send"]>[0];

/** Stops every service worker of the page's storage partition (for an extension page: ours). */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send("ServiceWorker.enable" as Protocol);
  await session.send("ServiceWorker.stopAllWorkers" as Protocol);
  await session.detach();
}

/**
 * Follows the running status of the page's storage partition's service workers ("running", "stopping",
 * "stopped", "starting"), each change once, from now until `detach()`.
 */
export async function watchServiceWorkers(
  page: Page,
): Promise<{ statuses: string[]; detach(): Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  const statuses: string[] = [];
  session.on("ServiceWorker.workerVersionUpdated" as "Runtime.consoleAPICalled", (event: unknown) => {
    for (const { runningStatus } of (event as { versions: { runningStatus: string }[] }).versions) {
      if (statuses.at(-1) !== runningStatus) statuses.push(runningStatus);
    }
  });
  await session.send("ServiceWorker.enable" as Protocol);
  return { statuses, detach: () => session.detach() };
}

/**
 * Errors of our service worker from now on, logged or uncaught: an uncaught error or rejection is logged
 * as one, since the console is all that Playwright hears of a worker. Holds until the worker stops.
 */
export async function workerErrors(worker: Worker): Promise<string[]> {
  const errors: string[] = [];
  worker.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await worker.evaluate(() => {
    self.addEventListener("error", (event) => console.error(event.message));
    self.addEventListener("unhandledrejection", (event) =>
      console.error(`Unhandled rejection: ${event.reason}`),
    );
  });
  return errors;
}
