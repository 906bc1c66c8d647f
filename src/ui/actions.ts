// What the popup can do, as one object: components get it as a prop, so they can be rendered with fakes.
import type { ClientCredentials } from "../lib/client-credentials";
import type { Response } from "../lib/messages";
import type { Application, ProfileFields } from "../lib/profile";
import { send } from "../lib/send";
import type { Settings } from "../lib/state";

export interface Actions {
  saveProfile(profile: ProfileFields & { id: string | null }): Promise<Response<"saveProfile">>;
  removeProfile(id: string): Promise<unknown>;
  signIn(profileId: string, app: Application): Promise<Response<"signIn">>;
  removeToken(key: string): Promise<unknown>;
  copy(text: string): Promise<void>;
  applyDocs(tabId: number): Promise<Response<"applyDocs">>;
  removeFromDocs(tabId: number): Promise<unknown>;
  setDocsPin(origin: string, app: Application | null): Promise<unknown>;
  setSettings(settings: Partial<Settings>): Promise<unknown>;
  saveClientCredentials(
    profileId: string,
    settings: ClientCredentials,
    secret: string,
  ): Promise<Response<"saveClientCredentials">>;
  removeClientCredentials(profileId: string): Promise<unknown>;
  clientSecretsSaved(): Promise<string[]>;
  getClientToken(profileId: string): Promise<Response<"getClientToken">>;
  setSilentRenewal(key: string, on: boolean): Promise<unknown>;
  pasteToken(profileId: string, app: Application, token: string): Promise<Response<"pasteToken">>;
}

export const extensionActions: Actions = {
  saveProfile: (profile) => send("saveProfile", { profile }),
  removeProfile: (id) => send("removeProfile", { id }),
  signIn: (profileId, app) => send("signIn", { profileId, app }),
  removeToken: (key) => send("removeToken", { key }),
  copy: (text) => navigator.clipboard.writeText(text),
  applyDocs: (tabId) => send("applyDocs", { tabId }),
  removeFromDocs: (tabId) => send("removeFromDocs", { tabId }),
  setDocsPin: (origin, app) => send("setDocsPin", { origin, app }),
  setSettings: (settings) => send("setSettings", settings),
  saveClientCredentials: (profileId, settings, secret) =>
    send("saveClientCredentials", { profileId, settings, secret }),
  removeClientCredentials: (profileId) => send("removeClientCredentials", { profileId }),
  clientSecretsSaved: () => send("clientSecretsSaved", {}),
  getClientToken: (profileId) => send("getClientToken", { profileId }),
  setSilentRenewal: (key, on) => send("setSilentRenewal", { key, on }),
  pasteToken: (profileId, app, token) => send("pasteToken", { profileId, app, token }),
};
