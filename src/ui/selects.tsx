// The two choices the popup and the options page ask for again and again, each a labelled select.
import { t } from "../lib/i18n";
import { APPLICATIONS, type Application, isApplication, type Profile, profileLabel } from "../lib/profile";

export function ProfileSelect(props: {
  profiles: Profile[];
  value: string | undefined;
  /** For a second profile choice on the same page, a label of its own. */
  label?: string;
  onChange(id: string): void;
}) {
  return (
    <label class="field grow">
      <span>{props.label ?? t("commonProfile")}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {profileLabel(p)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** An application; with `automatic`, a first option that leaves the choice to us (value null). */
export function ApplicationSelect(props: {
  label: string;
  value: Application | null;
  automatic?: string;
  onChange(app: Application | null): void;
}) {
  return (
    <label class="field grow">
      <span>{props.label}</span>
      <select
        value={props.value ?? ""}
        onChange={(e) => {
          const value = e.currentTarget.value;
          props.onChange(isApplication(value) ? value : null);
        }}
      >
        {props.automatic !== undefined && <option value="">{props.automatic}</option>}
        {APPLICATIONS.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
    </label>
  );
}
