// Answering a prompt of the browser itself (the host permission prompt) with keys. The prompt is drawn
// inside the browser's window, not as a window of its own: what shows that it is open is that it takes
// the keyboard focus from the page, and what shows that it was answered is that the page gets it back.
import { expect, type Page } from "@playwright/test";
import type { Display } from "./xvfb";

/** A little longer than the half second in which Chromium's prompt ignores input. */
const PROMPT_GUARD_MS = 700;

/**
 * Opens the prompt with `open` (an action in `page`) and, once it has the keyboard, answers it: `move`
 * goes from the focused button (the default) to the chosen one, `press` presses it.
 */
export async function answerBrowserPrompt(
  page: Page,
  display: Display,
  open: () => Promise<void>,
  keys: { move?: string[]; press: string },
): Promise<void> {
  // Playwright tells every page that it has the focus; this page must tell the truth for a while.
  const session = await page.context().newCDPSession(page);
  await session.send("Emulation.setFocusEmulationEnabled", { enabled: false });
  const hasFocus = () => page.evaluate(() => document.hasFocus());
  display.focusBrowser();
  await expect.poll(hasFocus, { message: "the page has the focus before the prompt" }).toBe(true);
  await open();
  await expect.poll(hasFocus, { message: "the prompt took the focus" }).toBe(false);
  // A key that reaches the page once the prompt is gone must do nothing there.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // For its first half second Chromium keeps the prompt's other button disabled and ignores a press on
  // any (so that a click meant for the page cannot answer it): the move waits that long, and is made once,
  // since a second Tab would go past the chosen button. A press within that long of the one before it
  // counts as a double click, also ignored: until the prompt is gone, press once a second.
  await new Promise((guarded) => setTimeout(guarded, PROMPT_GUARD_MS));
  if (keys.move?.length) display.keys(...keys.move);
  await expect
    .poll(
      async () => {
        if (await hasFocus()) return true;
        display.keys(keys.press);
        return false;
      },
      { message: "the prompt took the answer", intervals: [1000] },
    )
    .toBe(true);
  await session.detach();
}
