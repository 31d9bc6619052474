import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../platform/errors/app-error';

export type TalkAnswer = 'confirm' | 'decline';

export const LinkErrorCode = {
  Invalid: 'LINK_INVALID',
  Expired: 'LINK_EXPIRED',
  Used: 'LINK_USED',
} as const;

export interface TalkLinkClaims {
  talkId: string;
  municipalityId: string;
  answer: TalkAnswer;
}

/** A signed link for a speaker with no account: who (talk, municipality) and what (confirm or decline), until it expires. */
export function signTalkLink(secret: Uint8Array, claims: TalkLinkClaims, expiresAt: Date): Promise<string> {
  return new SignJWT({ mid: claims.municipalityId, ans: claims.answer })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.talkId)
    .setAudience('talk-response')
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(secret);
}

export async function verifyTalkLink(secret: Uint8Array, token: string): Promise<TalkLinkClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], audience: 'talk-response' });
    if (typeof payload.sub !== 'string' || typeof payload.mid !== 'string' || (payload.ans !== 'confirm' && payload.ans !== 'decline')) {
      throw new AppError(LinkErrorCode.Invalid, 'This link is not valid');
    }
    return { talkId: payload.sub, municipalityId: payload.mid, answer: payload.ans };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof errors.JWTExpired) throw new AppError(LinkErrorCode.Expired, 'This link has expired; please contact the coordinator');
    throw new AppError(LinkErrorCode.Invalid, 'This link is not valid');
  }
}
