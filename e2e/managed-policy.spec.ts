// Team-wide profiles through enterprise policy, for real: Chromium reads policy files from
// /etc/chromium/policies/managed at start (this run is root), and hands the extension's part to
// storage.managed. Runs in its own Playwright project after all others, since every Chromium started
// while the file exists would see the policy.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { ACME, addProfile } from "./support/helpers";
import { expectNoMoreMinting, leaveTraces, tracesOf } from "./support/profile-traces";

// Every test here reads the policy, and terminal access is refused while the browser has not given it.
test.use({ readsPolicy: true });

const POLICY_FILE = "/etc/chromium/policies/managed/p1as-token-capture-e2e.json";

test.afterEach(() => rmSync(POLICY_FILE, { force: true }));

/** Pushes these profiles (and any other policy keys) to our extension, for every Chromium that starts. */
function writePolicy(extensionId: string, profiles: object[], more: object = {}): void {
  const policy = { "3rdparty": { extensions: { [extensionId]: { profiles, ...more } } } };
  try {
    mkdirSync("/etc/chromium/policies/managed", { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
  } catch (error) {
    throw new Error(`This test writes a Chromium policy file and must run as root: ${String(error)}`);
  }
}

test("a profile pushed by policy appears read-only in popup and options, and takes over a personal one", async ({
  popup,
  loaded,
  openOptions,
  openPopup,
}) => {
  await addProfile(popup, ACME);
  writePolicy(loaded.extensionId, [
    { environment: "prod", customer: "acme", region: "us1", name: "Acme production" },
    { environment: "dev", customer: "acme", region: "us1", name: "Acme dev (managed)" },
    { environment: "Bad Label!", customer: "acme", region: "us1" },
  ]);
  await loaded.restart();

  const page = await openPopup();
  await page.getByText("Profiles (2)").click();
  const rows = page.locator("ul.profiles li");
  await expect(rows).toHaveText([
    /Acme production.*prod-acme\.us1\.ping\.cloud.*Managed by your organisation/,
    /Acme dev \(managed\).*dev-acme\.us1\.ping\.cloud.*Managed by your organisation/,
  ]);
  await expect(page.getByRole("button", { name: /^(Edit|Remove)/ })).toHaveCount(0);
  // Signing in with a managed profile works like with any other.
  await expect(page.getByRole("combobox", { name: /^Profile/ }).locator("option")).toHaveText([
    "Acme production",
    "Acme dev (managed)",
  ]);
  // The background refuses to change it even when asked directly.
  const refused = await page.evaluate(async () => {
    const { profiles } = (await chrome.storage.local.get("profiles")) as {
      profiles: { value: { id: string }[] };
    };
    return chrome.runtime.sendMessage({ type: "removeProfile", id: profiles.value[0]?.id });
  });
  expect(refused).toEqual({ ok: false, error: expect.stringContaining("managed by your organisation") });

  const options = await openOptions();
  await expect(options.getByRole("region", { name: "Profiles" }).locator("li")).toHaveText([
    /Acme production.*Managed by your organisation/,
    /Acme dev \(managed\).*Managed by your organisation/,
  ]);
});

test("a profile the policy drops leaves nothing behind, and nothing is minted for it", async ({
  loaded,
  standIn,
  openPopup,
}) => {
  writePolicy(loaded.extensionId, [ACME]);
  await loaded.restart();
  const page = await openPopup();
  const marks = await leaveTraces(page, standIn);

  // Changed while the browser runs: Chromium reads the policy again once the file has settled (5 s).
  writePolicy(loaded.extensionId, [{ environment: "prod", customer: "acme", region: "us1" }]);
  await expect(page.getByLabel("Profile")).toHaveText("prod-acme.us1", { timeout: 20_000 });
  await expect.poll(() => tracesOf(page, marks)).toEqual([]);
  await expectNoMoreMinting(page, standIn, marks);
});

test("a policy that turns terminal access off: options say so and offer nothing, and the background refuses", async ({
  loaded,
  openOptions,
}) => {
  writePolicy(loaded.extensionId, [ACME], { terminalAccess: false });
  await loaded.restart();
  const options = await openOptions();
  const terminal = options.getByRole("region", { name: "Terminal" });
  await expect(terminal).toContainText("Your organisation turned terminal access off.");
  const select = terminal.getByRole("combobox", { name: "Terminal access" });
  await expect(select).toBeDisabled();
  await expect(select).toHaveValue("off");
  // Asked directly, as a page of ours could, the background still says no and stores nothing.
  const answer = await options.evaluate(async () => {
    const { profiles } = (await chrome.storage.local.get("profiles")) as {
      profiles: { value: { id: string }[] };
    };
    return chrome.runtime.sendMessage({
      type: "setTerminalAccess",
      profileId: profiles.value[0]?.id,
      access: "allow",
    });
  });
  expect(answer).toEqual({ ok: false, error: "Your organisation turned terminal access off." });
  expect(await options.evaluate(() => chrome.storage.local.get("terminalAccess"))).toEqual({});
});
