// A hostile page's traps, set before any other script of the page runs (page.addInitScript reaches every
// frame of the page, cross-origin ones too). The page replaces the globals that code running in its world
// (Swagger UI, and what the extension injects there) may call, and records every message, event and DOM
// change. Every trap calls the original, so the page works as usual. Of all they see, the traps keep
// where a JWT went: which trap, and the first script frame of the caller's stack (Swagger UI's bundle is
// served from /docs/assets/; code injected through scripting.executeScript is an anonymous script).
import type { Frame, Page } from "@playwright/test";

/** A JWT that a trap saw in a call: the trap, and the script frame that made the call. */
export interface Sighting {
  trap: string;
  caller: string;
  jwt: string;
}

/** Where a JWT sits in the DOM; `zone` is what the place belongs to. */
export interface Placement {
  /** "text", "attribute <name>" or "value" (a form field's current value). */
  via: string;
  path: string;
  zone: "success-field" | "auth-dialog" | "swagger-ui" | "shadow-root" | "elsewhere";
  jwt: string;
}

export interface TrapReport {
  /** Calls per trap: proof that the traps were set before the page's scripts and saw their calls. */
  calls: Record<string, number>;
  /** Calls of Symbol.for, by key: the registry through which code finds what an earlier run left. */
  symbolKeys: Record<string, number>;
  /** JWTs in the receiver or the arguments of a trapped call. */
  sightings: Sighting[];
  /** Events seen by the page's listeners on window (capture phase), by type. */
  eventCounts: Record<string, number>;
  /** JWTs in an event's detail or data. */
  events: { type: string; jwt: string }[];
  /** Elements with an open shadow root added to the page, with the root's HTML. */
  shadowRoots: { host: string; html: string }[];
  /** Where each JWT that a DOM mutation brought into the page landed. */
  mutations: Placement[];
  /** Where JWTs sit in the DOM (open shadow roots included) at the time of the report. */
  dom: Placement[];
}

