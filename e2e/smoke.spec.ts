import { test, expect } from "./fixtures";
import { ACME, addProfile, sessionTokens, signInFromPopup, submitSignOn } from "./helpers";

test("smoke", async ({ popup, worker }) => {
  await addProfile(popup, ACME);
  const tab = await signInFromPopup(popup, "pingfederate");
  await submitSignOn(tab);
  await expect.poll(async () => (await sessionTokens(worker)).length).toBe(1);
});
