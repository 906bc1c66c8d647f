// The toolbar badge: minutes left of the token that matters now (the active tab's, else the soonest to
// expire), green while valid, amber under five minutes, red once expired, changing at the moment it does.
import type { Worker } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ACME, ACME_DOCS, addProfile, captureToken, signInFromPopup, submitSignOn } from "./support/helpers";

const badge = (worker: Worker) =>
  worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    colour: (await chrome.action.getBadgeBackgroundColor({})).join(","),
  }));
const GREEN = "26,127,55,255";
const AMBER = "154,103,0,255";
const RED = "207,34,46,255";

test("the badge counts down and turns amber under five minutes, on time", async ({
  popup,
  worker,
  standIn,
}) => {
  standIn.tokenLifetimeSeconds = 5 * 60 + 3;
  await captureToken(popup, "self-service");
  await expect.poll(() => badge(worker)).toEqual({ text: "6m", colour: GREEN });
  // Under five minutes three seconds later, not at the next minute's tick.
  await expect.poll(() => badge(worker), { timeout: 8_000 }).toEqual({ text: "5m", colour: AMBER });
});

test("the badge turns red when the token expires, on time", async ({ popup, worker, standIn }) => {
  standIn.tokenLifetimeSeconds = 4;
  await captureToken(popup, "self-service");
  await expect.poll(() => badge(worker), { timeout: 10_000 }).toEqual({ text: "exp", colour: RED });
});

test("the badge tells of the active tab's profile", async ({ popup, worker, standIn, open }) => {
  standIn.tokenLifetimeSeconds = 3600;
  await captureToken(popup, "self-service");
  standIn.tokenLifetimeSeconds = 20 * 60;
  await popup.getByText("Profiles (1)").click();
  await popup.getByRole("button", { name: "Add profile" }).click();
  await addProfile(popup, { ...ACME, environment: "prod" });
  await popup.getByRole("combobox", { name: /^Profile/ }).selectOption({ label: "prod-acme.us1" });
  const prod = await signInFromPopup(popup, "self-service");
  await submitSignOn(prod);
  await expect(prod.getByRole("status")).toContainText("Token captured");

  await open(ACME_DOCS);
  await expect
    .poll(() => badge(worker))
    .toEqual({ text: expect.stringMatching(/^(59|60)m$/), colour: GREEN });
  await prod.bringToFront();
  await expect
    .poll(() => badge(worker))
    .toEqual({ text: expect.stringMatching(/^(19|20)m$/), colour: GREEN });
});
