// What our pages can do, as one object: components get it as a prop, so they can be rendered with fakes.
// Messages are typed by the table in src/lib/messages.ts, so nothing here lists them again.
import { send } from "../lib/send";

export interface Actions {
  send: typeof send;
  copy(text: string): Promise<void>;
}

export const extensionActions: Actions = {
  send,
  copy: (text) => navigator.clipboard.writeText(text),
};
