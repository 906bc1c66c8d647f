// How much life a token has left, in the words and colours the popup and the badge use.

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
  if (minutes < 1) return `${Math.max(1, Math.floor(ms / 1000))} s`;
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
}

/** "expires in 42 min", "expired 3 min ago", "no expiry". */
export function describeExpiry(exp: number | null, now: number): string {
  if (exp === null) return "no expiry";
  return exp > now ? `expires in ${duration(exp - now)}` : `expired ${duration(now - exp)} ago`;
}

/** At most four characters for the toolbar badge: "59m", "3h", "exp". */
export function badgeText(exp: number | null, now: number): string {
  if (exp === null) return "∞";
  if (exp <= now) return "exp";
  const minutes = Math.ceil((exp - now) / 60_000);
  return minutes < 100 ? `${minutes}m` : `${Math.floor(minutes / 60)}h`;
}
