// Functions that run in a docs page through scripting.executeScript. Only their source text crosses over,
// so each is self-contained: no imports, no helpers outside its body. The probe runs in the ISOLATED world,
// where no page script can replace the globals it uses; the token goes only to the MAIN-world function,
// which checks the origin it was meant for before it touches the token, and then only into Swagger UI's
// own authorization (or, without window.ui, its Authorize dialog). Nothing here listens to page messages
// or posts any.

/**
 * ISOLATED world: whether Swagger UI renders in this document (the DOM is shared with the page), waiting
 * up to `waitMs` for it to appear; with this document's URL. The page can add a `.swagger-ui` element, but
 * it cannot change what this returns otherwise: which token, if any, is decided from the URL alone.
 */
export function findSwaggerUi(waitMs: number): Promise<{ url: string } | null> {
  return new Promise((resolve) => {
    const present = () => document.querySelector(".swagger-ui") !== null;
    const finish = (found: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found ? { url: location.href } : null);
    };
    // Swagger UI renders as it starts, so the first mutation after it appears is the moment to look.
    const observer = new MutationObserver(() => present() && finish(true));
    const timer = setTimeout(() => finish(present()), waitMs);
    if (present()) finish(true);
    else observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * Authorizes every bearer-capable scheme (http bearer → the token; apiKey in header Authorization →
 * "Bearer <token>") and keeps doing so when the spec loads late or is swapped, until this page ends or the
 * next call with another token replaces it. A scheme the user logs out of stays logged out until then.
 * `generation` tells tokens apart without putting the token itself anywhere else in the page: a call with
 * the generation already at work (the same page loading again, a history change) leaves it as it is.
 * Resolves with the names of the schemes authorized first, or null when none appeared within `waitMs` or
 * the document is not on `expectedOrigin`.
 */
export function authorizeSwagger(
  token: string,
  generation: number,
  waitMs: number,
  expectedOrigin: string,
): Promise<string[] | null> {
  // `location` is unforgeable: a document that replaced the one probed (a navigation in between, or a
  // browser without documentIds) gets nothing.
  if (location.origin !== expectedOrigin) return Promise.resolve(null);
  type Immutable = { toJS(): unknown };
  type System = {
    preauthorizeApiKey(name: string, value: string): unknown;
    specSelectors: { specJson(): Immutable };
    authSelectors: { authorized(): Immutable };
    authActions: { logout(names: string[]): void };
  };
  type Controller = { generation: number; stop(): void; remove(): void };
  type Way = { sync(): void; remove(): void };
  type Scheme = { type?: string; scheme?: string; in?: string; name?: string };
  const CONTROLLER = Symbol.for("p1as-token-capture/swagger");
  const holder = window as unknown as Record<symbol, Controller | undefined>;
  if (holder[CONTROLLER]?.generation === generation) return Promise.resolve([]);
  holder[CONTROLLER]?.stop();

  const valueFor = (s: Scheme): string | null => {
    if (s.type === "http" && s.scheme?.toLowerCase() === "bearer") return token;
    if (s.type === "apiKey" && s.in === "header" && s.name?.toLowerCase() === "authorization") {
      return `Bearer ${token}`;
    }
    return null;
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

  // window.ui: Swagger UI's own API, once the spec has loaded (preauthorizeApiKey returns null before).
  const viaUi = (ui: System, done: (names: string[]) => void): Way => {
    const applied = new Set<string>();
    const loggedOut = new Set<string>();
    let lastSpec: unknown = null;
    let lastAuth: unknown = null;
    const sync = () => {
      const specJson = ui.specSelectors.specJson();
      const authJson = ui.authSelectors.authorized();
      if (specJson === lastSpec && authJson === lastAuth) return;
      const spec = specJson.toJS();
      const authorized = authJson.toJS();
      if (!isObject(spec) || !isObject(authorized)) return;
      // Same spec, but a scheme we authorized is gone: the user logged out. Respect it.
      if (specJson === lastSpec) for (const name of applied) if (!(name in authorized)) loggedOut.add(name);
      lastSpec = specJson;
      const components = isObject(spec.components) ? spec.components.securitySchemes : undefined;
      const schemes = isObject(components)
        ? components
        : isObject(spec.securityDefinitions)
          ? spec.securityDefinitions
          : {};
      const names: string[] = [];
      for (const [name, scheme] of Object.entries(schemes)) {
        const value = isObject(scheme) ? valueFor(scheme as Scheme) : null;
        if (value === null || loggedOut.has(name) || (applied.has(name) && name in authorized)) continue;
        if (ui.preauthorizeApiKey(name, value) !== null) {
          applied.add(name);
          names.push(name);
        }
      }
      lastAuth = ui.authSelectors.authorized();
      if (names.length) done(names);
    };
    return { sync, remove: () => ui.authActions.logout([...applied]) };
  };

  // No window.ui: fill the Authorize dialog as a user would (the native value setter and a bubbling input
  // event, which React listens to), opening it ourselves once per spec.
  const viaDialog = (done: (names: string[]) => void): Way => {
    const filled = new Set<string>();
    let openedFor: string | null = null;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    const sync = () => {
      const modal = document.querySelector(".swagger-ui .modal-ux");
      if (!modal) {
        const title = document.querySelector(".swagger-ui .info .title")?.textContent ?? "";
        const button = document.querySelector<HTMLButtonElement>(".swagger-ui .auth-wrapper .authorize");
        if (button && title && openedFor !== title) {
          openedFor = title;
          button.click();
        }
        return;
      }
      const names: string[] = [];
      const forms = new Set<HTMLFormElement>();
      for (const heading of modal.querySelectorAll("h4")) {
        const name = heading.querySelector("code")?.textContent?.trim() ?? "";
        const block = heading.parentElement;
        const input = block?.querySelector("input");
        if (!name || !block || !input || filled.has(name) || !setValue) continue;
        const text = block.textContent ?? "";
        const bearer = /\(http, Bearer\)/i.test(heading.textContent ?? "");
        const header =
          /\(apiKey\)/i.test(heading.textContent ?? "") &&
          /Name:\s*Authorization/i.test(text) &&
          /In:\s*header/i.test(text);
        if (!bearer && !header) continue;
        setValue.call(input, bearer ? token : `Bearer ${token}`);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        filled.add(name);
        names.push(name);
        if (input.form) forms.add(input.form);
      }
      for (const form of forms) form.querySelector<HTMLButtonElement>("button[type=submit]")?.click();
      if (names.length) {
        done(names);
        if (openedFor) modal.querySelector<HTMLButtonElement>(".close-modal")?.click();
      }
    };
    // Logout as a user would: in the dialog, each form that holds a scheme we filled.
    const remove = () => {
      document.querySelector<HTMLButtonElement>(".swagger-ui .auth-wrapper .authorize")?.click();
      const modal = document.querySelector(".swagger-ui .modal-ux");
      for (const form of modal?.querySelectorAll("form") ?? []) {
        const names = [...form.querySelectorAll("h4 code")].map((code) => code.textContent?.trim() ?? "");
        if (!names.some((name) => filled.has(name))) continue;
        const logout = [...form.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Logout");
        logout?.click();
      }
      modal?.querySelector<HTMLButtonElement>(".close-modal")?.click();
    };
    return { sync, remove };
  };

  return new Promise((resolve) => {
    let first: string[] | null = null;
    const done = (names: string[]) => {
      if (!first) {
        first = names;
        resolve(names);
      }
    };
    const ui = (window as { ui?: System }).ui;
    const way = typeof ui?.preauthorizeApiKey === "function" ? viaUi(ui, done) : viaDialog(done);
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        way.sync();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = () => observer.disconnect();
    holder[CONTROLLER] = {
      generation,
      stop,
      remove: () => {
        stop();
        way.remove();
      },
    };
    way.sync();
    setTimeout(() => first || resolve(null), waitMs);
  });
}

/** "Remove from page": logs out of what we authorized and stops keeping it authorized. */
export function removeSwaggerAuthorization(expectedOrigin: string): boolean {
  if (location.origin !== expectedOrigin) return false;
  const holder = window as unknown as Record<symbol, { remove(): void } | undefined>;
  const controller = holder[Symbol.for("p1as-token-capture/swagger")];
  // The controller stays, stopped: a later call with the same token (a history change) leaves the page alone.
  controller?.remove();
  return controller !== undefined;
}
