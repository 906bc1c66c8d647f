// Vitest runs in Node, which has no browser.i18n: this stands in for it with the real
// _locales/en/messages.json and Chrome's rules, so that unit tests read the English the user reads.
import messages from "../../public/_locales/en/messages.json" with { type: "json" };

export type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * chrome.i18n.getMessage: names are case-insensitive; each $name$ becomes its placeholder's content, then
 * $1…$9 the substitutions (absent ones empty) and $$ a dollar sign; an unknown key gives "".
 */
export function getMessage(catalogue: Catalogue, key: string, substitutions: string[] = []): string {
  if (substitutions.length > 9)
    throw new Error(`${key}: at most 9 substitutions, got ${substitutions.length}`);
  const entry = Object.entries(catalogue).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  if (!entry) return "";
  const contents = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const expanded = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
    const content = contents.get(name.toLowerCase());
    // Chrome refuses to load an extension whose message uses an undefined placeholder.
    if (content === undefined) throw new Error(`${key}: placeholder $${name}$ is not defined`);
    return content;
  });
  return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === "$" ? "$" : (substitutions[Number(what) - 1] ?? ""),
  );
}

const catalogue: Catalogue = messages;
Object.assign(globalThis, {
  chrome: {
    i18n: {
      getMessage: (key: string, substitutions?: string | string[]) =>
        getMessage(catalogue, key, typeof substitutions === "string" ? [substitutions] : substitutions),
      getUILanguage: () => "en",
    },
  },
});
