import type { IncomingHttpHeaders } from 'node:http';

/** The session's cookie. `__Host-` (Secure, path /, no Domain) wherever the service is reached over https. */
export const SESSION_COOKIE = 'nsk_session';
export const SECURE_SESSION_COOKIE = '__Host-nsk_session';
/** The short-lived cookie that carries a sign-in in progress through the identity provider. */
export const LOGIN_COOKIE = 'nsk_login';
export const CSRF_HEADER = 'x-csrf-token';

/** Reads one cookie; cookies are never logged, so nothing here is echoed. */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  const header = headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds?: number;
  path?: string;
}

/**
 * httpOnly always; SameSite=Lax, so the redirect back from the identity
 * provider (a top-level GET) carries the sign-in cookie, while cross-site
 * requests that could change anything do not carry the session (and GraphQL
 * requires the CSRF header besides).
 */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, `Path=${options.path ?? '/'}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join('; ');
}

/** Over https the session cookie gets the `__Host-` prefix; plain http is for development on loopback only. */
export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}
