// A token reported by the content script, from the document that the tab's own sign-in landed on
// (sign-in.ts follows the chain; the browser names the sender's tab, frame and URL): checked, attributed to
// that sign-in's profile and application, and kept as that pair's one current token in storage.session.
// One capture per sign-in: the record ends with it. A token pasted in the popup passes the same checks.

import type { CaptureResponse } from "../lib/capture-protocol";
import { t } from "../lib/i18n";
import { decodeJwt, numericDateToMs } from "../lib/jwt";
import { type Application, httpsUrl, type Profile, profileLabel, selfServiceHost } from "../lib/profile";
import { parseRefusal } from "../lib/refusal";
import { isLandedDocument, type TabLogin } from "../lib/sign-in-chain";
import { type StoredToken, subOf, tokenKey } from "../lib/state";
import {
  pendingSignInItem,
  profilesItem,
  signInOutcomeItem,
  tabLoginsItem,
  tokensItem,
} from "../lib/storage";
import { addToHistory } from "./history";
import { serial } from "./serial";
import { onCaptured } from "./silent-renewal";
import { reauthorizeOpenDocs } from "./swagger";

/** The tab's sign-in, if the page at `pageUrl` is the document it landed on, with its profile. */
async function landedSignIn(
  pageUrl: string,
  tabId: number,
): Promise<{ login: TabLogin; profile: Profile } | null> {
  const login = (await tabLoginsItem.get())[tabId];
  if (!isLandedDocument(login, pageUrl)) return null;
  const profile = (await profilesItem.get()).find((p) => selfServiceHost(p) === login.host);
  return profile ? { login, profile } : null;
}

const endSignIn = (tabId: number) =>
  tabLoginsItem.get().then((logins) => {
    delete logins[tabId];
    return tabLoginsItem.set(logins);
  });

/**
 * How long a page may wait for its tab's sign-in to reach it. Firefox delivers a page's first message and
 * the webRequest events of the response that made the page in no set order, so the page may ask before
 * the background has seen the sign-in land.
 */
const LANDING_WAIT_MS = 5_000;

/** Whether the page is on the host where the tab's sign-in, still under way, will land: worth a wait. */
function isOnItsHost(login: TabLogin | undefined, pageUrl: string): boolean {
  return login !== undefined && httpsUrl(pageUrl)?.hostname === login.host;
}

/** Asked by the content script as the page starts: is this the document a sign-in of this tab landed on? */
export async function captureExpected(pageUrl: string, tabId: number): Promise<boolean> {
  const deadline = Date.now() + LANDING_WAIT_MS;
  for (;;) {
    // Listening before looking, so that a step taken in between is not missed.
    let stopWaiting = () => {};
    const changed = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      const unsubscribe = tabLoginsItem.onChanged(() => resolve());
      stopWaiting = () => {
        clearTimeout(timer);
        unsubscribe();
      };
    });
    const [landed, underway] = await serial(async () => [
      (await landedSignIn(pageUrl, tabId)) !== null,
      isOnItsHost((await tabLoginsItem.get())[tabId], pageUrl),
    ]);
    if (landed || !underway || Date.now() >= deadline) {
      stopWaiting();
      return landed;
    }
    await changed;
    stopWaiting();
  }
}

/** Checks and stores a token for a profile and application; the caller holds the queue. */
async function storeToken(
  raw: string,
  profile: Profile,
  app: Application,
  pasted: boolean,
): Promise<CaptureResponse> {
  const decoded = decodeJwt(raw);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const exp = numericDateToMs(decoded.jwt.claims.exp);
  if (exp !== null && exp <= Date.now()) return { ok: false, error: t("captureExpired") };
  const token: StoredToken = {
    raw,
    profileId: profile.id,
    app,
    source: "capture",
    capturedAt: Date.now(),
    exp,
    ...(pasted ? { pasted: true as const } : {}),
    sub: subOf(decoded.jwt.claims),
  };
  try {
    const tokens = await tokensItem.get();
    tokens[tokenKey(profile.id, app)] = token;
    await tokensItem.set(tokens);
    await addToHistory(token, decoded.jwt.claims);
    await signInOutcomeItem.set(null);
  } catch {
    // The browser refused the write (storage.session is full): nothing changed, and the page says so.
    return { ok: false, error: t("captureStorageFull") };
  }
  void reauthorizeOpenDocs(profile.id).catch(() => undefined);
  return { ok: true, app, profile: profileLabel(profile), exp };
}

export async function storeCapture(raw: string, pageUrl: string, tabId: number): Promise<CaptureResponse> {
  const result = await serial(async () => {
    const found = await landedSignIn(pageUrl, tabId);
    if (!found) return { ok: false as const, error: t("captureNotStarted") };
    const stored = await storeToken(raw, found.profile, found.login.app, false);
    if (stored.ok) {
      await endSignIn(tabId);
      if ((await pendingSignInItem.get())?.tabId === tabId) await pendingSignInItem.set(null);
    }
    return stored;
  });
  if (result.ok) void onCaptured(tabId).catch(() => undefined);
  return result;
}

/**
 * The landed page showed no token: P1AS refused the account (HTTP 403, as the browser reported it; the
 * page's own text only names the roles), or the page holds none we could find. The popup says which.
 */
export function reportNoToken(
  detail: string | null,
  pageUrl: string,
  tabId: number,
): Promise<{ ok: boolean }> {
  return serial(async () => {
    const found = await landedSignIn(pageUrl, tabId);
    if (!found) return { ok: false };
    const { login, profile } = found;
    const refused = login.status === 403;
    const roles = refused && detail ? parseRefusal(detail) : { required: [], provided: [] };
    await signInOutcomeItem.set({
      profileId: profile.id,
      app: login.app,
      kind: refused ? "refused" : "noToken",
      ...roles,
      at: Date.now(),
    });
    // A refusal is the sign-in's end; a page without a token may still show one on its Copy Token click.
    if (refused) await endSignIn(tabId);
    if ((await pendingSignInItem.get())?.tabId === tabId) await pendingSignInItem.set(null);
    return { ok: true };
  });
}

/** The popup's Paste token, for a profile and application: the same checks as a capture, marked pasted. */
export function storePasted(raw: string, profileId: string, app: Application): Promise<CaptureResponse> {
  return serial(async () => {
    const profile = (await profilesItem.get()).find((p) => p.id === profileId);
    if (!profile) return { ok: false as const, error: t("commonProfileGone") };
    return storeToken(raw.trim(), profile, app, true);
  });
}
