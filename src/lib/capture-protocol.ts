// What the capture content script and the background say to each other, apart from the message table:
// the content script runs on every *.ping.cloud page and must not load the schema library that the table
// brings (src/lib/messages.ts), so what it needs at run time lives here.
import type { Application } from "./profile";

export type CaptureResponse =
  | { ok: true; app: Application; profile: string; exp: number | null }
  | { ok: false; error: string };

/** Far above P1AS's refusal text; a longer one is no refusal of P1AS. */
export const MAX_DETAIL = 2000;
