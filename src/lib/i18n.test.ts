import { afterEach, describe, expect, it, vi } from "vitest";
import { type Catalogue, getMessage } from "../test-setup/browser-i18n";
import { formatDateTime, formatList, formatUnit, t, uiLocale } from "./i18n";

describe("the getMessage stand-in follows Chrome's rules", () => {
  const catalogue: Catalogue = {
    Greeting: {
      message: "Hello $Who$: $COUNT$ new, $$5 each",
      placeholders: { who: { content: "$1" }, count: { content: "$2" } },
    },
    plain: { message: "No placeholders" },
    broken: { message: "Uses $missing$" },
  };

  it("fills named placeholders from the substitutions in order, names in any case", () => {
    expect(getMessage(catalogue, "greeting", ["Ann", "3"])).toBe("Hello Ann: 3 new, $5 each");
  });

  it("leaves a dollar sequence inside a substitution as it is", () => {
    expect(getMessage(catalogue, "Greeting", ["$2", "$$"])).toBe("Hello $2: $$ new, $5 each");
  });

  it("empties a placeholder whose substitution is missing", () => {
    expect(getMessage(catalogue, "Greeting", ["Ann"])).toBe("Hello Ann:  new, $5 each");
  });

  it("gives an empty string for an unknown key, and the message itself without placeholders", () => {
    expect(getMessage(catalogue, "nothing")).toBe("");
    expect(getMessage(catalogue, "plain", ["ignored"])).toBe("No placeholders");
  });

  it("refuses an undefined placeholder and more than nine substitutions, as Chrome does", () => {
    expect(() => getMessage(catalogue, "broken")).toThrow(/\$missing\$/);
    expect(() => getMessage(catalogue, "plain", Array(10).fill("x"))).toThrow(/at most 9/);
  });
});

describe("t", () => {
  it("reads the English messages, numbers and strings substituted", () => {
    expect(t("expiryIn", "42 min")).toBe("expires in 42 min");
    expect(t("historyHeading", 3)).toBe("Sign-in history (3)");
    expect(t("docsApplied", "self-service", "bearerAuth", "expires in 5 min")).toBe(
      "The self-service token is applied here (bearerAuth), expires in 5 min.",
    );
  });
});

describe("Intl helpers", () => {
  afterEach(() => vi.restoreAllMocks());
  const inGerman = () => vi.spyOn(chrome.i18n, "getUILanguage").mockReturnValue("de");

  it("format time units short, narrow and long", () => {
    expect(formatUnit(42, "minute")).toBe("42 min");
    expect(formatUnit(3, "hour")).toBe("3 hr");
    expect(formatUnit(3, "day")).toBe("3 days");
    expect(formatUnit(59, "minute", "narrow")).toBe("59m");
    expect(formatUnit(10, "second", "long")).toBe("10 seconds");
  });

  it("follow the browser's UI language", () => {
    inGerman();
    expect(uiLocale()).toBe("de");
    expect(formatUnit(42, "minute")).toBe("42 Min.");
    expect(formatDateTime(Date.UTC(2024, 0, 31, 12), "short", "short")).toMatch(/^31\.01\.24, \d\d:\d\d$/);
  });

  it("join names as the language does", () => {
    expect(formatList(["auth.pingone.com", "auth.pingone.eu", "auth.pingone.sg"])).toBe(
      "auth.pingone.com, auth.pingone.eu, and auth.pingone.sg",
    );
    inGerman();
    expect(formatList(["a", "b"])).toBe("a und b");
  });

  it("format dates in English by default", () => {
    expect(formatDateTime(Date.UTC(2024, 0, 31, 12), "medium", "medium")).toMatch(/^Jan 31, 2024, /);
  });
});
