// A profile the user removes, or moves to another domain, takes everything stored for it along: nothing
// acts for it later (a kept secret minting on an alarm, a pin or an added origin handing a later token to a
// page, a silent renewal opening its login URL). Removal by policy: managed-policy.spec.ts.
import { expect, test } from "./support/fixtures";
import { ACME, addProfile } from "./support/helpers";
import { expectNoMoreMinting, leaveTraces, tracesOf } from "./support/profile-traces";

// The traces include terminal access, which is refused while the browser has not given the policy.
test.use({ readsPolicy: true });

test("a removed profile leaves nothing behind, and nothing is minted for it", async ({ popup, standIn }) => {
  await addProfile(popup, ACME);
  const marks = await leaveTraces(popup, standIn);
  await popup.getByText("Profiles (1)").click();
  await popup.getByRole("button", { name: "Remove dev-acme.us1" }).click();
  await popup.getByRole("button", { name: "Remove dev-acme.us1 and its tokens" }).click();
  await expect(popup.getByRole("heading", { name: "Add a P1AS environment" })).toBeVisible();
  await expect.poll(() => tracesOf(popup, marks)).toEqual([]);
  await expectNoMoreMinting(popup, standIn, marks);
});

test("a profile moved to another domain keeps nothing of the old one, and nothing is minted for it", async ({
  popup,
  standIn,
}) => {
  await addProfile(popup, ACME);
  const marks = await leaveTraces(popup, standIn);
  await popup.getByText("Profiles (1)").click();
  await popup.getByRole("button", { name: "Edit dev-acme.us1" }).click();
  await popup.getByLabel("Region", { exact: true }).fill("eu1");
  await popup.getByRole("button", { name: "Save profile" }).click();
  await expect(popup.getByLabel("Profile")).toHaveText("dev-acme.eu1");
  // The profile itself stays, under its id, and so does the popup's choice of it.
  await expect.poll(() => tracesOf(popup, marks, ["local.profiles", "local.lastChoice"])).toEqual([]);
  await expectNoMoreMinting(popup, standIn, marks);
});
