import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import * as oidc from 'openid-client';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { SignedInPeople, SignedInPerson } from '../sessions/signed-in-people';

/** A sign-in in progress, carried through the identity provider in an encrypted (AES-256-GCM), short-lived cookie. */
interface PendingSignIn {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

export type SignInOutcome = { person: SignedInPerson; returnTo: string } | { refused: 'NOT_STAFF' | 'SIGN_IN_FAILED' };

export const PENDING_SIGN_IN_SECONDS = 600;
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/**
 * OpenID Connect authorization code flow with PKCE (S256), state and nonce,
 * with `openid-client` against the municipality's identity provider (or a
 * broker in front of KOMBIT's Context Handler). The provider says who the
 * person is (`sub`); whether they may sign in, and as whom, is the
 * municipality's staff record with that subject.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger(OidcSignIn.name);
  private configuration?: Promise<oidc.Configuration>;
  private readonly pendingKey: Uint8Array;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: SignedInPeople,
  ) {
    this.pendingKey = createHmac('sha256', config.linkSecret).update('nsk oidc pending sign-in').digest();
  }

  get enabled(): boolean {
    return Boolean(this.config.web.oidc);
  }

  private get redirectUri(): string {
    return `${this.config.publicBaseUrl}/auth/callback`;
  }

  /** Discovered once, on first use; a failed discovery is retried on the next sign-in. */
  private provider(): Promise<oidc.Configuration> {
    const settings = this.config.web.oidc!;
    this.configuration ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, settings.clientSecret ? undefined : oidc.None(), {
        // Plain http only for a provider on this machine (development and the tests' oidc-provider).
        execute: LOOPBACK.test(settings.issuer) ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** Where to send the browser, and the cookie value that remembers this attempt. */
  async begin(returnTo: string): Promise<{ url: string; pending: string }> {
    const provider = await this.provider();
    const pending: PendingSignIn = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce(), returnTo: localPath(returnTo) };
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri,
      scope: this.config.web.oidc!.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    // Encrypted, not only signed: the PKCE verifier and nonce stay unreadable even to what can read the browser's cookies.
    const cookie = await new EncryptJWT({ ...pending }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().setExpirationTime(`${PENDING_SIGN_IN_SECONDS}s`).encrypt(this.pendingKey);
    return { url: url.href, pending: cookie };
  }

  /** Completes the flow from the provider's redirect (the full callback URL as the browser asked for it). */
  async complete(callbackPath: string, pendingCookie: string | undefined): Promise<SignInOutcome> {
    let pending: PendingSignIn;
    try {
      pending = (await jwtDecrypt(pendingCookie ?? '', this.pendingKey, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] })).payload as unknown as PendingSignIn;
    } catch {
      return { refused: 'SIGN_IN_FAILED' };
    }
    let subject: string;
    try {
      const provider = await this.provider();
      const tokens = await oidc.authorizationCodeGrant(provider, new URL(callbackPath, this.config.publicBaseUrl), {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      subject = tokens.claims()!.sub;
    } catch (error) {
      // The library's error names what failed (state, nonce, signature, ...), never a token's content.
      this.logger.warn({ msg: 'OpenID sign-in refused', reason: error instanceof Error ? error.name : 'unknown' });
      return { refused: 'SIGN_IN_FAILED' };
    }
    const municipalityId = await this.people.municipalityByCode(this.config.web.oidc!.municipalityCode);
    const person = municipalityId && (await this.people.bySubject(municipalityId, subject));
    if (!person) return { refused: 'NOT_STAFF' };
    return { person, returnTo: pending.returnTo };
  }
}

/** Only a path on this site (never `//host` or a scheme), so the sign-in cannot be turned into an open redirect. */
export function localPath(path: string | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || hasControlCharacter(path)) return '/';
  return path.slice(0, 500);
}

const hasControlCharacter = (text: string) => [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
