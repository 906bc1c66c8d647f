import { describe, expect, it } from "vitest";
import { hostManifest, launcherScript } from "./setup.js";

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
