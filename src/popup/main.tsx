import { render } from "preact";
import { localizePage } from "../lib/i18n";
import { extensionActions } from "../ui/actions";
import { App } from "./App";
import { readActiveTab } from "./active-tab";
import { preloadExtensionState } from "./use-extension-state";
import { checkHostAccess } from "./use-host-access";
import "../ui/base.css";
import "./popup.css";

localizePage("extName");

// Rendering waits for the state, the tab and the host permissions (a few milliseconds, read together): a
// first frame without them would only flash empty, and each that came after would render every row again.
void Promise.all([preloadExtensionState().catch(() => undefined), readActiveTab(), checkHostAccess()]).then(
  ([, activeTab, hostsMissing]) => {
    const root = document.getElementById("app");
    if (root)
      render(<App actions={extensionActions} activeTab={activeTab} hostsMissing={hostsMissing} />, root);
  },
);
