import { useEffect, useState } from "preact/hooks";
import {
  AUTH_METHODS,
  type AuthMethod,
  type ClientCredentials,
  type CredentialErrors,
  type CredentialField,
  isAuthMethod,
  isRegion,
  PINGONE_REGIONS,
} from "../lib/client-credentials";
import { describeExpiry } from "../lib/expiry";
import { type MessageKey, t } from "../lib/i18n";
import type { Profile } from "../lib/profile";
import type { Actions } from "../ui/actions";
import { ProfileSelect } from "../ui/selects";

interface Props {
  profiles: Profile[];
  saved: Record<string, ClientCredentials>;
  errors: Record<string, string>;
  actions: Actions;
}

const BLANK: ClientCredentials = {
  region: "com",
  environmentId: "",
  clientId: "",
  scope: "",
  authMethod: "client_secret_basic",
  keepFresh: false,
  keepSecret: false,
};

const METHOD_LABELS: Record<AuthMethod, MessageKey> = {
  client_secret_basic: "credentialsMethodBasic",
  client_secret_post: "credentialsMethodPost",
};

type Status = { kind: "ok" | "error"; text: string } | null;

/** Which profile's client credentials are shown; the form below starts afresh for each profile. */
export function ClientCredentialsPanel({ profiles, saved, errors, actions }: Props) {
  const [chosen, setChosen] = useState(profiles[0]?.id ?? "");
  const [secretsSaved, setSecretsSaved] = useState<string[]>([]);
  const refreshSecrets = () => void actions.send("clientSecretsSaved", {}).then(setSecretsSaved);
  // Asked once on open, then after each change made here.
  useEffect(refreshSecrets, []);
  // The chosen profile may have been removed meanwhile.
  const profileId = profiles.some((p) => p.id === chosen) ? chosen : (profiles[0]?.id ?? "");
  return (
    <details class="card">
      <summary>{t("credentialsHeading")}</summary>
      <p class="muted">{t("credentialsIntro")}</p>
      <ProfileSelect
        profiles={profiles}
        value={profileId}
        label={t("credentialsMintFor")}
        onChange={setChosen}
      />
      <CredentialsForm
        key={profileId}
        profileId={profileId}
        stored={saved[profileId]}
        error={errors[profileId]}
        secretSaved={secretsSaved.includes(profileId)}
        onSecretsChanged={refreshSecrets}
        actions={actions}
      />
    </details>
  );
}

interface FormProps {
  profileId: string;
  stored: ClientCredentials | undefined;
  /** The last failure, also of a renewal that nobody watched. */
  error: string | undefined;
  secretSaved: boolean;
  onSecretsChanged(): void;
  actions: Actions;
}

/**
 * The settings and "Get token". The secret is typed, sent to the background once, and cleared from the
 * form; the popup is only ever told whether one is saved.
 */
