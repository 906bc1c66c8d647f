// Adding, editing and removing profiles. Removing one also drops its tokens, its client credentials and
// any choice naming it.
import { t } from "../lib/i18n";
import type { Protocol, Request } from "../lib/messages";
import { type Application, type ProfileColour, profileDomain, validateProfileFields } from "../lib/profile";
import { lastChoiceItem, profilesItem, tokensItem } from "../lib/storage";
import { dropClientCredentials } from "./client-credentials";
import { dropHistoryOf } from "./history";
import { serial } from "./serial";

async function dropTokensOf(profileId: string): Promise<void> {
  const tokens = await tokensItem.get();
  const kept = Object.entries(tokens).filter(([, t]) => t.profileId !== profileId);
  if (kept.length !== Object.keys(tokens).length) await tokensItem.set(Object.fromEntries(kept));
}

export function saveProfile({
  profile,
}: Request<"saveProfile">): Promise<Protocol["saveProfile"]["response"]> {
  return serial(async () => {
    const checked = validateProfileFields(profile);
    if (!checked.ok) return checked;
    const profiles = await profilesItem.get();
    const domain = profileDomain(checked.fields);
    if (profiles.some((p) => p.id !== profile.id && profileDomain(p) === domain)) {
      return { ok: false, errors: { environment: `A profile for ${domain} exists already.` } };
    }
    const index = profiles.findIndex((p) => p.id === profile.id);
    const previous = profiles[index];
    if (previous?.managed) return { ok: false, errors: { environment: t("commonManagedProfile") } };
    if (profile.id !== null && !previous)
      return { ok: false, errors: { environment: t("commonProfileGone") } };
    const saved = { id: profile.id ?? crypto.randomUUID(), ...checked.fields };
    if (previous) profiles[index] = saved;
    else profiles.push(saved);
    await profilesItem.set(profiles);
    // Its tokens were issued for the old domain: after a change of environment, customer or region they
    // no longer belong to this profile.
    if (previous && profileDomain(previous) !== domain) await dropTokensOf(saved.id);
    return { ok: true, profile: saved };
  });
}

export function removeProfile(id: string): Promise<{ ok: true } | { ok: false; error: string }> {
  return serial(async () => {
    const profiles = await profilesItem.get();
    if (profiles.find((p) => p.id === id)?.managed) return { ok: false, error: t("commonManagedProfile") };
    await profilesItem.set(profiles.filter((p) => p.id !== id));
    await dropTokensOf(id);
    await dropClientCredentials(id);
    await dropHistoryOf(id);
    if ((await lastChoiceItem.get())?.profileId === id) await lastChoiceItem.set(null);
    return { ok: true };
  });
}

export function removeToken(key: string): Promise<{ ok: true }> {
  return serial(async () => {
    const tokens = await tokensItem.get();
    if (Object.hasOwn(tokens, key)) {
      delete tokens[key];
      await tokensItem.set(tokens);
    }
    return { ok: true };
  });
}

export function setProfileLook(
  id: string,
  colour: ProfileColour,
  defaultApp: Application | null,
): Promise<{ ok: true } | { ok: false; error: string }> {
  return serial(async () => {
    const profiles = await profilesItem.get();
    const index = profiles.findIndex((p) => p.id === id);
    const profile = profiles[index];
    if (!profile) return { ok: false, error: t("commonProfileGone") };
    if (profile.managed) return { ok: false, error: t("commonManagedProfile") };
    const { colour: _c, defaultApp: _d, ...rest } = profile;
    profiles[index] = {
      ...rest,
      ...(colour === "none" ? {} : { colour }),
      ...(defaultApp ? { defaultApp } : {}),
    };
    await profilesItem.set(profiles);
    return { ok: true };
  });
}

/** One place up or down among the personal profiles; managed ones stay first. */
export function moveProfile(id: string, by: -1 | 1): Promise<{ ok: true } | { ok: false; error: string }> {
  return serial(async () => {
    const profiles = await profilesItem.get();
    const index = profiles.findIndex((p) => p.id === id);
    const other = profiles[index + by];
    const profile = profiles[index];
    if (!profile || profile.managed) return { ok: false, error: t("commonManagedProfile") };
    if (!other || other.managed) return { ok: true };
    profiles[index] = other;
    profiles[index + by] = profile;
    await profilesItem.set(profiles);
    return { ok: true };
  });
}
