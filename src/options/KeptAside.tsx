import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { groupKeptAside, type KeptAsideGroup } from "../lib/kept-aside";
import { send } from "../lib/send";
import { DECLARED, keptAsideItems } from "../lib/storage";
import { useStorageItem } from "../ui/use-storage-item";

/** How to say that `n` parts of an item could not be read, by the item's key (each message named whole). */
const WORDS: Record<string, (n: number) => string> = {
  profiles: (n) => (n === 1 ? t("optionsKeptProfilesOne") : t("optionsKeptProfilesMany", n)),
  settings: (n) => (n === 1 ? t("optionsKeptSettingsOne") : t("optionsKeptSettingsMany", n)),
  history: (n) => (n === 1 ? t("optionsKeptHistoryOne") : t("optionsKeptHistoryMany", n)),
  docsOrigins: (n) => (n === 1 ? t("optionsKeptDocsOriginsOne") : t("optionsKeptDocsOriginsMany", n)),
  docsPins: (n) => (n === 1 ? t("optionsKeptDocsPinsOne") : t("optionsKeptDocsPinsMany", n)),
  clientCredentials: (n) =>
    n === 1 ? t("optionsKeptClientCredentialsOne") : t("optionsKeptClientCredentialsMany", n),
  clientSecrets: (n) => (n === 1 ? t("optionsKeptSecretsOne") : t("optionsKeptSecretsMany", n)),
  keptTokens: (n) => (n === 1 ? t("optionsKeptTokensOne") : t("optionsKeptTokensMany", n)),
  silentRenewal: (n) => (n === 1 ? t("optionsKeptRenewalOne") : t("optionsKeptRenewalMany", n)),
  lastChoice: (n) => (n === 1 ? t("optionsKeptLastChoiceOne") : t("optionsKeptLastChoiceMany", n)),
};
const other = (n: number) => (n === 1 ? t("optionsKeptOtherOne") : t("optionsKeptOtherMany", n));

const countLine = ({ area, key, rejected }: KeptAsideGroup): string =>
  (area === "local" && Object.hasOwn(WORDS, key) ? (WORDS[key] ?? other) : other)(rejected);

/** Tokens and secrets never leave storage through the page: for those, only the count and Discard. */
const mayCopy = ({ area, key }: KeptAsideGroup): boolean => {
  const declaration = DECLARED.find((d) => d.area === area && d.key === key);
  return declaration !== undefined && !declaration.secret;
};

/** Shown only when the background kept something aside (src/lib/kept-aside.ts). */
export function KeptAside() {
  const local = useStorageItem(keptAsideItems.local);
  const session = useStorageItem(keptAsideItems.session);
  const groups = [...groupKeptAside("local", local ?? []), ...groupKeptAside("session", session ?? [])];
  if (groups.length === 0) return null;
  return (
    <section class="card" aria-label={t("optionsKeptHeading")}>
      <h2>{t("optionsKeptHeading")}</h2>
      <p class="muted">{t("optionsKeptIntro")}</p>
      <ul class="profiles">
        {groups.map((group) => (
          <KeptAsideRow key={`${group.area}/${group.key}`} group={group} />
        ))}
      </ul>
    </section>
  );
}

function KeptAsideRow({ group }: { group: KeptAsideGroup }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState("");
  const newest = Math.max(...group.entries.filter((e) => e.reason === "newer").map((e) => e.version));
  const line = group.rejected > 0 ? countLine(group) : "";
  const name = [line, group.newer ? t("optionsKeptNewer", newest) : ""].filter(Boolean).join(" ");
  const copy = async () => {
    await navigator.clipboard.writeText(JSON.stringify(group.entries, null, 2));
    setStatus(t("optionsKeptCopied"));
  };
  // The line goes when storage says so; until then a failed round trip is said, and the line stays.
  const discard = () =>
    send("discardKeptAside", { area: group.area, key: group.key }).catch(() =>
      setStatus(t("commonNotAnswered")),
    );
  return (
    <li aria-label={name}>
      <p>{name}</p>
      <div class="row">
        {mayCopy(group) && (
          <button type="button" onClick={() => void copy()}>
            {t("optionsKeptCopy")}
          </button>
        )}
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => void discard()}>
              {t("optionsKeptDiscardConfirm")}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("commonCancel")}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t("optionsKeptDiscard")}
          </button>
        )}
      </div>
      {status && <p role="status">{status}</p>}
    </li>
  );
}
