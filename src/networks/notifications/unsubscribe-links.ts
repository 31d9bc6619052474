import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../platform/errors/app-error';
import { NotificationKind } from './notification-kind';

export const UnsubscribeErrorCode = { Invalid: 'LINK_INVALID', Expired: 'LINK_EXPIRED' } as const;

export interface UnsubscribeClaims {
  staffUserId: string;
  municipalityId: string;
  kind: NotificationKind;
}

/** A year: a List-Unsubscribe link must keep working while the mail sits in an inbox (RFC 8058 asks for no expiry at all). */
const VALID_FOR_SECONDS = 365 * 24 * 3600;

/** The credential in a notification's unsubscribe link: who, in which municipality, which kind of mail. */
export function signUnsubscribeLink(secret: Uint8Array, claims: UnsubscribeClaims): Promise<string> {
  return new SignJWT({ mid: claims.municipalityId, kind: claims.kind })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.staffUserId)
    .setAudience('unsubscribe')
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + VALID_FOR_SECONDS)
    .sign(secret);
}

export async function verifyUnsubscribeLink(secret: Uint8Array, token: string): Promise<UnsubscribeClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], audience: 'unsubscribe' });
    const kind = payload.kind as NotificationKind;
    if (typeof payload.sub !== 'string' || typeof payload.mid !== 'string' || !Object.values(NotificationKind).includes(kind)) {
      throw new AppError(UnsubscribeErrorCode.Invalid, 'This link is not valid');
    }
    return { staffUserId: payload.sub, municipalityId: payload.mid, kind };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof errors.JWTExpired) throw new AppError(UnsubscribeErrorCode.Expired, 'This link has expired');
    throw new AppError(UnsubscribeErrorCode.Invalid, 'This link is not valid');
  }
}
