// How much life a token has left, in the words and colours the popup and the badge use.
import { formatUnit, t } from "./i18n";

export type ExpiryState = "valid" | "expiring" | "expired" | "no-expiry";

/** Under this many minutes a token is shown as about to expire. */
export const EXPIRING_MINUTES = 5;

export function expiryState(exp: number | null, now: number): ExpiryState {
  if (exp === null) return "no-expiry";
  if (exp <= now) return "expired";
  return exp - now < EXPIRING_MINUTES * 60_000 ? "expiring" : "valid";
}

function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return formatUnit(Math.max(1, Math.floor(ms / 1000)), "second");
  if (minutes < 120) return formatUnit(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? formatUnit(hours, "hour") : formatUnit(Math.floor(hours / 24), "day");
}

/** "expires in 42 min", "expired 3 min ago", "no expiry" (in English). */
export function describeExpiry(exp: number | null, now: number): string {
  if (exp === null) return t("expiryNone");
  return exp > now ? t("expiryIn", duration(exp - now)) : t("expiryAgo", duration(now - exp));
}

/** At most four characters for the toolbar badge: "59m", "3h", "exp" (in English). */
export function badgeText(exp: number | null, now: number): string {
  if (exp === null) return "∞";
  if (exp <= now) return t("badgeExpired");
  const minutes = Math.ceil((exp - now) / 60_000);
  return minutes < 100
    ? formatUnit(minutes, "minute", "narrow")
    : formatUnit(Math.floor(minutes / 60), "hour", "narrow");
}
