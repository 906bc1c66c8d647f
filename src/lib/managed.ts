// Profiles an organisation pushes to every administrator's browser through enterprise policy
// (storage.managed, described by public/managed_schema.json). Each is checked like a typed one; they come
// first, replace a personal profile of the same domain (keeping its id, so its tokens stay its own), and
// leave again when the policy drops them.
import { type Profile, type ProfileFields, profileDomain, validateProfileFields } from "./profile";
import { isRecord } from "./state";

/** The policy's profiles that pass the checks, and a line for each one that does not. */
export function readManagedProfiles(policy: unknown): { profiles: ProfileFields[]; rejected: string[] } {
  const list = isRecord(policy) && Array.isArray(policy.profiles) ? policy.profiles : [];
  const profiles: ProfileFields[] = [];
  const rejected: string[] = [];
  list.forEach((entry: unknown, i) => {
    const fields = isRecord(entry) ? entry : {};
    const text = (key: string) => (typeof fields[key] === "string" ? (fields[key] as string) : "");
    const checked = validateProfileFields({
      environment: text("environment"),
      customer: text("customer"),
      region: text("region"),
      name: text("name"),
    });
    if (!checked.ok) rejected.push(`profiles[${i}]: ${Object.values(checked.errors).join(" ")}`);
    else if (profiles.some((p) => profileDomain(p) === profileDomain(checked.fields))) {
      rejected.push(`profiles[${i}]: ${profileDomain(checked.fields)} is listed twice.`);
    } else profiles.push(checked.fields);
  });
  return { profiles, rejected };
}

export function mergeManaged(stored: readonly Profile[], managed: readonly ProfileFields[]): Profile[] {
  const domains = new Set(managed.map(profileDomain));
  const personal = stored.filter((p) => !p.managed && !domains.has(profileDomain(p)));
  const merged = managed.map((fields): Profile => {
    const domain = profileDomain(fields);
    const previous = stored.find((p) => profileDomain(p) === domain);
    return { id: previous?.id ?? `managed:${domain}`, ...fields, managed: true };
  });
  return [...merged, ...personal];
}
