import { describe, expect, it } from "vitest";
import { badgeText, describeExpiry, expiryState } from "./expiry";

const now = 1_700_000_000_000;
const min = 60_000;

describe("expiry", () => {
  it.each([
    [now + 42 * min + 30_000, "expires in 42 min", "43m", "valid"],
    [now + 4 * min, "expires in 4 min", "4m", "expiring"],
    [now + 20_000, "expires in 20 sec", "1m", "expiring"],
    [now + 3 * 60 * min, "expires in 3 hr", "3h", "valid"],
    [now - 3 * min, "expired 3 min ago", "exp", "expired"],
    [now, "expired 1 sec ago", "exp", "expired"],
    [now - 3 * 24 * 60 * min, "expired 3 days ago", "exp", "expired"],
    [null, "no expiry", "∞", "no-expiry"],
  ])("exp %s reads %j, badge %j, state %s", (exp, words, badge, state) => {
    expect(describeExpiry(exp, now)).toBe(words);
    expect(badgeText(exp, now)).toBe(badge);
    expect(expiryState(exp, now)).toBe(state);
  });
});
