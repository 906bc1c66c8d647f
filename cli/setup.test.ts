import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { doctor, hostManifest, install, launcherScript, uninstall } from "./setup.js";

describe("the host manifest", () => {
  it("lets only our Chrome extension start the host", () => {
    expect(hostManifest("chromium", "/home/ann/.local/share/p1as-token/host")).toEqual({
      name: "p1as_token_capture",
      description: expect.any(String),
      path: "/home/ann/.local/share/p1as-token/host",
      type: "stdio",
      allowed_origins: ["chrome-extension://mgpnpliccfjildboplfdlldijohfhdop/"],
    });
  });

  it("lets only our Firefox add-on start it", () => {
    const manifest = hostManifest("firefox", "/h");
    expect(manifest).toMatchObject({ allowed_extensions: ["{d6027e73-d423-41d3-b38a-bd91bb49832d}"] });
    expect(manifest).not.toHaveProperty("allowed_origins");
  });
});

describe("the launcher", () => {
  it("runs this Node, by its absolute path, on the host script, quoted for the shell", () => {
    expect(launcherScript("linux", "/opt/node 20/bin/node", "/src/it's/bin/p1as-token-host.js")).toBe(
      "#!/bin/sh\n# Started by the browser for P1AS Token Capture (p1as-token install).\n" +
        "exec '/opt/node 20/bin/node' '/src/it'\\''s/bin/p1as-token-host.js' \"$@\"\n",
    );
  });

  it("is a batch file on Windows", () => {
    expect(launcherScript("win32", "C:\\node\\node.exe", "C:\\p\\bin\\p1as-token-host.js")).toBe(
      '@echo off\r\n"C:\\node\\node.exe" "C:\\p\\bin\\p1as-token-host.js" %*\r\n',
    );
  });
});

describe("install, doctor and uninstall, in a home of the test's own", () => {
  it("write the launcher and manifest, find nothing missing but a browser, and take them away", () => {
    const home = mkdtempSync(join(tmpdir(), "p1as-setup-"));
    const place = { platform: "linux" as const, home, env: {} };
    try {
      const job = { browsers: ["chromium" as const, "firefox" as const], place };
      install({ ...job, node: "/usr/bin/node", hostScript: "/src/bin/p1as-token-host.js" });
      const launcher = join(home, ".local/share/p1as-token/host");
      expect(statSync(launcher).mode & 0o777).toBe(0o755);
      const chromium = JSON.parse(
        readFileSync(join(home, ".config/chromium/NativeMessagingHosts/p1as_token_capture.json"), "utf8"),
      );
      expect(chromium.path).toBe(launcher);
      const report = doctor({ ...job, reachable: false });
      expect(report.filter((line) => line.startsWith("✗"))).toEqual([
        expect.stringContaining("no browser answers"),
      ]);
      expect(uninstall(job)).toHaveLength(3);
      expect(existsSync(launcher)).toBe(false);
      expect(doctor({ ...job, reachable: false }).filter((l) => l.startsWith("✗"))).toHaveLength(4);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
