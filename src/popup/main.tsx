import { render } from "preact";
import { App } from "./App";
import { extensionActions } from "./actions";
import { preloadExtensionState } from "./use-extension-state";
import "./popup.css";

// Rendering waits for the state (a few milliseconds): a first frame without it would only flash empty.
void preloadExtensionState()
  .catch(() => undefined)
  .then(() => {
    const root = document.getElementById("app");
    if (root) render(<App actions={extensionActions} />, root);
  });
