// Profiles an organisation pushes to every administrator's browser through enterprise policy
// (storage.managed, described by public/managed_schema.json). Each is checked like a typed one; they come
// first, replace a personal profile of the same domain (keeping its id, so its tokens stay its own), and
// leave again when the policy drops them.
import { type Profile, profileDomain } from "./profile";
import { type ProfileEntry, readProfileList } from "./profile-list";
import { isRecord } from "./state";

/** The policy's profiles that pass the checks, and a line for each one that does not. */
export function readManagedProfiles(policy: unknown): { profiles: ProfileEntry[]; rejected: string[] } {
  return readProfileList(isRecord(policy) && Array.isArray(policy.profiles) ? policy.profiles : []);
}

export function mergeManaged(stored: readonly Profile[], managed: readonly ProfileEntry[]): Profile[] {
  const domains = new Set(managed.map(profileDomain));
  const personal = stored.filter((p) => !p.managed && !domains.has(profileDomain(p)));
  const merged = managed.map((fields): Profile => {
    const domain = profileDomain(fields);
    const previous = stored.find((p) => profileDomain(p) === domain);
    return { id: previous?.id ?? `managed:${domain}`, ...fields, managed: true };
  });
  return [...merged, ...personal];
}
