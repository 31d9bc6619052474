import { applyDecorators, Header } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../errors/app-error';

const PAGE_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The headers of a page a signed link in a mail opens (a speaker's reply, an
 * unsubscribe): HTML, never cached, no scripts, and no Referer that would
 * carry the token on.
 */
export const LinkPageHeaders = () =>
  applyDecorators(
    Header('content-type', 'text/html; charset=utf-8'),
    Header('cache-control', 'no-store'),
    Header('content-security-policy', PAGE_POLICY),
    Header('referrer-policy', 'no-referrer'),
  );

/** Renders a link's page; a refused link (a code in `statusByCode`) is the `refused` page with that status and X-Error-Code, anything else a real error. */
export async function renderLinkPage(res: Response, statusByCode: Record<string, number>, refused: (code: string) => string, work: () => Promise<string>): Promise<string> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && statusByCode[error.code]) {
      res.status(statusByCode[error.code]);
      res.setHeader('x-error-code', error.code);
      return refused(error.code);
    }
    throw error;
  }
}
