// Real RS256 JWTs, as the P1AS sign-on would issue them, and their verification for the stand-in API.
import { randomUUID } from "node:crypto";
import { type CryptoKey, exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";

export interface Issuer {
  mint(claims: { domain: string; app: string; sub: string; lifetimeSeconds: number }): Promise<string>;
  verify(token: string): Promise<Record<string, unknown> | null>;
  jwks(): Promise<{ keys: unknown[] }>;
}

export async function createIssuer(): Promise<Issuer> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const kid = randomUUID();
  return {
    async mint({ domain, app, sub, lifetimeSeconds }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        groups: [`${domain.split(".")[0]}-tls-admin`, "prod-tls-audit"],
        app,
        client_id: app,
        auth_time: now,
      })
        .setProtectedHeader({ alg: "RS256", typ: "JWT", kid })
        .setIssuer(`https://pingfederate.${domain}`)
        .setSubject(sub)
        .setAudience(`self-service-api.${domain}`)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + lifetimeSeconds)
        .setJti(randomUUID())
        .sign(privateKey as CryptoKey);
    },
    async verify(token) {
      try {
        return (await jwtVerify(token, publicKey as CryptoKey, { algorithms: ["RS256"] })).payload;
      } catch {
        return null;
      }
    },
    async jwks() {
      return { keys: [{ ...(await exportJWK(publicKey as CryptoKey)), kid, alg: "RS256", use: "sig" }] };
    },
  };
}
