// The text each copy button puts on the clipboard.
import type { JsonObject } from "./jwt";

export const authorizationHeader = (token: string): string => `Authorization: Bearer ${token}`;

/** An example request to the environment's self-service API, ready to paste into a shell. */
export const curlCommand = (token: string, selfServiceHost: string): string =>
  `curl -sS -H 'Authorization: Bearer ${token}' 'https://${selfServiceHost}/api/v1/'`;

export const claimsJson = (claims: JsonObject): string => JSON.stringify(claims, null, 2);
