import { t } from "../lib/i18n";
import { send } from "../lib/send";
import { docsOriginsItem, profilesItem, settingsItem, terminalAccessItem, tokensItem } from "../lib/storage";
import { SettingsPanel } from "../ui/SettingsPanel";
import { useStorageItem } from "../ui/use-storage-item";
import { ClearTokens } from "./ClearTokens";
import { DocsOrigins } from "./DocsOrigins";
import { ImportExport } from "./ImportExport";
import { KeptAside } from "./KeptAside";
import { ProfilesList } from "./ProfilesList";
import { TerminalAccess } from "./TerminalAccess";

/** Everything that is set once and applies everywhere at once: each change goes through storage. */
export function Options() {
  const profiles = useStorageItem(profilesItem);
  const origins = useStorageItem(docsOriginsItem);
  const settings = useStorageItem(settingsItem);
  const tokens = useStorageItem(tokensItem);
  const terminal = useStorageItem(terminalAccessItem);
  if (!profiles || !origins || !settings || !tokens || !terminal) return <main aria-busy="true" />;
  return (
    <main>
      <h1>{t("optionsHeading")}</h1>
      <KeptAside />
      <ProfilesList profiles={profiles} />
      <SettingsPanel settings={settings} open setSettings={(change) => send("setSettings", change)} />
      <ClearTokens count={Object.keys(tokens).length} />
      <ImportExport profiles={profiles} settings={settings} />
      <DocsOrigins profiles={profiles} origins={origins} />
      <TerminalAccess profiles={profiles} access={terminal} />
    </main>
  );
}
