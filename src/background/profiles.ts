// Adding, editing and removing profiles. Removing one, or moving it to another domain, forgets everything
// stored for it (forget-profile.ts).
import { t } from "../lib/i18n";
import type { MessageOf, Response } from "../lib/messages";
import { type Application, type ProfileColour, profileDomain, validateProfileFields } from "../lib/profile";
import type { StoredToken } from "../lib/state";
import { profilesItem, tokensItem } from "../lib/storage";
import { saveProfileList } from "./forget-profile";
import { serial } from "./serial";

export function saveProfile({ profile }: MessageOf<"saveProfile">): Promise<Response<"saveProfile">> {
  return serial(async () => {
    const checked = validateProfileFields(profile);
    if (!checked.ok) return checked;
    const profiles = await profilesItem.get();
    const domain = profileDomain(checked.fields);
    if (profiles.some((p) => p.id !== profile.id && profileDomain(p) === domain)) {
      return { ok: false, errors: { environment: t("errorProfileExists", domain) } };
    }
    const index = profiles.findIndex((p) => p.id === profile.id);
    const previous = profiles[index];
    if (previous?.managed) return { ok: false, errors: { environment: t("commonManagedProfile") } };
    if (profile.id !== null && !previous)
      return { ok: false, errors: { environment: t("commonProfileGone") } };
    const saved = { id: profile.id ?? crypto.randomUUID(), ...checked.fields };
    await saveProfileList(
      profiles,
      previous ? profiles.map((p) => (p.id === saved.id ? saved : p)) : [...profiles, saved],
    );
    return { ok: true, profile: saved };
  });
}

export function removeProfile(id: string): Promise<{ ok: true } | { ok: false; error: string }> {
  return serial(async () => {
    const profiles = await profilesItem.get();
    if (profiles.find((p) => p.id === id)?.managed) return { ok: false, error: t("commonManagedProfile") };
    await saveProfileList(
      profiles,
      profiles.filter((p) => p.id !== id),
    );
    return { ok: true };
  });
}

/** How long a removed token can be brought back by Undo; the popup offers it for a little less. */
export const UNDO_MS = 10_000;

/**
 * The last token removed, for Undo: in the worker's memory only, as long as Undo lasts. The worker lives
 * at least that long after the popup's message; if it stops sooner, Undo says it is too late.
 */
let lastRemoved: { key: string; token: StoredToken; at: number } | null = null;

export function removeToken(key: string): Promise<{ ok: true }> {
  return serial(async () => {
    const tokens = await tokensItem.get();
    const token = tokens[key];
    if (token && Object.hasOwn(tokens, key)) {
      delete tokens[key];
      await tokensItem.set(tokens);
      lastRemoved = { key, token, at: Date.now() };
    }
    return { ok: true };
  });
}

/** Brings back the token just removed, unless Undo came too late or a newer token took its place. */
export function undoRemoveToken(key: string): Promise<{ ok: true } | { ok: false; error: string }> {
  return serial(async () => {
    const removed = lastRemoved;
    lastRemoved = null;
    const tokens = await tokensItem.get();
    if (!removed || removed.key !== key || Date.now() - removed.at > UNDO_MS || Object.hasOwn(tokens, key)) {
      return { ok: false, error: t("tokenUndoTooLate") };
    }
    await tokensItem.set({ ...tokens, [key]: removed.token });
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
