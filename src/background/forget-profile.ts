// Everything stored for a profile goes with it, from this one place, whichever way it leaves: removed by the
// user, dropped by the organisation's policy, or moved to another domain by an edit (what was stored was
// for the old domain). Left behind, it would go on acting for a profile that is no more: a kept secret
// minting on its keep-fresh alarm, a pin or an added origin handing a later token to a page, a silent
// renewal or a pending sign-in waiting to attribute a capture. Expiry notices, renewal alarms and the badge
// follow the tokens by themselves (index.ts listens to them).
import { departedProfiles } from "../lib/departed-profiles";
import { docsTarget } from "../lib/docs-target";
import { type Profile, selfServiceHost } from "../lib/profile";
import { isTokenKeyOf } from "../lib/state";
import {
  appliedDocsItem,
  docsPinsItem,
  keptTokensItem,
  lastChoiceItem,
  pendingSignInItem,
  profilesItem,
  renewalAttemptsItem,
  signInOutcomeItem,
  silentRenewalItem,
  tabLoginsItem,
  terminalAccessItem,
  tokensItem,
} from "../lib/storage";
import { dropEntries } from "../lib/storage-item";
import { dropClientCredentials } from "./client-credentials";
import { dropDocsOrigins } from "./docs-origins";
import { dropHistoryOf } from "./history";

/** Stores the new profile list and forgets each profile it leaves behind; inside a serial operation. */
export async function saveProfileList(before: readonly Profile[], after: Profile[]): Promise<void> {
  await profilesItem.set(after);
  for (const profile of departedProfiles(before, after)) await forgetProfile(profile, after);
}

async function forgetProfile(profile: Profile, remaining: readonly Profile[]): Promise<void> {
  const { id } = profile;
  // Its PingOne settings, secret (session and kept), minted token, last error and keep-fresh alarm.
  await dropClientCredentials(id);
  await dropEntries(tokensItem, (token) => token.profileId === id);
  // The kept copy follows the tokens through a listener, which a browser start's restore could overtake.
  await dropEntries(keptTokensItem, (token) => token.profileId === id);
  await dropHistoryOf(id);
  // Added origins take their pins along; then the pins of its own hosts.
  await dropDocsOrigins((o) => o.profileId === id);
  await dropEntries(docsPinsItem, (_, origin) => docsTarget([profile], [], origin) !== null);
  await dropEntries(silentRenewalItem, (_, key) => isTokenKeyOf(key, id));
  // Terminal access was chosen for that environment: one moved elsewhere starts Off again.
  await dropEntries(terminalAccessItem, (_, profileId) => profileId === id);
  await dropEntries(renewalAttemptsItem, (_, key) => isTokenKeyOf(key, id));
  await dropEntries(appliedDocsItem, (applied) => isTokenKeyOf(applied.tokenKey, id));
  // A sign-in under way to its host: whatever it brings back belongs to no profile now.
  await dropEntries(tabLoginsItem, (login) => login.host === selfServiceHost(profile));
  if ((await pendingSignInItem.get())?.profileId === id) await pendingSignInItem.set(null);
  if ((await signInOutcomeItem.get())?.profileId === id) await signInOutcomeItem.set(null);
  // An edited profile is still the one the popup last chose; a removed one is not.
  const choice = await lastChoiceItem.get();
  if (choice?.profileId === id && !remaining.some((p) => p.id === id)) await lastChoiceItem.set(null);
}
