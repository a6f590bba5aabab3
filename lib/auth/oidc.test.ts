import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { oidcProvider, singleSignOnName } from "./oidc";

describe("single sign-on configuration", () => {
  it("is off unless the environment names a provider", () => {
    expect(oidcProvider(parseEnv({}))).toBeNull();
    expect(singleSignOnName(parseEnv({}))).toBeNull();
  });

  it("builds an OpenID Connect provider from the issuer, with PKCE and the user's e-mail", () => {
    const env = parseEnv({
      OIDC_ISSUER: "https://login.aachen.example/realms/stadt/",
      OIDC_CLIENT_ID: "wegweiser",
      OIDC_CLIENT_SECRET: "geheim",
      OIDC_NAME: "Stadt Aachen",
    });
    const provider = oidcProvider(env)!;
    expect(provider).toMatchObject({
      id: "oidc",
      name: "Stadt Aachen",
      wellKnown: "https://login.aachen.example/realms/stadt/.well-known/openid-configuration",
      checks: ["pkce", "state"],
      clientId: "wegweiser",
    });
    expect(
      provider.profile!({ sub: "42", email: "Kim@Aachen.example", preferred_username: "kim" }, {} as never),
    ).toMatchObject({
      id: "42",
      email: "Kim@Aachen.example",
      name: "kim",
    });
  });

  it("refuses half a configuration with a sentence naming what is missing", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://login.aachen.example/realms/stadt" })).toThrow(
      /OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/,
    );
  });
});
