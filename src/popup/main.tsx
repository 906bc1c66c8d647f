import { render } from "preact";
import { localizePage } from "../lib/i18n";
import { extensionActions } from "../ui/actions";
import { App } from "./App";
import { preloadExtensionState } from "./use-extension-state";
import "../ui/base.css";
import "./popup.css";

localizePage("extName");

// Rendering waits for the state (a few milliseconds): a first frame without it would only flash empty.
void preloadExtensionState()
  .catch(() => undefined)
  .then(() => {
    const root = document.getElementById("app");
    if (root) render(<App actions={extensionActions} />, root);
  });
