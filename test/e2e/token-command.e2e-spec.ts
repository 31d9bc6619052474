import { spawnSync } from 'node:child_process';
import { decodeJwt } from 'jose';
import { GLADSAXE } from '../../src/demo/demo-data';
import { PROJECT_ROOT } from '../utils/service-process';

const runTokenCommand = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/mint-dev-token.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });

describe('npm run token', () => {
  it('mints a development token for a demo user with their municipality and roles', () => {
    const result = runTokenCommand(['gladsaxe.dpo']);
    expect(result.status).toBe(0);
    const claims = decodeJwt(result.stdout.trim());
    expect(claims).toMatchObject({ sub: 'gladsaxe.dpo', municipality_id: GLADSAXE.id, roles: ['staff', 'data_protection_officer'] });
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
  });

  it('lists the demo users when the subject is unknown', () => {
    const result = runTokenCommand(['nobody']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('gladsaxe.coordinator');
    expect(result.stdout).toBe('');
  });

  it('refuses to run in production', () => {
    const result = runTokenCommand(['gladsaxe.admin'], {
      NODE_ENV: 'production',
      DATABASE_APP_URL: 'postgres://a@db/nsk',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'nsk',
      CPR_HASH_SECRET: 'a-production-secret-of-at-least-32-chars',
      EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 9).toString('base64'),
      LINK_SIGNING_SECRET: 'a-production-link-secret-of-32-chars-or-more',
      LEDGER_SIGNING_KEY: Buffer.alloc(32, 'production-ledger').toString('base64'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refused');
    expect(result.stdout).toBe('');
  });
});
