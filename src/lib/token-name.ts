// What a token is called wherever the user sees it: its application, and how it came when it was minted.
import { t } from "./i18n";
import type { TokenSource } from "./state";

/** "pingfederate", "pingfederate (pasted)", or "self-service (client credentials)" for a minted one. */
export const tokenName = (token: { app: string; source: TokenSource; pasted?: true }): string => {
  if (token.source !== "capture") return t("commonMinted", token.app);
  return token.pasted ? t("commonPasted", token.app) : token.app;
};