/** The traps: passed to page.addInitScript. Self-contained, as only its source reaches the page. */
export function installTraps(): void {
  const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/;
  // The originals the traps themselves use, taken before anything is replaced.
  const { apply, construct } = Reflect;
  const descriptor = Object.getOwnPropertyDescriptor;
  const stringify = JSON.stringify;
  const Observer = MutationObserver;
  const listen = EventTarget.prototype.addEventListener;
  const OriginalCustomEvent = CustomEvent;

  const report: TrapReport = {
    calls: {},
    symbolKeys: {},
    sightings: [],
    eventCounts: {},
    events: [],
    shadowRoots: [],
    mutations: [],
    dom: [],
  };
  // Set while a trap inspects a call or a report is made: the traps' own calls are no page traffic.
  let busy = false;

  /** The first JWT in a value: strings, and two levels into arrays, plain objects and request parts. */
  const find = (value: unknown, depth = 2): string | null => {
    if (typeof value === "string") return JWT.exec(value)?.[0] ?? null;
    if (depth === 0 || typeof value !== "object" || value === null) return null;
    let hit: string | null = null;
    const look = (v: unknown): void => {
      hit ??= find(v, depth - 1);
    };
    if (value instanceof Headers || value instanceof URLSearchParams || value instanceof FormData) {
      (value as Headers).forEach((v, k) => {
        look(`${k}: ${v}`);
      });
    } else if (value instanceof Request) {
      look(value.url);
      look(value.headers);
    } else if (value instanceof OriginalCustomEvent) {
      look(value.detail);
    } else if (value instanceof MessageEvent) {
      look(value.data);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < Math.min(value.length, 100); i++) look(value[i]);
    } else {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return null;
      // Data properties only: a getter could run page code.
      for (const key of Object.keys(value).slice(0, 100)) look(descriptor(value, key)?.value);
    }
    return hit;
  };

  /** The first frame of a script (it has a line and column) below the trap's own frame. */
  const callerOf = (stack: string): string => {
    const lines = stack.split("\n");
    const own = lines.findIndex((line) => line.includes("hostileTrap"));
    return (
      lines
        .slice(own + 1)
        .find((line) => /:\d+:\d+\)?$/.test(line))
        ?.trim() ?? "unknown"
    );
  };

  const inspect = (trap: string, receiver: unknown, args: unknown[]) => {
    if (busy) return;
    busy = true;
    try {
      report.calls[trap] = (report.calls[trap] ?? 0) + 1;
      if (trap === "Symbol.for") {
        const key = `${args[0]}`;
        report.symbolKeys[key] = (report.symbolKeys[key] ?? 0) + 1;
      }
      const jwt = find(receiver) ?? find(args, 3);
      if (jwt) report.sightings.push({ trap, caller: callerOf(new Error().stack ?? ""), jwt });
    } finally {
      busy = false;
    }
  };

  const trap = (owner: object, name: string, label: string) => {
    const original = (owner as Record<string, unknown>)[name];
    if (typeof original !== "function") return;
    const wrapped = new Proxy(original, {
      apply: function hostileTrap(target, receiver, args) {
        inspect(label, receiver, args);
        return apply(target, receiver, args);
      },
      construct: function hostileTrap(target, args, newTarget) {
        inspect(label, undefined, args);
        return construct(target, args, newTarget);
      },
    });
    (owner as Record<string, unknown>)[name] = wrapped;
  };

  for (const name of ["map", "filter", "includes", "find"])
    trap(Array.prototype, name, `Array.prototype.${name}`);
  for (const name of ["stringify", "parse"]) trap(JSON, name, `JSON.${name}`);
  trap(window, "fetch", "fetch");
  trap(XMLHttpRequest.prototype, "open", "XMLHttpRequest.prototype.open");
  trap(XMLHttpRequest.prototype, "setRequestHeader", "XMLHttpRequest.prototype.setRequestHeader");
  trap(XMLHttpRequest.prototype, "send", "XMLHttpRequest.prototype.send");
  trap(EventTarget.prototype, "addEventListener", "EventTarget.prototype.addEventListener");
  trap(EventTarget.prototype, "dispatchEvent", "EventTarget.prototype.dispatchEvent");
  trap(Object, "defineProperty", "Object.defineProperty");
  trap(window, "MutationObserver", "MutationObserver");
  trap(Symbol, "for", "Symbol.for");
  trap(window, "CustomEvent", "CustomEvent");
  trap(window, "postMessage", "window.postMessage");
  trap(MessagePort.prototype, "postMessage", "MessagePort.prototype.postMessage");
  trap(BroadcastChannel.prototype, "postMessage", "BroadcastChannel.prototype.postMessage");

  // Every event type the platform names (an on* handler of window, document or elements), heard on window
  // in the capture phase, which every event dispatched in this document passes.
  const types = new Set(["message", "DOMContentLoaded"]);
  for (const owner of [window, Document.prototype, Element.prototype, HTMLElement.prototype]) {
    for (const key in owner) if (key.startsWith("on")) types.add(key.slice(2));
  }
  for (const type of types) {
    apply(listen, window, [
      type,
      (event: Event) => {
        if (busy) return;
        busy = true;
        try {
          report.eventCounts[type] = (report.eventCounts[type] ?? 0) + 1;
          const jwt = find(event);
          if (jwt) report.events.push({ type, jwt });
        } finally {
          busy = false;
        }
      },
      { capture: true },
    ]);
  }

  const zoneOf = (element: Element): Placement["zone"] => {
    if (element.getRootNode() instanceof ShadowRoot) return "shadow-root";
    if (element.closest("#token")) return "success-field";
    if (element.closest(".modal-ux")) return "auth-dialog";
    return element.closest(".swagger-ui") ? "swagger-ui" : "elsewhere";
  };
  const pathOf = (element: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = element; e && parts.length < 4; e = e.parentElement) {
      parts.unshift(
        `${e.localName}${e.id ? `#${e.id}` : ""}${e.classList.length ? `.${[...e.classList].join(".")}` : ""}`,
      );
    }
    return parts.join(" > ");
  };
  /** Every JWT in a node and below it, open shadow roots included, each with its own place. */
  const placements = (node: Node, out: Placement[]): Placement[] => {
    const at = (element: Element, via: string, text: string) => {
      const jwt = JWT.exec(text)?.[0];
      if (jwt) out.push({ via, path: pathOf(element), zone: zoneOf(element), jwt });
    };
    if (node instanceof Text) {
      if (node.parentElement) at(node.parentElement, "text", node.data);
      return out;
    }
    if (!(node instanceof Element)) return out;
    for (const attribute of node.attributes) at(node, `attribute ${attribute.name}`, attribute.value);
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
      at(node, "value", node.value);
    if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) placements(child, out);
    for (const child of node.childNodes) placements(child, out);
    return out;
  };

  const seenShadow = new WeakSet<ShadowRoot>();
  const observer = new Observer((records) => {
    if (busy) return;
    busy = true;
    try {
      for (const record of records) {
        if (record.type === "childList") {
          for (const node of record.addedNodes) {
            placements(node, report.mutations);
            const hosts = node instanceof Element ? [node, ...node.querySelectorAll("*")] : [];
            for (const host of hosts) {
              if (!host.shadowRoot || seenShadow.has(host.shadowRoot)) continue;
              seenShadow.add(host.shadowRoot);
              report.shadowRoots.push({ host: host.localName, html: host.shadowRoot.innerHTML });
              observer.observe(host.shadowRoot, options);
            }
          }
        } else if (record.target instanceof Element && record.attributeName) {
          const value = record.target.getAttribute(record.attributeName) ?? "";
          const jwt = JWT.exec(value)?.[0];
          if (jwt) {
            report.mutations.push({
              via: `attribute ${record.attributeName}`,
              path: pathOf(record.target),
              zone: zoneOf(record.target),
              jwt,
            });
          }
        } else if (record.target instanceof Text) {
          placements(record.target, report.mutations);
        }
      }
    } finally {
      busy = false;
    }
  });
  const options = { childList: true, subtree: true, attributes: true, characterData: true };
  observer.observe(document, options);

  (window as unknown as { hostileTraps: { report(): string } }).hostileTraps = {
    report() {
      busy = true;
      try {
        return stringify({
          ...report,
          mutations: [...new Set(report.mutations.map((p) => stringify(p)))].map((p) => JSON.parse(p)),
          dom: placements(document.documentElement, []),
        });
      } finally {
        busy = false;
      }
    },
  };
}

/** What the traps of a page or frame recorded so far. */
export async function trapReport(where: Page | Frame): Promise<TrapReport> {
  const text = await where.evaluate(() =>
    (window as unknown as { hostileTraps: { report(): string } }).hostileTraps.report(),
  );
  return JSON.parse(text) as TrapReport;
}

/** Swagger UI's own code: its bundle (React and the HTTP client included) is served from /docs/assets/. */
export const fromSwaggerUi = (sighting: Sighting) => /\/docs\/assets\/swagger-ui/.test(sighting.caller);

/**
 * How many times our authorization ran in the page's world: each run looks up the symbol under which an
 * earlier run keeps its controller (src/page/swagger.ts), once.
 */
export const ourAuthorizationRuns = async (where: Page | Frame): Promise<number> =>
  (await trapReport(where)).symbolKeys["p1as-token-capture/swagger"] ?? 0;
