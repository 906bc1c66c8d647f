// A token reported by the content script: checked, attributed to the profile and application whose login
// URL this tab opened, and kept as that pair's one current token in storage.session.
import { t } from "../lib/i18n";
import { decodeJwt, numericDateToMs } from "../lib/jwt";
import type { CaptureResponse } from "../lib/messages";
import { profileLabel, profileOfSelfServiceUrl, selfServiceHost } from "../lib/profile";
import { type StoredToken, tokenKey } from "../lib/state";
import { pendingSignInItem, profilesItem, tabLoginsItem, tokensItem } from "../lib/storage";
import { addToHistory } from "./history";
import { serial } from "./serial";
import { onCaptured } from "./silent-renewal";
import { reauthorizeOpenDocs } from "./swagger";

/** The profile whose self-service host the page is on, and the login this tab opened for it; or null. */
async function attribution(pageUrl: string, tabId: number) {
  const profile = profileOfSelfServiceUrl(await profilesItem.get(), pageUrl);
  const login = (await tabLoginsItem.get())[tabId];
  return profile && login?.host === selfServiceHost(profile) ? { profile, login } : null;
}

export async function captureExpected(pageUrl: string, tabId: number): Promise<boolean> {
  return (await attribution(pageUrl, tabId)) !== null;
}

export async function storeCapture(raw: string, pageUrl: string, tabId: number): Promise<CaptureResponse> {
  const decoded = decodeJwt(raw);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  // The content script only reads pages that captureExpected approved; checked again here all the same.
  const found = await attribution(pageUrl, tabId);
  if (!found) return { ok: false, error: t("captureNotStarted") };
  const { profile, login } = found;
  const exp = numericDateToMs(decoded.jwt.claims.exp);
  if (exp !== null && exp <= Date.now()) return { ok: false, error: t("captureExpired") };

  const stored = await serial(async () => {
    const tokens = await tokensItem.get();
    const token: StoredToken = {
      raw,
      profileId: profile.id,
      app: login.app,
      source: "capture",
      capturedAt: Date.now(),
      exp,
    };
    tokens[tokenKey(profile.id, login.app)] = token;
    await tokensItem.set(tokens);
    await addToHistory(token, decoded.jwt.claims);
    if ((await pendingSignInItem.get())?.tabId === tabId) await pendingSignInItem.set(null);
  }).then(
    () => true,
    // The browser refused the write (storage.session is full): nothing changed, and the page says so.
    () => false,
  );
  if (!stored) return { ok: false, error: t("captureStorageFull") };
  void reauthorizeOpenDocs(profile.id).catch(() => undefined);
  void onCaptured(tabId).catch(() => undefined);
  return { ok: true, app: login.app, profile: profileLabel(profile), exp };
}
