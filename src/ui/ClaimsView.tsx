import { formatDateTime, t } from "../lib/i18n";
import { type DecodedJwt, type JsonObject, numericDateToMs, rolesOf, TIME_CLAIMS } from "../lib/jwt";

const isTimeClaim = (name: string) => (TIME_CLAIMS as readonly string[]).includes(name);

function ClaimValue({ name, value }: { name: string; value: unknown }) {
  const ms = isTimeClaim(name) ? numericDateToMs(value) : null;
  const text = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return (
    <dd>
      <code class="value">{text}</code>
      {ms !== null && <span class="date"> {formatDateTime(ms, "medium", "medium")}</span>}
    </dd>
  );
}

function Pairs({ title, object }: { title: string; object: JsonObject }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <dl class="claims">
        {Object.entries(object).map(([name, value]) => (
          <div key={name} class="claim">
            <dt>{name}</dt>
            <ClaimValue name={name} value={value} />
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Roles as chips, then header and claims pretty-printed, with time claims also as local dates. */
export function ClaimsView({ jwt }: { jwt: DecodedJwt }) {
  const roles = rolesOf(jwt.claims);
  return (
    <div class="decoded">
      {roles.length > 0 && (
        <ul class="roles" aria-label={t("claimsRoles")}>
          {roles.map((role) => (
            <li key={role}>{role}</li>
          ))}
        </ul>
      )}
      <Pairs title={t("claimsClaims")} object={jwt.claims} />
      <Pairs title={t("claimsHeader")} object={jwt.header} />
    </div>
  );
}
