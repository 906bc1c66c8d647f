// Profiles and the URLs and hosts they stand for. Host matching is exact on DNS label boundaries,
// https on port 443 only: `dev-acme.us1.ping.cloud.evil.io` and `xdev-acme.us1.ping.cloud` are not ours.
import { type MessageKey, t } from "./i18n";

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

/** Each field's name, in the form's labels and in the messages about it. */
export const FIELD_LABELS: Record<ProfileField, MessageKey> = {
  environment: "profileEnvironment",
  customer: "profileCustomer",
  region: "profileRegion",
};

/** The colours' names, in the options page's choice. */
export const COLOUR_LABELS: Record<ProfileColour, MessageKey> = {
  none: "colourNone",
  red: "colourRed",
  orange: "colourOrange",
  green: "colourGreen",
  blue: "colourBlue",
  purple: "colourPurple",
  grey: "colourGrey",
};

const MAX_LABEL = 63;
export const MAX_NAME = 60;

/** Every reason `value` is not a DNS label, in words for the form, at once; null when it is one. */
export function labelError(field: ProfileField, value: string): string | null {
  const label = t(FIELD_LABELS[field]);
  if (value === "") return t("profileRequired", label);
  const faults = [
    value.length > MAX_LABEL && t("profileTooLong", label, MAX_LABEL),
    /[A-Z]/.test(value) && t("profileLowercase", label),
    // Checked on the lowercase text, so that "Dev" is told one thing, not two.
    !/^[a-z0-9-]+$/.test(value.toLowerCase()) && t("profileCharacters", label),
    (value.startsWith("-") || value.endsWith("-")) && t("profileHyphen", label),
  ].filter((fault): fault is string => typeof fault === "string");
  return faults.length ? faults.join(" ") : null;
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
    errors.customer = t("profileTogetherTooLong", MAX_LABEL + 1);
  }
  if (fields.name.length > MAX_NAME) errors.name = t("profileNameTooLong", MAX_NAME);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, fields };
}

/**
 * A profile's fields from anywhere outside our own typed code (storage, an imported file, a policy): a
 * field that is not text reads as empty, so it gets the same message as an empty one.
 */
export function readProfileFields(value: unknown): ReturnType<typeof validateProfileFields> {
  const fields = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const text = (key: keyof ProfileFields) => (typeof fields[key] === "string" ? (fields[key] as string) : "");
  return validateProfileFields({
    environment: text("environment"),
    customer: text("customer"),
    region: text("region"),
    name: text("name"),
  });
}

export type Place = Pick<ProfileFields, "environment" | "customer" | "region">;

const P1AS_HOST = /^(?:[a-z0-9-]+\.)+([a-z0-9]+)-([a-z0-9-]+)\.([a-z0-9-]+)\.ping\.cloud$/;

/**
 * The environment, customer and region of any P1AS URL, `https://<host>.<env>-<customer>.<region>.ping.cloud/…`
 * (a docs page, a login URL, a console), for the profile form to fill; null for anything else. The first
 * hyphen splits environment from customer, as in Ping's own host names (`dev-acme`, `prod-big-corp`).
 */
export function placeOfP1asUrl(text: string): Place | null {
  const host = httpsUrl(text.trim())?.hostname ?? "";
  const match = P1AS_HOST.exec(host);
  if (!match) return null;
  const [, environment = "", customer = "", region = ""] = match;
  return { environment, customer, region };
}

export const profileDomain = (p: Place): string => `${p.environment}-${p.customer}.${p.region}.ping.cloud`;

export const selfServiceHost = (p: Place): string => `self-service-api.${profileDomain(p)}`;

export const loginUrl = (p: Place, app: Application): string =>
  `https://${selfServiceHost(p)}/api/v1/auth/login/${app}`;

/** What the user calls the profile: its display name, else its domain without the common suffix. */
export const profileLabel = (p: ProfileFields): string =>
  p.name || `${p.environment}-${p.customer}.${p.region}`;

/** Parses an https URL on the default port; null for anything else. */
export function httpsUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && parsed.port === "" ? parsed : null;
  } catch {
    return null;
  }
}

const LOGIN_PATH = /^\/api\/v1\/(?:auth\/)?login(?:\/([a-z-]+))?\/?$/;

/**
 * The P1AS login URL's host and application, in either of the forms Ping documents; null if not one.
 * The bare `/api/v1/auth/login` (Ping's own tests sign in through it) is a self-service sign-in.
 */
export function parseLoginUrl(url: string): { host: string; app: Application } | null {
  const host = httpsUrl(url)?.hostname ?? "";
  if (!host.startsWith("self-service-api.") || !host.endsWith(".ping.cloud")) return null;
  const path = LOGIN_PATH.exec(new URL(url).pathname);
  const app = path ? (path[1] ?? "self-service") : null;
  return isApplication(app) ? { host, app } : null;
}

/** The profile whose self-service API origin `url` is on, exactly; null if none. */
export function profileOfSelfServiceUrl<P extends Profile>(profiles: readonly P[], url: string): P | null {
  const parsed = httpsUrl(url);
  if (!parsed) return null;
  return profiles.find((p) => selfServiceHost(p) === parsed.hostname) ?? null;
}
