// P1AS's answer to an account without the needed roles: no Success page but its JSON, e.g.
// {"detail":"Access token is missing required scopes. Required scopes: all-tls-admin dev-tls-admin. Provided scopes: ."}
// Older builds stop after the first sentence. Read for display only: which roles to ask for.

export interface Refusal {
  required: string[];
  provided: string[];
}

const MAX_ROLES = 50;

function rolesAfter(label: string, detail: string): string[] {
  const listed = new RegExp(`${label}:([^.]*)\\.`, "i").exec(detail)?.[1] ?? "";
  return listed
    .split(/[\s,]+/)
    .filter((role) => /^[\w:-]{1,100}$/.test(role))
    .slice(0, MAX_ROLES);
}

/** The roles a refusal names, as it lists them; none where it names none. */
export function parseRefusal(detail: string): Refusal {
  return { required: rolesAfter("Required scopes", detail), provided: rolesAfter("Provided scopes", detail) };
}
