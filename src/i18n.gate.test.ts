// Every word the user reads comes from _locales/en/messages.json: each key the code names exists, each
// message is used, each message's placeholders add up, and no component writes text of its own.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../scripts/files-under";
import type { Catalogue } from "./test-setup/browser-i18n";

const ROOT = new URL("..", import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const messages: Catalogue = JSON.parse(read("public/_locales/en/messages.json"));
const manifest = read("manifest.json");

/** The shipped source: tests and their setup are not what the user sees. */
const sources = (dir: string): string[] =>
  filesUnder(join(ROOT, dir))
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.startsWith("test-setup/"))
    .map((name) => `${dir}/${name}`);
const parse = (path: string, text = read(path)) =>
  ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
const files = sources("src").map((path) => parse(path));

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}
const where = (node: ts.Node) => {
  const file = node.getSourceFile();
  return `${relative(ROOT, join(ROOT, file.fileName))}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

/** Calls that take a message key first: t(key, ...substitutions) and localizePage(key). */
const keyCalls = files.flatMap((file) => {
  const calls: { key: ts.Expression; substitutions: number; at: string }[] = [];
  walk(file, (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ["t", "localizePage"].includes(node.expression.text) &&
      node.arguments[0]
    ) {
      calls.push({ key: node.arguments[0], substitutions: node.arguments.length - 1, at: where(node) });
    }
  });
  return calls;
});

/** String values of the tables whose type names MessageKey, where keys are picked at run time. */
const tableKeys = files.flatMap((file) => {
  const keys: { key: string; at: string }[] = [];
  walk(file, (node) => {
    if (ts.isVariableDeclaration(node) && node.type?.getText().includes("MessageKey") && node.initializer) {
      walk(node.initializer, (value) => {
        if (ts.isStringLiteral(value) && ts.isPropertyAssignment(value.parent))
          keys.push({ key: value.text, at: where(value) });
      });
    }
  });
  return keys;
});

const placeholderCount = (key: string) => Object.keys(messages[key]?.placeholders ?? {}).length;

describe("messages.json gate", () => {
  it("finds the code's calls and tables", () => {
    expect(keyCalls.length).toBeGreaterThan(100);
    expect(tableKeys.length).toBeGreaterThan(10);
  });

  it("has every key the code names, with as many substitutions as placeholders", () => {
    const wrong = keyCalls.flatMap(({ key, substitutions, at }) => {
      if (!ts.isStringLiteral(key)) return [];
      if (!(key.text in messages)) return [`${at}: no message "${key.text}"`];
      const wanted = placeholderCount(key.text);
      return substitutions === wanted || key.parent.getText().startsWith("localizePage")
        ? []
        : [`${at}: "${key.text}" takes ${wanted} substitutions, got ${substitutions}`];
    });
    expect(wrong).toEqual([]);
  });

  it("has every key the code picks at run time, and those messages take no substitutions", () => {
    const dynamic = keyCalls.filter(({ key }) => !ts.isStringLiteral(key));
    expect(dynamic.filter((c) => c.substitutions > 0).map((c) => c.at)).toEqual([]);
    const missing = tableKeys.filter(({ key }) => !(key in messages) || placeholderCount(key) > 0);
    expect(missing.map(({ key, at }) => `${at}: ${key}`)).toEqual([]);
  });

  it("uses every message, in the code or the manifest", () => {
    const literals = new Set<string>();
    for (const file of files)
      walk(file, (node) => {
        if (ts.isStringLiteralLike(node)) literals.add(node.text);
      });
    const unused = Object.keys(messages).filter(
      (key) => !literals.has(key) && !manifest.includes(`"__MSG_${key}__"`),
    );
    expect(unused, "a message nothing shows is dead: remove it").toEqual([]);
  });

  it("gives the manifest's user-facing texts through messages, in English by default", () => {
    const m: {
      name?: string;
      short_name?: string;
      description?: string;
      default_locale?: string;
      action?: { default_title?: string };
      commands?: Record<string, { description?: string }>;
    } = JSON.parse(manifest);
    const texts = [
      m.name,
      m.short_name,
      m.description,
      m.action?.default_title,
      ...Object.values(m.commands ?? {}).map((c) => c.description),
    ];
    expect(texts.filter((text) => !/^__MSG_\w+__$/.test(text ?? ""))).toEqual([]);
    expect(m.default_locale).toBe("en");
  });

  it("names only messages the manifest can find", () => {
    const named = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? "");
    expect(named.length).toBeGreaterThan(4);
    expect(named.filter((key) => !(key in messages))).toEqual([]);
  });

  it.each(Object.entries(messages))("%s: described, its placeholders defined, used and numbered", (_, m) => {
    expect(m.description?.trim(), "a description for translators").toBeTruthy();
    const used = [...m.message.replaceAll("$$", "").matchAll(/\$(\w+)\$/g)].map((u) => u[1]?.toLowerCase());
    const defined = Object.keys(m.placeholders ?? {});
    expect(new Set(used)).toEqual(new Set(defined));
    expect(
      defined.every((name) => name === name.toLowerCase()),
      "placeholder names in lowercase",
    ).toBe(true);
    const contents = Object.values(m.placeholders ?? {}).map((p) => p.content);
    expect(contents).toEqual(defined.map((_, i) => `$${i + 1}`));
    expect(m.message.replaceAll("$$", "").replace(/\$\w+\$/g, ""), "a lone $ is written $$").not.toContain(
      "$",
    );
  });
});

const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label"]);
const LETTER = /\p{L}/u;

/** Literal text in JSX that the user would read: text between tags, and text in naming attributes. */
function literalUiText(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const literalText = (node: ts.Node | undefined): string | null => {
    if (!node) return null;
    if (ts.isStringLiteralLike(node)) return node.text;
    if (ts.isTemplateExpression(node))
      return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
    if (ts.isJsxExpression(node)) return literalText(node.expression);
    return null;
  };
  walk(file, (node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(`${where(node)}: ${node.text.trim()}`);
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text && LETTER.test(text)) found.push(`${where(node)}: ${text}`);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText())) {
      const text = literalText(node.initializer);
      if (text && LETTER.test(text)) found.push(`${where(node)}: ${node.name.getText()}=${text}`);
    }
  });
  return found;
}

describe("components write no text of their own", () => {
  it("finds every kind of literal text in a bad example", () => {
    const bad = parse(
      "src/bad.tsx",
      `export const Bad = ({ n }: { n: number }) => (
        <section aria-label="Tokens" title={"Title"}>
          <h2>Heading</h2>
          <input placeholder={\`e.g. \${n}\`} alt="" />
          <Select label="Profile" />
          {"Loose text"}
          <span>{n} · ↑</span>
        </section>
      );`,
    );
    expect(literalUiText(bad)).toEqual([
      "src/bad.tsx:2: aria-label=Tokens",
      "src/bad.tsx:2: title=Title",
      "src/bad.tsx:3: Heading",
      "src/bad.tsx:4: placeholder=e.g.  ",
      "src/bad.tsx:5: label=Profile",
      "src/bad.tsx:6: Loose text",
    ]);
  });

  it.each(files.filter((f) => f.fileName.endsWith(".tsx")).map((f) => [f.fileName, f] as const))(
    "%s",
    (_, file) => {
      expect(literalUiText(file), "put the text in messages.json and show it with t()").toEqual([]);
    },
  );
});
