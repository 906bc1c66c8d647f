import { describe, expect, it } from "vitest";
import { type ChainEvent, isLandedDocument, nextLogin, type TabLogin } from "./sign-in-chain";

const HOST = "self-service-api.dev-acme.us1.ping.cloud";
const LOGIN = `https://${HOST}/api/v1/auth/login/pingfederate`;
const IDP = "https://auth.pingone.com/env/as/authorize";
const CALLBACK = `https://${HOST}/api/v1/auth/callback`;

const request = (requestId: string, url: string, formState: string | null = null): ChainEvent => ({
  kind: "request",
  requestId,
  url,
  formState,
});
const redirect = (requestId: string, redirectUrl: string): ChainEvent => ({
  kind: "redirect",
  requestId,
  redirectUrl,
});
const response = (requestId: string, url: string, status = 200): ChainEvent => ({
  kind: "response",
  requestId,
  url,
  status,
});
const run = (events: ChainEvent[], from?: TabLogin) =>
  events.reduce<TabLogin | undefined>((login, event) => nextLogin(login, event), from);

/** The login URL, its redirect to the identity provider with state "s1", the sign-on form shown. */
const signingIn = [request("1", LOGIN), redirect("1", `${IDP}?state=s1`), request("1", `${IDP}?state=s1`)];

describe("nextLogin", () => {
  it("follows a sign-in through the sign-on form to the callback that brings its state back", () => {
    const landed = run([
      ...signingIn,
      request("2", "https://auth.pingone.com/env/as/flow"),
      redirect("2", `${CALLBACK}?code=c&state=s1`),
      request("2", `${CALLBACK}?code=c&state=s1`),
      redirect("2", `https://${HOST}/api/v1/auth/success`),
      request("2", `https://${HOST}/api/v1/auth/success`),
      response("2", `https://${HOST}/api/v1/auth/success`),
    ]);
    expect(landed).toMatchObject({ app: "pingfederate", stage: "landed", state: "s1", status: 200 });
    expect(isLandedDocument(landed, `https://${HOST}/api/v1/auth/success#top`)).toBe(true);
    expect(isLandedDocument(landed, `https://${HOST}/api/v1/hostnames`)).toBe(false);
  });

  it("follows a live sign-on session's redirects in one chain, and a form post of the state", () => {
    const live = run([
      request("1", LOGIN),
      redirect("1", `${IDP}?state=s1`),
      redirect("1", `${CALLBACK}?code=c&state=s1`),
      request("1", `${CALLBACK}?code=c&state=s1`),
      response("1", `${CALLBACK}?code=c&state=s1`),
    ]);
    expect(live?.stage).toBe("landed");
    const posted = run([...signingIn, request("3", CALLBACK, "s1"), response("3", CALLBACK)]);
    expect(posted?.stage).toBe("landed");
  });

  it("voids the sign-in when the tab is sent to a page of the host that is not its callback", () => {
    expect(
      run([...signingIn, request("2", `https://${HOST}/api/v1/hostnames?limit=eyJ.x.y`)]),
    ).toBeUndefined();
    // The callback of another sign-in: a code and state of someone else's.
    expect(run([...signingIn, request("2", `${CALLBACK}?code=theirs&state=s2`)])).toBeUndefined();
    expect(run([...signingIn, request("2", `${CALLBACK}?code=theirs`)])).toBeUndefined();
  });

  it("voids a landed sign-in on any later navigation, and on a failed callback", () => {
    const landed = run([
      ...signingIn,
      request("2", `${CALLBACK}?state=s1`),
      response("2", `${CALLBACK}?state=s1`),
    ]);
    expect(nextLogin(landed, request("3", `${CALLBACK}?state=s1`))).toBeUndefined();
    expect(nextLogin(landed, request("3", "https://pingfederate.dev-acme.us1.ping.cloud/x"))).toBeUndefined();
    const calling = run([...signingIn, request("2", `${CALLBACK}?state=s1`)]);
    expect(nextLogin(calling, { kind: "error", requestId: "2" })).toBeUndefined();
  });

  it("takes no state from anything but the login's own redirect", () => {
    expect(run([request("1", LOGIN), redirect("9", `${IDP}?state=s9`)])?.state).toBeNull();
    // Without a state nothing can be bound: a callback never matches.
    expect(
      run([request("1", LOGIN), redirect("1", IDP), request("2", `${CALLBACK}?code=c`)]),
    ).toBeUndefined();
  });

  it("starts over at every login URL, the bare one a self-service sign-in", () => {
    const again = run([...signingIn, request("5", `https://${HOST}/api/v1/auth/login`)]);
    expect(again).toMatchObject({ app: "self-service", requestId: "5", state: null, stage: "login" });
  });

  it("ignores requests of a tab with no sign-in", () => {
    expect(
      run([request("1", `${CALLBACK}?state=s1`), response("1", `${CALLBACK}?state=s1`)]),
    ).toBeUndefined();
  });
});
