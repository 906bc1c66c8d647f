import { useEffect, useState } from "preact/hooks";
import { type MessageKey, t } from "../lib/i18n";
import {
  APPLICATIONS,
  FIELD_LABELS,
  type FieldErrors,
  labelError,
  loginUrl,
  PROFILE_FIELDS,
  type Profile,
  type ProfileField,
  type ProfileFields,
  placeOfP1asUrl,
  profileDomain,
} from "../lib/profile";
import { profilesItem } from "../lib/storage";
import type { Actions } from "./actions";
import { useOpenP1asTab } from "./use-open-p1as-tab";
import { useStorageItem } from "./use-storage-item";

const HINTS: Record<ProfileField, MessageKey> = {
  environment: "profileEnvironmentHint",
  customer: "profileCustomerHint",
  region: "profileRegionHint",
};

interface Props {
  editing: Profile | null;
  actions: Actions;
  onDone: (() => void) | null;
}

const EMPTY: ProfileFields = { environment: "", customer: "", region: "", name: "" };

/**
 * Add or edit a profile, with the domain and login URL previewed as the user types. A new profile can be
 * filled from any P1AS URL pasted, and starts from an open P1AS tab of an environment not yet saved.
 */
export function ProfileForm({ editing, actions, onDone }: Props) {
  const [fields, setFields] = useState<ProfileFields>(editing ?? EMPTY);
  const [url, setUrl] = useState("");
  const [filledFrom, setFilledFrom] = useState("");
  const openTab = useOpenP1asTab(useStorageItem(profilesItem), editing === null);

  useEffect(() => {
    if (!openTab || !PROFILE_FIELDS.every((f) => fields[f] === "")) return;
    setFields({ ...fields, ...openTab.place });
    setFilledFrom(t("profileFilledFromTab", openTab.host));
  }, [openTab]);
  const [touched, setTouched] = useState<Partial<Record<ProfileField, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const errorOf = (field: ProfileField): string | undefined =>
    serverErrors[field] ??
    (touched[field] ? (labelError(field, fields[field].trim()) ?? undefined) : undefined);
  const complete = PROFILE_FIELDS.every((f) => labelError(f, fields[f].trim()) === null);

  const update = (field: keyof ProfileFields, value: string) => {
    // Host names are lowercase: "Dev" typed is "dev" meant.
    setFields({ ...fields, [field]: field === "name" ? value : value.toLowerCase() });
    setServerErrors({});
    setFilledFrom("");
  };
  const fillFromUrl = (text: string) => {
    setUrl(text);
    const place = placeOfP1asUrl(text);
    if (!place) return;
    setFields({ ...fields, ...place });
    setServerErrors({});
    setFilledFrom(t("profileFilledFromUrl"));
  };
  const urlError = url.trim() !== "" && !placeOfP1asUrl(url);

  const submit = async (event: Event) => {
    event.preventDefault();
    setTouched({ environment: true, customer: true, region: true });
    if (!complete) return;
    setBusy(true);
    const result = await actions.send("saveProfile", { profile: { ...fields, id: editing?.id ?? null } });
    setBusy(false);
    if (result.ok) onDone?.();
    else setServerErrors(result.errors);
  };

  const trimmed = {
    environment: fields.environment.trim(),
    customer: fields.customer.trim(),
    region: fields.region.trim(),
  };
  return (
    <form class="card profile-form" onSubmit={submit} noValidate>
      <h2>{editing ? t("profileEdit") : t("profileAdd")}</h2>
      {!editing && <p class="muted">{t("profileAfterSave")}</p>}
      {!editing && (
        <div class="field">
          <label for="profile-url">{t("profileFromUrl")}</label>
          <input
            id="profile-url"
            type="url"
            value={url}
            placeholder={t("profileFromUrlHint")}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={urlError ? "true" : "false"}
            aria-describedby={urlError ? "url-error" : undefined}
            onInput={(e) => fillFromUrl(e.currentTarget.value)}
          />
          {urlError && (
            <span id="url-error" class="error" role="alert">
              {t("profileFromUrlBad")}
            </span>
          )}
        </div>
      )}
      {filledFrom && (
        <p class="muted" role="status">
          {filledFrom}
        </p>
      )}
      {PROFILE_FIELDS.map((field) => {
        const error = errorOf(field);
        return (
          <div key={field} class="field">
            <label for={`profile-${field}`}>{t(FIELD_LABELS[field])}</label>
            <input
              id={`profile-${field}`}
              name={field}
              value={fields[field]}
              placeholder={t(HINTS[field])}
              autocomplete="off"
              spellcheck={false}
              aria-invalid={error ? "true" : "false"}
              aria-describedby={error ? `${field}-error` : undefined}
              onInput={(e) => update(field, e.currentTarget.value)}
              onBlur={() => setTouched({ ...touched, [field]: true })}
            />
            {error && (
              <span id={`${field}-error`} class="error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <div class="field">
        <label for="profile-name">{t("profileDisplayName")}</label>
        <input
          id="profile-name"
          name="name"
          value={fields.name}
          aria-describedby={serverErrors.name ? "name-error" : undefined}
          onInput={(e) => update("name", e.currentTarget.value)}
        />
        {serverErrors.name && (
          <span id="name-error" class="error" role="alert">
            {serverErrors.name}
          </span>
        )}
      </div>
      <p class="preview" aria-live="polite">
        {complete ? (
          <>
            {t("profileDomain")} <code>{profileDomain(trimmed)}</code>
            <br />
            {t("profileLoginUrl")} <code>{loginUrl(trimmed, APPLICATIONS[0])}</code>
          </>
        ) : (
          t("profilePreviewEmpty")
        )}
      </p>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t("profileSave")}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            {t("commonCancel")}
          </button>
        )}
      </div>
    </form>
  );
}
