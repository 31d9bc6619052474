import express, { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Paths the service answers itself; everything else that asks for HTML is a page of the web client. */
const SERVICE_PATHS = /^\/(graphql|auth|calendar|reports|talks|notifikationer\/afmeld|health|metrics|hjaelp)(\/|$)/;

/**
 * Nothing leaves the origin: scripts, styles, fonts and images are the
 * build's own files, and the page talks only to this service. No inline
 * script or style is allowed either (React sets styles through the DOM).
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function setPageHeaders(res: Response): void {
  res.setHeader('content-security-policy', WEB_CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
}

/** web/dist, found from this file whether it runs from src/ (ts-node, tests) or dist/src/ (built). */
export function findWebDist(from = __dirname): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'web', 'package.json'))) return join(dir, 'web', 'dist');
  }
  return undefined;
}

let stylesheet: string | undefined;

/** The built client's stylesheet (DKFDS and ours), for server-rendered pages; undefined until there is a build. */
export function webStylesheet(distDir = findWebDist()): string | undefined {
  if (stylesheet) return stylesheet;
  const index = distDir && join(distDir, 'index.html');
  const html = index && existsSync(index) ? readFileSync(index, 'utf8') : '';
  stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  return stylesheet;
}

/**
 * Serves the built web client at /: hashed assets with a year's caching, and
 * index.html for every page path (the client routes). A build that is missing
 * gives a plain page saying how to build it, not a blank screen.
 */
export function webClient(distDir = findWebDist()) {
  const indexFile = distDir && join(distDir, 'index.html');
  const assets = distDir ? express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }) : undefined;
  let index: string | undefined;
  const readIndex = () => (index ??= indexFile && existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined);

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (SERVICE_PATHS.test(req.path)) return next();
    if (req.path.startsWith('/assets/') && assets) {
      res.setHeader('x-content-type-options', 'nosniff');
      req.url = req.url.slice('/assets'.length);
      return assets(req, res, (error?: unknown) => {
        req.url = `/assets${req.url}`;
        if (error) res.status(404).type('text/plain').send('Not found');
        else next();
      });
    }
    if (!req.accepts('html')) return next();
    const html = readIndex();
    setPageHeaders(res);
    res.setHeader('cache-control', 'no-cache');
    if (!html) {
      res.status(503).type('html').send('<!doctype html><html lang="da"><title>NSK-netværket</title><h1>Webklienten er ikke bygget</h1><p>Kør <code>npm run build:web</code> og genstart tjenesten.</p></html>');
      return;
    }
    res.status(200).type('html').send(html);
  };
}
