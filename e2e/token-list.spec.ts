// A team's many tokens in the popup: the page's environment first, and a filter once the list is long.
import type { Page, Worker } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ACME, addProfile, openPopupOver } from "./support/helpers";

const PROD = { environment: "prod", customer: "acme", region: "us1" } as const;
const APPS = ["self-service", "pingaccess", "pingfederate", "argocd"] as const;

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** An unsigned JWT with a subject and roles: the popup decodes tokens for display only. */
const jwt = (sub: string, groups: string[]) => `${b64({ alg: "RS256" })}.${b64({ sub, groups })}.c2ln`;

/** Four tokens for each of the popup's profiles, stored as the background stores captures. */
async function storeTokens(worker: Worker, popup: Page) {
  const profiles = await popup.evaluate(async () => {
    const { profiles } = await chrome.storage.local.get("profiles");
    return (profiles as { value: { id: string; environment: string }[] }).value;
  });
  const tokens = Object.fromEntries(
    profiles.flatMap((p) =>
      APPS.map((app) => [
        `${p.id}/${app}`,
        {
          raw: jwt(`${app}-${p.environment}@acme.example`, [`${p.environment}-${app}-admin`]),
          profileId: p.id,
          app,
          source: "capture",
          capturedAt: Date.now(),
          exp: Date.now() + 3_600_000,
        },
      ]),
    ),
  );
  await worker.evaluate((tokens) => chrome.storage.session.set({ tokens }), tokens);
}

test("over a page of an environment, its tokens lead, marked; the filter comes first and narrows the list", async ({
  popup,
  worker,
  open,
}) => {
  await addProfile(popup, ACME);
  await popup.getByText(/^Profiles/).click();
  await popup.getByRole("button", { name: "Add profile" }).click();
  await addProfile(popup, PROD);
  await storeTokens(worker, popup);

  // Any host of the environment, not only its docs: here a dashboard of prod.
  const page = await open("https://grafana.prod-acme.us1.ping.cloud/d/overview");
  const over = await openPopupOver(page, popup);
  const rows = over.getByRole("article");
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(0)).toHaveAccessibleName("self-service · prod-acme.us1");
  for (const i of [0, 1, 2, 3]) await expect(rows.nth(i)).toContainText("This page's environment");
  await expect(rows.nth(4)).toHaveAccessibleName("self-service · dev-acme.us1");
  await expect(rows.nth(4)).not.toContainText("This page's environment");

  // The filter is the first stop of the keyboard.
  await over.keyboard.press("Tab");
  const filter = over.getByRole("searchbox", { name: "Filter tokens" });
  await expect(filter).toBeFocused();
  await over.keyboard.type("argocd");
  await expect(rows).toHaveCount(2);
  await filter.fill("dev pingfederate-admin");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAccessibleName("pingfederate · dev-acme.us1");
  await filter.fill("access-prod@");
  await expect(rows).toHaveCount(1);
  await filter.fill("wiki");
  await expect(rows).toHaveCount(0);
  await expect(over.getByText("No token matches “wiki”.")).toBeVisible();
  await filter.fill("");
  await expect(rows).toHaveCount(8);
});

test("with only a few tokens there is no filter", async ({ popup, worker }) => {
  await addProfile(popup, ACME);
  await storeTokens(worker, popup);
  await expect(popup.getByRole("article")).toHaveCount(4);
  await expect(popup.getByRole("searchbox")).toHaveCount(0);
});

test("a list longer than the popup shows its first screen in the first frame, and every row just after", async ({
  popup,
  worker,
}) => {
  await addProfile(popup, ACME);
  for (const profile of [PROD, { ...PROD, environment: "stage" }]) {
    await popup.getByText(/^Profiles/).click();
    await popup.getByRole("button", { name: "Add profile" }).click();
    await addProfile(popup, profile);
  }
  await storeTokens(worker, popup);
  // The rows in the document as each frame begins (before it is painted), from the first frame on.
  await popup.addInitScript(() => {
    const counts: number[] = [];
    Object.assign(window, { rowsPerFrame: counts });
    const frame = () => {
      counts.push(document.querySelectorAll("article").length);
      if (counts.at(-1) !== 12) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await popup.reload();
  const rowsPerFrame = () =>
    popup.evaluate(() => (window as unknown as { rowsPerFrame: number[] }).rowsPerFrame);
  // Ten rows fill the popup's 600 px; the other two join in a later frame, in their place.
  await expect.poll(async () => (await rowsPerFrame()).at(-1)).toBe(12);
  expect((await rowsPerFrame()).find((n) => n > 0)).toBe(10);
  await expect(popup.getByRole("article").last()).toHaveAccessibleName("argocd · stage-acme.us1");
});
