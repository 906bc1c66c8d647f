// The host against fake browser streams and a real Unix socket in a temporary folder.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ask } from "./client.js";
import { encodeFrame, FrameReader } from "./framing.js";
import { runHost } from "./host.js";
import type { Place } from "./locations.js";

let folder: string;
let place: Place;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "p1as-host-"));
  place = { platform: process.platform, home: folder, env: { P1AS_TOKEN_SOCKET_DIR: join(folder, "sock") } };
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A host with a fake browser: what the host sends it, and a way to answer. */
function startHost() {
  const input = new PassThrough();
  const output = new PassThrough();
  const frames = new FrameReader();
  const fromHost: unknown[] = [];
  const waiters: (() => void)[] = [];
  output.on("data", (chunk: Buffer) => {
    fromHost.push(...frames.push(chunk));
    for (const w of waiters.splice(0)) w();
  });
  const logs: string[] = [];
  const exited = runHost({ input, output, place, log: (l) => logs.push(l) });
  const next = async (count: number) => {
    while (fromHost.length < count) await new Promise<void>((r) => waiters.push(r));
    return fromHost[count - 1];
  };
  return { input, exited, next, logs, answer: (m: unknown) => input.write(encodeFrame(m)) };
}

const socket = () => join(folder, "sock", "host.sock");

describe("the host", () => {
  it("listens in a folder only this user opens, relays a request and its answer, and leaves when the port closes", async () => {
    const host = startHost();
    expect(await host.next(1)).toEqual({ ready: true });
    expect(statSync(join(folder, "sock")).mode & 0o777).toBe(0o700);
    expect(statSync(socket()).mode & 0o077).toBe(0);
    const progress: unknown[] = [];
    const answered = ask(socket(), { kind: "token", app: "argocd" }, (p) => progress.push(p));
    const relayed = (await host.next(2)) as { id: number; request: unknown };
    expect(relayed.request).toEqual({ kind: "token", app: "argocd" });
    host.answer({ id: relayed.id, progress: { kind: "ask", profile: "p", app: "argocd", seconds: 60 } });
    host.answer({ id: relayed.id, answer: { ok: false, reason: "refused" } });
    expect(await answered).toEqual({ ok: false, reason: "refused" });
    expect(progress).toEqual([{ kind: "ask", profile: "p", app: "argocd", seconds: 60 }]);
    host.input.end();
    expect(await host.exited).toBe(0);
    expect(existsSync(socket())).toBe(false);
  });

  it("tells the browser when the command gives up", async () => {
    const host = startHost();
    await host.next(1);
    const { connect } = await import("node:net");
    const client = connect(socket());
    client.write('{"kind":"list"}\n');
    const relayed = (await host.next(2)) as { id: number };
    client.destroy();
    expect(await host.next(3)).toEqual({ id: relayed.id, cancel: true });
    host.input.end();
    await host.exited;
  });

  it("replaces a socket left by a host that crashed", async () => {
    mkdirSync(join(folder, "sock"), { mode: 0o700 });
    writeFileSync(socket(), "");
    const host = startHost();
    expect(await host.next(1)).toEqual({ ready: true });
    host.input.end();
    expect(await host.exited).toBe(0);
  });

  it("stands by when another host serves already", async () => {
    mkdirSync(join(folder, "sock"), { mode: 0o700 });
    const other = createServer().listen(socket());
    await new Promise((r) => other.once("listening", r));
    const host = startHost();
    expect(await host.exited).toBe(1);
    expect(host.logs.join()).toContain("another browser already serves");
    other.close();
  });

  it("tightens its own folder when others could open it", async () => {
    mkdirSync(join(folder, "sock"), { mode: 0o755 });
    const host = startHost();
    await host.next(1);
    expect(statSync(join(folder, "sock")).mode & 0o777).toBe(0o700);
    host.input.end();
    await host.exited;
  });
});

describe("the command without a host", () => {
  it("gets no answer, at once", async () => {
    expect(await ask(join(folder, "none.sock"), { kind: "list" }, () => undefined)).toBeNull();
  });
});
