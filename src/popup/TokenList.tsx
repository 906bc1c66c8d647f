import { useMemo, useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { profileLabel } from "../lib/profile";
import type { StoredToken } from "../lib/state";
import { FILTER_FROM, type ListedToken, matchesFilter, searchText } from "../lib/token-list";
import { tokenName } from "../lib/token-name";
import type { Actions } from "../ui/actions";
import { TokenRow } from "./TokenRow";
import { useFirstFrameShown } from "./use-first-frame-shown";
import { useFlash } from "./use-flash";

interface Props {
  listed: ListedToken[];
  now: number;
  silentRenewal: Record<string, true>;
  actions: Actions;
  announce: (text: string) => void;
}

/**
 * Rows in the popup's first frame: more than its 600 px can show. The rest join right after that frame,
 * out of sight, so that fifty tokens open the popup about as fast as none (see README, Performance).
 */
const FIRST_FRAME_ROWS = 10;

/** How long Undo is offered; the background keeps a removed token a little longer (UNDO_MS). */
const UNDO_OFFER_MS = 8000;

const nameOf = ({ token, profile }: { token: StoredToken; profile: ListedToken["profile"] }) =>
  t("commonTokenOfProfile", tokenName(token), profileLabel(profile));

/** The tokens, a filter once there are more than a few, and Undo for a moment after a Remove. */
export function TokenList({ listed, now, silentRenewal, actions, announce }: Props) {
  const [query, setQuery] = useState("");
  const [removed, offerUndo, endUndo] = useFlash<ListedToken>(UNDO_OFFER_MS);
  const [undoError, setUndoError] = useState("");
  // Each token's words are gathered (a decode each) only once something is typed.
  const filtering = query.trim() !== "";
  const texts = useMemo(
    () => new Map(filtering ? listed.map((l) => [l.key, searchText(l)]) : []),
    [listed, filtering],
  );
  const shown = filtering ? listed.filter((l) => matchesFilter(texts.get(l.key) ?? "", query)) : listed;
  const rows = useFirstFrameShown() ? shown : shown.slice(0, FIRST_FRAME_ROWS);

  const remove = (gone: ListedToken) => {
    setUndoError("");
    void actions.send("removeToken", { key: gone.key }).then(() => offerUndo(gone));
  };
  const undo = async (gone: ListedToken) => {
    const result = await actions.send("undoRemoveToken", { key: gone.key });
    if (result.ok) announce(t("tokenRestored", nameOf(gone)));
    else setUndoError(result.error);
    endUndo();
  };

  return (
    <section aria-label={t("commonTokens")} class="tokens">
      {listed.length >= FILTER_FROM && (
        <input
          type="search"
          class="filter"
          aria-label={t("tokenFilter")}
          placeholder={t("tokenFilterHint")}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      {removed && (
        <p class="row undo" role="status">
          <span class="grow">{t("tokenRemoved", nameOf(removed))}</span>
          <button type="button" onClick={() => void undo(removed)}>
            {t("commonUndo")}
          </button>
        </p>
      )}
      {undoError && (
        <p class="error" role="alert">
          {undoError}
        </p>
      )}
      {listed.length === 0 && <p class="muted">{t("popupNoTokens")}</p>}
      {listed.length > 0 && shown.length === 0 && <p class="muted">{t("tokenFilterNone", query.trim())}</p>}
      {rows.map((l) => (
        <TokenRow
          key={l.key}
          listed={l}
          now={now}
          renewsSilently={silentRenewal[l.key] === true}
          actions={actions}
          announce={announce}
          onRemove={remove}
        />
      ))}
    </section>
  );
}
