import { Global, Module } from '@nestjs/common';
import { SESSION_AUTHENTICATOR } from '../platform/auth/session-authentication';
import { DevSignInController } from './dev/dev-sign-in.controller';
import { OidcController } from './oidc/oidc.controller';
import { OidcSignIn } from './oidc/oidc-sign-in';
import { CookieSessionAuthenticator } from './sessions/cookie-session-authenticator';
import { SessionExpiryService } from './sessions/session-expiry.service';
import { SessionIssuer } from './sessions/session-issuer';
import { SessionController } from './sessions/session.controller';
import { SignedInPeople } from './sessions/signed-in-people';
import { WebSessions } from './sessions/web-sessions';

/**
 * Sign-in for the web client: server-side sessions, OpenID Connect, and the
 * development sign-in page. Global because it provides the platform's
 * SessionAuthenticator, which every GraphQL request consults.
 */
@Global()
@Module({
  controllers: [SessionController, DevSignInController, OidcController],
  providers: [
    WebSessions,
    SignedInPeople,
    SessionIssuer,
    SessionExpiryService,
    OidcSignIn,
    CookieSessionAuthenticator,
    { provide: SESSION_AUTHENTICATOR, useExisting: CookieSessionAuthenticator },
  ],
  exports: [SESSION_AUTHENTICATOR],
})
export class SignInModule {}
