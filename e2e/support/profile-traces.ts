// What a profile leaves behind: one of everything the extension stores per profile, made the way a user
// makes it, and a search of all storage and alarms for anything still naming the profile afterwards.
import type { Page } from "@playwright/test";
import { PINGONE_CLIENTS, PINGONE_ENV_ID } from "../standin/pingone";
import type { StandIn } from "../standin/server";
import { fillCredentials, getTokenReceived } from "./client-credentials-helpers";
import { expect } from "./fixtures";
import { ACME_SELF_SERVICE, openTokenDetails, signInFromPopup, submitSignOn } from "./helpers";

/** The dev-acme.us1 profile as the tests look for it. */
export interface ProfileMarks {
  id: string;
  domain: string;
  secret: string;
}

/** A docs origin outside ping.cloud, added for the profile. */
const ADDED_ORIGIN = "https://docs.example.test";
/** How long a minted token lives here: kept fresh, it is renewed every 6 seconds. */
const MINTED_LIFETIME_S = 8;

/**
 * Gives the popup's profile (dev-acme.us1, no token yet) one of everything stored per profile: a captured
 * token that renews silently, a minted one kept fresh with a kept secret, tokens kept on disk, pins, an
 * added docs origin, and a sign-in waiting on its sign-on form. The origin is written to storage directly,
 * as options.spec.ts does: adding one in the options page takes the browser's permission prompt, which
 * only a headed browser shows.
 */
export async function leaveTraces(popup: Page, standIn: StandIn): Promise<ProfileMarks> {
  standIn.pingOne.tokenLifetimeSeconds = MINTED_LIFETIME_S;
  const tab = await signInFromPopup(popup, "self-service");
  await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText("Token captured");
  await popup.bringToFront();
  await (await openTokenDetails(popup, "self-service · dev-acme.us1")).getByLabel("Renew silently").check();
  const { id: clientId, secret } = PINGONE_CLIENTS.basic;
  await fillCredentials(popup, { clientId, secret, keepFresh: true, keepSecret: true });
  await getTokenReceived(popup);
  const id = await popup.evaluate(
    async ({ added, selfService }) => {
      const { profiles } = (await chrome.storage.local.get("profiles")) as {
        profiles: { value: { id: string }[] };
      };
      const profileId = profiles.value[0]?.id ?? "";
      await chrome.storage.local.set({ docsOrigins: [{ origin: added, profileId }] });
      for (const origin of [added, selfService]) {
        await chrome.runtime.sendMessage({ type: "setDocsPin", origin, app: "pingfederate" });
      }
      await chrome.runtime.sendMessage({ type: "setSettings", keepTokens: true });
      await chrome.runtime.sendMessage({ type: "setTerminalAccess", profileId, access: "ask" });
      return profileId;
    },
    { added: ADDED_ORIGIN, selfService: `https://${ACME_SELF_SERVICE}` },
  );
  // With the sign-on session over, this sign-in stops on the sign-on form and stays pending.
  standIn.endSignOnSessions();
  await signInFromPopup(popup, "pingfederate");
  await popup.bringToFront();
  const marks = { id, domain: "dev-acme.us1.ping.cloud", secret };
  // Each kind of trace is there to begin with, so that their absence later means something.
  await expect
    .poll(() => tracesOf(popup, marks))
    .toEqual(
      expect.arrayContaining([
        "local.clientCredentials",
        "local.clientSecrets",
        "local.docsOrigins",
        "local.docsPins",
        "local.history",
        "local.keptTokens",
        "local.silentRenewal",
        "local.terminalAccess",
        "session.pendingSignIn",
        "session.tabLogins",
        "session.tokens",
        `alarm client-token:${id}`,
        `alarm renew:${id}/self-service`,
      ]),
    );
  return marks;
}

/**
 * Every stored item (as `area.key`) and alarm that names the profile by its id, its domain or its client
 * secret, read from an extension page; `except` names items that may (the profile list, after an edit).
 */
export async function tracesOf(page: Page, marks: ProfileMarks, except: string[] = []): Promise<string[]> {
  const state = await page.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    alarms: (await chrome.alarms.getAll()).map((alarm) => alarm.name),
  }));
  const names = (text: string) => [marks.id, marks.domain, marks.secret].some((mark) => text.includes(mark));
  const items = (["local", "session"] as const).flatMap((area) =>
    Object.entries(state[area])
      .filter(([key, value]) => names(JSON.stringify({ [key]: value })))
      .map(([key]) => `${area}.${key}`),
  );
  return [
    ...items.filter((item) => !except.includes(item)),
    ...state.alarms.filter(names).map((a) => `alarm ${a}`),
  ];
}

/**
 * Nothing is minted for the gone profile any more, over more than a renewal's interval. The proof is a
 * later renewal: another profile's token, minted now with the same lifetime and kept fresh, renewed at
 * three quarters of its life. A keep-fresh alarm left for the gone profile would have been due earlier
 * (its token was minted before), and alarms fire in the order they are due.
 */
export async function expectNoMoreMinting(page: Page, standIn: StandIn, marks: ProfileMarks): Promise<void> {
  const requests = standIn.pingOne.tokenRequests;
  const other = await mintKeptFresh(page, marks.id);
  const first = await mintedRaw(page, other);
  await expect
    .poll(() => mintedRaw(page, other), { timeout: (MINTED_LIFETIME_S + 5) * 1000 })
    .not.toBe(first);
  expect(standIn.pingOne.tokenRequests - requests, "a token request after the profile was gone").toBe(2);
}

/**
 * Through the background, as the popup would: a token minted and kept fresh for a profile other than
 * `goneId` (the first one there is, else a new prod-acme.us1). Returns that profile's id.
 */
function mintKeptFresh(page: Page, goneId: string): Promise<string> {
  const { id: clientId, secret } = PINGONE_CLIENTS.post;
  return page.evaluate(
    async ({ goneId, clientId, secret, environmentId }) => {
      const { profiles } = (await chrome.storage.local.get("profiles")) as {
        profiles?: { value: { id: string }[] };
      };
      let id = profiles?.value.find((profile) => profile.id !== goneId)?.id;
      if (!id) {
        const fields = { environment: "prod", customer: "acme", region: "us1", name: "" };
        const saved = await chrome.runtime.sendMessage({
          type: "saveProfile",
          profile: { id: null, ...fields },
        });
        id = (saved as { profile: { id: string } }).profile.id;
      }
      const settings = {
        region: "com",
        environmentId,
        clientId,
        scope: "",
        authMethod: "client_secret_post",
        keepFresh: true,
        keepSecret: false,
      };
      await chrome.runtime.sendMessage({ type: "saveClientCredentials", profileId: id, settings, secret });
      const minted = (await chrome.runtime.sendMessage({ type: "getClientToken", profileId: id })) as {
        ok: boolean;
      };
      if (!minted.ok) throw new Error("the other profile's token was not minted");
      return id;
    },
    { goneId, clientId, secret, environmentId: PINGONE_ENV_ID },
  );
}

/** The raw minted token of a profile, read from an extension page. */
const mintedRaw = (page: Page, profileId: string) =>
  page.evaluate(async (key) => {
    const { tokens } = (await chrome.storage.session.get("tokens")) as {
      tokens?: Record<string, { raw: string }>;
    };
    return tokens?.[key]?.raw;
  }, `${profileId}/self-service/client-credentials`);
