import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./args.js";

const ok = (argv: string[]) => {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.command;
};
const error = (argv: string[]) => {
  const parsed = parseCommandLine(argv);
  if (parsed.ok) throw new Error(`accepted: ${argv.join(" ")}`);
  return parsed.error;
};

describe("parseCommandLine", () => {
  it("prints the token by default", () => {
    expect(ok([])).toEqual({ command: "token", output: "token", signIn: false });
  });

  it("takes a profile, an application, one output and --sign-in", () => {
    expect(ok(["--profile", " dev-acme.us1 ", "--app", "pingfederate", "--header", "--sign-in"])).toEqual({
      command: "token",
      output: "header",
      profile: "dev-acme.us1",
      app: "pingfederate",
      signIn: true,
    });
    expect(ok(["--json"])).toMatchObject({ output: "json" });
    expect(ok(["--list"])).toMatchObject({ output: "list" });
  });

  it("refuses unknown options, applications, two outputs and stray words", () => {
    expect(error(["--token"])).toContain("--token");
    expect(error(["--app", "jenkins"])).toContain("Unknown application: jenkins");
    expect(error(["--header", "--json"])).toContain("Choose one");
    expect(error(["--list", "--sign-in"])).toContain("--list");
    expect(error(["print"])).toContain("Unknown command: print");
    expect(error(["--profile"])).toContain("--profile");
    expect(error(["--profile", " "])).toContain("--profile needs");
    expect(error(["--browser", "chrome"])).toContain("install");
  });

  it("reads install, uninstall and doctor with their browsers", () => {
    expect(ok(["install"])).toEqual({ command: "install", browsers: [] });
    expect(ok(["install", "--browser", "firefox", "--browser", "edge", "--browser", "edge"])).toEqual({
      command: "install",
      browsers: ["firefox", "edge"],
    });
    expect(ok(["doctor", "--browser", "chromium", "--user-data-dir", "/tmp/p"])).toEqual({
      command: "doctor",
      browsers: ["chromium"],
      userDataDir: "/tmp/p",
    });
    expect(ok(["uninstall"])).toMatchObject({ command: "uninstall" });
  });

  it("refuses what does not go with setup", () => {
    expect(error(["install", "--browser", "netscape"])).toContain("Unknown browser: netscape");
    expect(error(["install", "--header"])).toContain("--header does not go with install");
    expect(error(["install", "--user-data-dir", "/tmp/p"])).toContain("exactly one");
    expect(error(["install", "--browser", "firefox", "--user-data-dir", "/tmp/p"])).toContain("Chromium");
    expect(error(["install", "extra"])).toContain("Unexpected argument: extra");
  });

  it("answers --help", () => {
    expect(ok(["--help"])).toEqual({ command: "help" });
    expect(ok(["-h"])).toEqual({ command: "help" });
  });
});
