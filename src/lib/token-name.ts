// What a token is called wherever the user sees it: its application, and how it came when it was minted.
import { t } from "./i18n";
import type { TokenSource } from "./state";

/** "pingfederate", or "self-service (client credentials)" for a minted one. */
export const tokenName = (token: { app: string; source: TokenSource }): string =>
  token.source === "capture" ? token.app : t("commonMinted", token.app);
