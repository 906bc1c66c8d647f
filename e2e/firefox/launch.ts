// Starts Debian's firefox-esr with the Firefox build installed, driven by puppeteer-core over WebDriver
// BiDi (Playwright cannot load extensions into Firefox). Every connection goes through a loopback proxy
// that hands it to the local stand-in, whatever the host name: the real P1AS names work and nothing leaves
// the machine.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import puppeteer, { type Browser } from "puppeteer-core";
import { GECKO_ID } from "../../src/manifest";
import { BUILDS } from "../support/launch";

export const NO_FIREFOX =
  "No Firefox found: install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.";

export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"];
  return candidates.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

/** An HTTP proxy whose every CONNECT, to any host, is piped to the stand-in's port on 127.0.0.1. */
async function startProxy(standInPort: number): Promise<Server> {
  const proxy = createServer((_req, res) => res.writeHead(502).end("HTTPS only"));
  proxy.on("connect", (_req, client, head) => {
    const upstream = connect(standInPort, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on("error", end);
    client.on("error", end);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return proxy;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The moz-extension:// origin of the installed build. */
  origin: string;
  close(): Promise<void>;
}

/** `env`: variables for Firefox (and what it starts: a native-messaging host), e.g. a HOME of the test's own. */
export async function launchFirefox(
  standInPort: number,
  env: Record<string, string> = {},
): Promise<LaunchedFirefox> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error(NO_FIREFOX);
  const proxy = await startProxy(standInPort);
  const proxyPort = (proxy.address() as AddressInfo).port;
  // Firefox gives each install a random internal UUID; fixing it gives the popup a known address.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    env: { ...process.env, ...env },
    // Since Firefox 153, WebDriver may open moz-extension:// pages only with system access allowed.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "network.proxy.type": 1,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": proxyPort,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": proxyPort,
      "network.proxy.no_proxies_on": "",
      "network.proxy.allow_hijacking_localhost": true,
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: uuid }),
      // A headless Firefox shows no permission doorhanger to click: grant what the extension asks for, as
      // a user clicking Allow would.
      "extensions.webextOptionalPermissionPrompts": false,
    },
  });
  await browser.installExtension(BUILDS.firefox);
  return {
    browser,
    origin: `moz-extension://${uuid}`,
    async close() {
      await browser.close();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
