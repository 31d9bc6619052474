import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../platform/errors/app-error';
import { ReportFormat } from './statistics.model';

export const REPORT_LINK_MINUTES = 15;
export const ReportLinkError = { Invalid: 'LINK_INVALID', Expired: 'LINK_EXPIRED' } as const;

export interface ReportClaims {
  municipalityId: string;
  teamId: string;
  from: string;
  to: string;
  format: ReportFormat;
  /** Decided when the link is made: the team's own members see small cells, nobody else does. */
  suppressSmallCells: boolean;
}

/** A short-lived signed link to one report, so a browser can open it without the API token. */
export function signReportLink(secret: Uint8Array, claims: ReportClaims, expiresAt: Date): Promise<string> {
  return new SignJWT({ mid: claims.municipalityId, from: claims.from, to: claims.to, fmt: claims.format, sup: claims.suppressSmallCells })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.teamId)
    .setAudience('statistics-report')
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(secret);
}

export async function verifyReportLink(secret: Uint8Array, token: string): Promise<ReportClaims> {
  try {
    const { payload: p } = await jwtVerify(token, secret, { algorithms: ['HS256'], audience: 'statistics-report' });
    const formats: unknown[] = Object.values(ReportFormat);
    if (typeof p.sub !== 'string' || typeof p.mid !== 'string' || typeof p.from !== 'string' || typeof p.to !== 'string' || !formats.includes(p.fmt) || typeof p.sup !== 'boolean') {
      throw new AppError(ReportLinkError.Invalid, 'This report link is not valid');
    }
    return { municipalityId: p.mid, teamId: p.sub, from: p.from, to: p.to, format: p.fmt as ReportFormat, suppressSmallCells: p.sup };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof errors.JWTExpired) throw new AppError(ReportLinkError.Expired, 'This report link has expired; make a new one');
    throw new AppError(ReportLinkError.Invalid, 'This report link is not valid');
  }
}
