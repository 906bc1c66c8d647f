import { describe, expect, it } from "vitest";
import { launcherPath, manifestPath, type Place, socketPath } from "./locations.js";

const linux: Place = { platform: "linux", home: "/home/ann", env: {} };
const mac: Place = { platform: "darwin", home: "/Users/ann", env: {} };
const windows: Place = {
  platform: "win32",
  home: "C:\\Users\\ann",
  env: { LOCALAPPDATA: "C:\\Users\\ann\\AppData\\Local", USERNAME: "ann" },
};

describe("host manifest locations", () => {
  it("on Linux, per browser, for this user", () => {
    expect(manifestPath("chrome", linux)).toBe(
      "/home/ann/.config/google-chrome/NativeMessagingHosts/p1as_token_capture.json",
    );
    expect(manifestPath("chromium", linux)).toBe(
      "/home/ann/.config/chromium/NativeMessagingHosts/p1as_token_capture.json",
    );
    expect(manifestPath("edge", linux)).toBe(
      "/home/ann/.config/microsoft-edge/NativeMessagingHosts/p1as_token_capture.json",
    );
    expect(manifestPath("brave", linux)).toBe(
      "/home/ann/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/p1as_token_capture.json",
    );
    expect(manifestPath("firefox", linux)).toBe(
      "/home/ann/.mozilla/native-messaging-hosts/p1as_token_capture.json",
    );
    expect(manifestPath("chrome", { ...linux, env: { XDG_CONFIG_HOME: "/cfg" } })).toBe(
      "/cfg/google-chrome/NativeMessagingHosts/p1as_token_capture.json",
    );
  });

  it("on macOS, under Application Support", () => {
    const support = "/Users/ann/Library/Application Support";
    expect(manifestPath("chrome", mac)).toBe(
      `${support}/Google/Chrome/NativeMessagingHosts/p1as_token_capture.json`,
    );
    expect(manifestPath("chromium", mac)).toBe(
      `${support}/Chromium/NativeMessagingHosts/p1as_token_capture.json`,
    );
    expect(manifestPath("edge", mac)).toBe(
      `${support}/Microsoft Edge/NativeMessagingHosts/p1as_token_capture.json`,
    );
    expect(manifestPath("firefox", mac)).toBe(
      `${support}/Mozilla/NativeMessagingHosts/p1as_token_capture.json`,
    );
  });

  it("inside a Chromium user data directory when one is named; Firefox ignores it", () => {
    expect(manifestPath("chromium", linux, "/tmp/profile")).toBe(
      "/tmp/profile/NativeMessagingHosts/p1as_token_capture.json",
    );
    expect(manifestPath("firefox", linux, "/tmp/profile")).toContain("/.mozilla/");
  });

  it("the launcher in the user's data folder", () => {
    expect(launcherPath(linux)).toBe("/home/ann/.local/share/p1as-token/host");
    expect(launcherPath({ ...linux, env: { XDG_DATA_HOME: "/data" } })).toBe("/data/p1as-token/host");
    expect(launcherPath(mac)).toBe("/Users/ann/Library/Application Support/p1as-token/host");
  });
});

describe("the socket", () => {
  it("in the runtime folder, else in the home folder, or where the environment says", () => {
    expect(socketPath({ ...linux, env: { XDG_RUNTIME_DIR: "/run/user/1000" } })).toBe(
      "/run/user/1000/p1as-token/host.sock",
    );
    expect(socketPath(linux)).toBe("/home/ann/.p1as-token/host.sock");
    expect(socketPath({ ...linux, env: { P1AS_TOKEN_SOCKET_DIR: "/tmp/t", XDG_RUNTIME_DIR: "/run" } })).toBe(
      "/tmp/t/host.sock",
    );
  });

  it("a named pipe of this user's on Windows", () => {
    expect(socketPath(windows)).toBe("\\\\.\\pipe\\p1as-token-ann");
  });
});