function CredentialsForm({ profileId, stored, error, secretSaved, onSecretsChanged, actions }: FormProps) {
  const [fields, setFields] = useState<ClientCredentials>(stored ?? BLANK);
  const [secret, setSecret] = useState("");
  const [fieldErrors, setFieldErrors] = useState<CredentialErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const update = <K extends keyof ClientCredentials>(key: K, value: ClientCredentials[K]) => {
    setFields({ ...fields, [key]: value });
    setFieldErrors({});
  };

  const save = async (): Promise<boolean> => {
    const result = await actions.send("saveClientCredentials", { profileId, settings: fields, secret });
    if (!result.ok) {
      setFieldErrors(result.errors);
      return false;
    }
    setSecret("");
    onSecretsChanged();
    return true;
  };
  const run = async (getToken: boolean) => {
    setBusy(true);
    setStatus(null);
    try {
      if (!(await save())) return;
      if (!getToken) return setStatus({ kind: "ok", text: t("credentialsSaved") });
      const result = await actions.send("getClientToken", { profileId });
      setStatus(
        result.ok
          ? { kind: "ok", text: t("credentialsReceived", describeExpiry(result.exp, Date.now())) }
          : { kind: "error", text: result.error },
      );
    } catch {
      // The background went away mid-request (the browser stopped or reloaded it): no answer came.
      setStatus({ kind: "error", text: t("credentialsRestarted") });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    await actions.send("removeClientCredentials", { profileId });
    onSecretsChanged();
    setFields(BLANK);
    setStatus({ kind: "ok", text: t("credentialsRemoved") });
  };

  const shown = status ?? (error ? { kind: "error" as const, text: error } : null);
  const fieldError = (field: CredentialField) =>
    fieldErrors[field] && (
      <span id={`cc-${field}-error`} class="error" role="alert">
        {fieldErrors[field]}
      </span>
    );
  const described = (field: CredentialField) => ({
    "aria-invalid": fieldErrors[field] ? ("true" as const) : ("false" as const),
    "aria-describedby": fieldErrors[field] ? `cc-${field}-error` : undefined,
  });

  return (
    <form
      class="client-credentials"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(true);
      }}
    >
      <div class="row">
        <label class="field grow">
          <span>{t("credentialsRegion")}</span>
          <select
            value={fields.region}
            onChange={(e) => isRegion(e.currentTarget.value) && update("region", e.currentTarget.value)}
          >
            {PINGONE_REGIONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="field">
        <span>{t("credentialsEnvironmentId")}</span>
        <input
          value={fields.environmentId}
          spellcheck={false}
          autocomplete="off"
          {...described("environmentId")}
          onInput={(e) => update("environmentId", e.currentTarget.value)}
        />
      </label>
      {fieldError("environmentId")}
      <label class="field">
        <span>{t("credentialsClientId")}</span>
        <input
          value={fields.clientId}
          spellcheck={false}
          autocomplete="off"
          {...described("clientId")}
          onInput={(e) => update("clientId", e.currentTarget.value)}
        />
      </label>
      {fieldError("clientId")}
      <label class="field">
        <span>{t("credentialsSecret")}</span>
        <input
          type="password"
          value={secret}
          autocomplete="off"
          placeholder={secretSaved ? t("credentialsSecretSaved") : ""}
          {...described("secret")}
          onInput={(e) => {
            setSecret(e.currentTarget.value);
            setFieldErrors({});
          }}
        />
      </label>
      {fieldError("secret")}
      <label class="field">
        <span>{t("credentialsScope")}</span>
        <input
          value={fields.scope}
          spellcheck={false}
          autocomplete="off"
          {...described("scope")}
          onInput={(e) => update("scope", e.currentTarget.value)}
        />
      </label>
      {fieldError("scope")}
      <label class="field">
        <span>{t("credentialsAuthMethod")}</span>
        <select
          value={fields.authMethod}
          onChange={(e) => isAuthMethod(e.currentTarget.value) && update("authMethod", e.currentTarget.value)}
        >
          {AUTH_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(METHOD_LABELS[m])}
            </option>
          ))}
        </select>
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={fields.keepFresh}
          onChange={(e) => update("keepFresh", e.currentTarget.checked)}
        />
        <span>{t("credentialsKeepFresh")}</span>
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={fields.keepSecret}
          aria-describedby={fields.keepSecret ? "cc-keep-warning" : undefined}
          onChange={(e) => update("keepSecret", e.currentTarget.checked)}
        />
        <span>{t("credentialsKeepSecret")}</span>
      </label>
      {fields.keepSecret && (
        <p id="cc-keep-warning" class="waiting">
          {t("credentialsKeepWarning")}
        </p>
      )}
      {fieldError("form")}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t("credentialsGetToken")}
        </button>
        <button type="button" disabled={busy} onClick={() => void run(false)}>
          {t("credentialsSave")}
        </button>
        {stored && (
          <button type="button" disabled={busy} onClick={() => void remove()}>
            {t("credentialsRemove")}
          </button>
        )}
      </div>
      {busy && <p class="muted">{t("credentialsAsking")}</p>}
      {shown && (
        <p
          class={shown.kind === "error" ? "error" : "muted"}
          role={shown.kind === "error" ? "alert" : "status"}
        >
          {shown.text}
        </p>
      )}
    </form>
  );
}
