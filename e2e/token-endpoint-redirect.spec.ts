// A token endpoint that answers with a redirect (a hijacked proxy, a wrong region mapped elsewhere): a 307
// or 308 keeps the method and body, so following it would post the client secret to whatever host the
// redirect names. The request must stop there, say so, and leave the previous token in place.

import { PINGONE_CLIENTS } from "./standin/pingone";
import {
  alertOf,
  expectTokenKept,
  fillCredentials,
  getToken,
  getTokenReceived,
  mintedToken,
} from "./support/client-credentials-helpers";
import { expect, test } from "./support/fixtures";
import { ACME, addProfile } from "./support/helpers";

test("a 307 or 308 from the token endpoint is not followed: the secret reaches no other host, the token stays", async ({
  popup,
  standIn,
}) => {
  await addProfile(popup, ACME);
  const sunk = () => standIn.pingOne.sinkRequests.map((request) => JSON.stringify(request));
  for (const [method, client] of [
    ["client_secret_post", PINGONE_CLIENTS.post],
    ["client_secret_basic", PINGONE_CLIENTS.basic],
  ] as const) {
    await fillCredentials(popup, { clientId: client.id, secret: client.secret, method });
    for (const status of [307, 308] as const) {
      standIn.pingOne.fault = "none";
      await getTokenReceived(popup);
      const kept = await mintedToken(popup);

      standIn.pingOne.fault = `redirect-${status}`;
      await getToken(popup);
      await expect(alertOf(popup)).toBeVisible();
      expect(sunk().filter((text) => text.includes(client.secret))).toEqual([]);
      await expect(alertOf(popup)).toHaveText(
        "auth.pingone.com answered with a redirect to another address: not followed, so the client secret was sent nowhere else. Check the region and the network.",
      );
      await expectTokenKept(popup, kept);
    }
  }
  expect(sunk(), "no request reached the redirect's host").toEqual([]);
});
