// Every word the user reads comes from _locales through the browser's i18n API, and every date and
// duration goes through Intl in the browser's UI language. The browser's own API, not
// webextension-polyfill (as in send.ts): the capture script shows a notice and must stay small. The
// messages are imported for their keys only, so no bundle carries them: the browser reads _locales.
import type messages from "../../public/_locales/en/messages.json";

/** A key of _locales/en/messages.json: a misspelt or removed one is a type error. */
export type MessageKey = keyof typeof messages;

type I18n = {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
};
// Found when first used, not at import: Node code (the stand-in, `npm start`, the bench) imports modules
// that import this one, and Node has no extension API.
let found: I18n | undefined;
function api(): I18n {
  found ??= ((globalThis as { browser?: { i18n: I18n } }).browser ?? (chrome as unknown as { i18n: I18n }))
    .i18n;
  return found;
}

// A message without placeholders is asked of the browser once per page: fifty token rows say "Copy token"
// and "More" fifty times, and each getMessage is a call into the browser's binding.
const plain = new Map<MessageKey, string>();

/** The message in the user's language, its placeholders filled from `substitutions` in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  if (substitutions.length > 0) return api().getMessage(key, substitutions.map(String));
  let text = plain.get(key);
  if (text === undefined) {
    text = api().getMessage(key);
    plain.set(key, text);
  }
  return text;
}

/** The browser's UI language, the one the messages are shown in, for Intl. */
export const uiLocale = (): string => api().getUILanguage();

export type TimeUnit = "second" | "minute" | "hour" | "day";

// Made once per kind: a formatter takes longer to make than to use, and lists format many times a minute.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();
function cached<F extends Formatter>(id: string, make: (locale: string) => F): F {
  const key = `${uiLocale()} ${id}`;
  const found = formatters.get(key) as F | undefined;
  if (found) return found;
  const made = make(uiLocale());
  formatters.set(key, made);
  return made;
}

/** "42 min", "3 hr", "3 days" (short); "42m", "3h" (narrow); "10 seconds" (long). */
export function formatUnit(
  value: number,
  unit: TimeUnit,
  unitDisplay: "long" | "short" | "narrow" = "short",
): string {
  return cached(
    `unit ${unit} ${unitDisplay}`,
    (locale) => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay }),
  ).format(value);
}

/** A moment as a local date and time, at the given lengths. */
export function formatDateTime(
  ms: number,
  dateStyle: "short" | "medium" | "long",
  timeStyle: "short" | "medium" | "long",
): string {
  return cached(
    `date ${dateStyle} ${timeStyle}`,
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle, timeStyle }),
  ).format(ms);
}

/** "a, b and c": names joined as the user's language joins them. */
export function formatList(items: string[]): string {
  return cached("list", (locale) => new Intl.ListFormat(locale, { type: "conjunction" })).format(items);
}

/** A page's title and language from the messages: HTML files cannot hold __MSG_ references. */
export function localizePage(title: MessageKey): void {
  document.title = t(title);
  document.documentElement.lang = uiLocale();
}
