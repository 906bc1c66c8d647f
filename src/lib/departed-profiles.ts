// Which profiles a new profile list leaves behind: those gone from it, and those still in it under the same
// id but on another domain. What was stored for either belongs to a profile that is no more.
import { type Profile, profileDomain } from "./profile";

export function departedProfiles(before: readonly Profile[], after: readonly Profile[]): Profile[] {
  return before.filter((old) => {
    const now = after.find((p) => p.id === old.id);
    return !now || profileDomain(now) !== profileDomain(old);
  });
}
