// The DevTools protocol where no page API reaches: our content script's isolated world. Shared by the
// end-to-end tests and the benchmark.
import type { Page } from "@playwright/test";

/** The name Chrome gives our content script's isolated world: the extension's name. */
export const OUR_WORLD = "P1AS Token Capture";

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
