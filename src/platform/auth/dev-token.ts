import { SignJWT } from 'jose';
import { MUNICIPALITY_CLAIM, ROLES_CLAIM } from './token-verifier.service';
import { Role } from './role.enum';

export interface DevTokenClaims {
  subject: string;
  municipalityId: string;
  roles: Role[];
  /** e.g. '8h', or a negative number of seconds for an already expired token (tests). */
  expiresIn?: string | number;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token with the development secret. Used by `npm run token` and the tests. */
export function signDevToken(secret: string, claims: DevTokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ [MUNICIPALITY_CLAIM]: claims.municipalityId, [ROLES_CLAIM]: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuedAt(now)
    .setExpirationTime(typeof claims.expiresIn === 'number' ? now + claims.expiresIn : (claims.expiresIn ?? '8h'));
  if (claims.issuer) jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
