// Everything we know about a JWT comes from here. Decoded claims are for display only: nothing in the
// extension decides who may receive a token from what the token says about itself.
import { t } from "./i18n";

/** Real P1AS tokens are 1–2 KB; anything far larger is not a token we want to hold or scan. */
export const MAX_TOKEN_LENGTH = 16_384;

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  header: JsonObject & { alg: string };
  claims: JsonObject;
}

export type JwtResult = { ok: true; jwt: DecodedJwt } | { ok: false; error: string };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Pure: bundles that take only MAX_TOKEN_LENGTH from here leave it out.
const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * One base64url part as text: its bytes as UTF-8, or, where they are not UTF-8, each byte as the character
 * of that code (Latin-1), as jwt-decode read them; throws where the length is no base64's. With the
 * browser's own decoder: jwt-decode percent-escaped every character through a regular expression (190 µs
 * for a 1.7 KB token, against 22 µs here, in Node), most of what each row of the popup's first frame cost.
 */
function decodePart(part: string): string {
  const binary = atob(
    part
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(part.length / 4) * 4, "="),
  );
  // A plain loop: Uint8Array.from with a mapping function walks the string's iterator, as slow as the regex.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return utf8.decode(bytes);
  } catch {
    return binary;
  }
}

/** Shape check and decode in one: three base64url parts, a JSON header with `alg`, a JSON object payload. */
export function decodeJwt(raw: string): JwtResult {
  if (raw.length > MAX_TOKEN_LENGTH) return { ok: false, error: t("jwtTooLong") };
  if (!JWT_SHAPE.test(raw)) {
    return { ok: false, error: t("jwtParts") };
  }
  const [head = "", payload = ""] = raw.split(".");
  let header: unknown;
  let claims: unknown;
  try {
    header = JSON.parse(decodePart(head));
  } catch {
    return { ok: false, error: t("jwtHeaderNotJson") };
  }
  if (!isObject(header) || typeof header.alg !== "string") {
    return { ok: false, error: t("jwtNoAlg") };
  }
  try {
    claims = JSON.parse(decodePart(payload));
  } catch {
    return { ok: false, error: t("jwtPayloadNotJson") };
  }
  if (!isObject(claims)) return { ok: false, error: t("jwtPayloadNotObject") };
  return { ok: true, jwt: { header: { ...header, alg: header.alg }, claims } };
}

/**
 * A NumericDate claim as milliseconds since the epoch. The standard says seconds; some issuers send
 * milliseconds, which as seconds would be thousands of years away, so a value past the year 5000
 * (as seconds) is read as milliseconds.
 */
export function numericDateToMs(value: unknown): number | null {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return null;
  const ms = value > 1e11 ? value : value * 1000;
  // Beyond what a Date can hold (±8.64e15 ms), no date can be shown or compared.
  return ms <= MAX_DATE_MS ? ms : null;
}

const MAX_DATE_MS = 8.64e15;

/** The time claims that the popup shows as local dates beside their numbers. */
export const TIME_CLAIMS = ["exp", "iat", "nbf", "auth_time"] as const;

/** Role-like claims, shown as lists: P1AS puts access-control roles in `groups`. */
export function rolesOf(claims: JsonObject): string[] {
  const roles: string[] = [];
  for (const name of ["groups", "roles", "scope", "scp"]) {
    const value = claims[name];
    if (Array.isArray(value)) roles.push(...value.filter((v): v is string => typeof v === "string"));
    else if (typeof value === "string") roles.push(...value.split(" ").filter(Boolean));
  }
  return [...new Set(roles)];
}
