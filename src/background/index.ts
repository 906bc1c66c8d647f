// The background's features, each registering its own listeners synchronously as the worker starts (MV3
// wakes the worker only for events that had a listener at start). Removing a feature is removing its line.
// No state is kept here or in the features: everything that matters is in storage.
import * as alarmRoutes from "./alarm-routes";
import * as badge from "./badge";
import * as clientCredentials from "./client-credentials";
import * as commands from "./commands";
import * as contextMenu from "./context-menu";
import * as docsOrigins from "./docs-origins";
import * as expiryNotices from "./expiry-notices";
import * as keptTokens from "./kept-tokens";
import * as managed from "./managed";
import * as messages from "./messages";
import * as signIn from "./sign-in";
import * as silentRenewal from "./silent-renewal";
import * as storageUpgrade from "./storage-upgrade";
import * as swagger from "./swagger";
import * as terminalAsk from "./terminal-ask";
import * as terminalPort from "./terminal-port";

// The storage upgrade comes first: its pass is the first in the queue of read-modify-writes.
for (const feature of [
  storageUpgrade,
  alarmRoutes,
  messages,
  signIn,
  swagger,
  silentRenewal,
  badge,
  expiryNotices,
  clientCredentials,
  keptTokens,
  managed,
  contextMenu,
  commands,
  docsOrigins,
  terminalAsk,
  terminalPort,
]) {
  feature.register();
}
