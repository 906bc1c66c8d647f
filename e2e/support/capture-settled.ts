// The proof that a capture did not happen, instead of a guess at how long one takes: our content script
// has acted on everything the page showed so far, and the background has answered it.
import type { Page } from "@playwright/test";
import { inOurWorld, OUR_WORLD } from "./cdp";

/**
 * Run in our content script's own world. A zero-delay timer first: it fires after the script's own
 * look at the DOM after a Copy Token click (a zero-delay timer set earlier). Then two round trips of the
 * script's read-only question through the background's one queue (serial.ts): messages of one document
 * reach the background in the order they were sent and are answered in that order. The first answer comes
 * after the script's own question was answered and acted on (a capture sent at once); the second after the
 * background has handled that capture and the script has shown its confirmation.
 */
const TWO_ROUND_TRIPS = `(async () => {
  await new Promise((resolve) => setTimeout(resolve));
  for (let i = 0; i < 2; i++) await chrome.runtime.sendMessage({ type: "captureExpected" });
  return true;
})()`;

/**
 * Waits until our content script in the page's top document has done all it would with the page as it
 * stands. Returns false when the script is not in the page at all: it runs at document_start, so once the
 * page has loaded it is there, or never will be, and nothing can report a token from that document.
 */
export async function captureSettled(page: Page): Promise<boolean> {
  await page.waitForLoadState("load");
  return (await inOurWorld(page, TWO_ROUND_TRIPS, OUR_WORLD)) === true;
}
