// Profiles and the URLs and hosts they stand for. Host matching is exact on DNS label boundaries,
// https on port 443 only: `dev-acme.us1.ping.cloud.evil.io` and `xdev-acme.us1.ping.cloud` are not ours.

export const APPLICATIONS = ["self-service", "pingaccess", "pingfederate", "opensearch", "argocd"] as const;
export type Application = (typeof APPLICATIONS)[number];

export const isApplication = (value: unknown): value is Application =>
  (APPLICATIONS as readonly unknown[]).includes(value);

export const PROFILE_FIELDS = ["environment", "customer", "region"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileFields {
  environment: string;
  customer: string;
  region: string;
  /** Shown instead of the domain where the user gave one. */
  name: string;
}

/** Colours a profile can wear in lists and token cards, so production stands out from dev at a glance. */
export const PROFILE_COLOURS = ["none", "red", "orange", "green", "blue", "purple", "grey"] as const;
export type ProfileColour = (typeof PROFILE_COLOURS)[number];
export const isProfileColour = (v: unknown): v is ProfileColour =>
  PROFILE_COLOURS.includes(v as ProfileColour);

export interface Profile extends ProfileFields {
  id: string;
  colour?: ProfileColour;
  /** The application Sign in offers first for this profile. */
  defaultApp?: Application;
  /** Pushed by the organisation through enterprise policy: shown, used, never edited here. */
  managed?: true;
}

const FIELD_LABELS: Record<ProfileField, string> = {
  environment: "Environment",
  customer: "Customer",
  region: "Region",
};

const MAX_LABEL = 63;
export const MAX_NAME = 60;

/** Why `value` is not a DNS label, in words for the form; null when it is one. */
export function labelError(field: ProfileField, value: string): string | null {
  const label = FIELD_LABELS[field];
  if (value === "") return `${label} is required.`;
  if (value.length > MAX_LABEL) return `${label} is too long (at most ${MAX_LABEL} characters).`;
  if (/[A-Z]/.test(value)) return `${label} must be lowercase.`;
  if (!/^[a-z0-9-]+$/.test(value)) return `${label} may contain only lowercase letters, digits and hyphens.`;
  if (value.startsWith("-") || value.endsWith("-")) return `${label} cannot start or end with a hyphen.`;
  return null;
}

export type FieldErrors = Partial<Record<ProfileField | "name", string>>;

/** Trims the fields and returns them, or every problem at once, keyed by field. */
export function validateProfileFields(
  input: ProfileFields,
): { ok: true; fields: ProfileFields } | { ok: false; errors: FieldErrors } {
  const fields: ProfileFields = {
    environment: input.environment.trim(),
    customer: input.customer.trim(),
    region: input.region.trim(),
    name: input.name.trim(),
  };
  const errors: FieldErrors = {};
  for (const field of PROFILE_FIELDS) {
    const error = labelError(field, fields[field]);
    if (error) errors[field] = error;
  }
  // environment and customer share one label of the host name, which has the same 63-character limit.
  if (
    !errors.environment &&
    !errors.customer &&
    `${fields.environment}-${fields.customer}`.length > MAX_LABEL
  ) {
    errors.customer = `Environment and customer together must stay under ${MAX_LABEL + 1} characters.`;
  }
  if (fields.name.length > MAX_NAME)
    errors.name = `Display name is too long (at most ${MAX_NAME} characters).`;
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, fields };
}

type Place = Pick<ProfileFields, "environment" | "customer" | "region">;

export const profileDomain = (p: Place): string => `${p.environment}-${p.customer}.${p.region}.ping.cloud`;

export const selfServiceHost = (p: Place): string => `self-service-api.${profileDomain(p)}`;

export const loginUrl = (p: Place, app: Application): string =>
  `https://${selfServiceHost(p)}/api/v1/auth/login/${app}`;

/** What the user calls the profile: its display name, else its domain without the common suffix. */
export const profileLabel = (p: ProfileFields): string =>
  p.name || `${p.environment}-${p.customer}.${p.region}`;

/** Parses an https URL on the default port; null for anything else. */
function httpsUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && parsed.port === "" ? parsed : null;
  } catch {
    return null;
  }
}

const LOGIN_PATH = /^\/api\/v1\/(?:auth\/)?login\/([a-z-]+)\/?$/;

/** The P1AS login URL's host and application, in either of the forms Ping documents; null if not one. */
export function parseLoginUrl(url: string): { host: string; app: Application } | null {
  const host = httpsUrl(url)?.hostname ?? "";
  if (!host.startsWith("self-service-api.") || !host.endsWith(".ping.cloud")) return null;
  const app = LOGIN_PATH.exec(new URL(url).pathname)?.[1];
  return isApplication(app) ? { host, app } : null;
}

/** The profile whose self-service API origin `url` is on, exactly; null if none. */
export function profileOfSelfServiceUrl<P extends Profile>(profiles: readonly P[], url: string): P | null {
  const parsed = httpsUrl(url);
  if (!parsed) return null;
  return profiles.find((p) => selfServiceHost(p) === parsed.hostname) ?? null;
}
