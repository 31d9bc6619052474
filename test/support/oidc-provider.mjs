// A real OpenID provider (oidc-provider) on loopback for the sign-in tests.
// ESM-only, so it runs as its own process: node oidc-provider.mjs <port> <client_id> <redirect_uri>.
// Its development login form accepts any login and uses it as the subject (`sub`).
import Provider from 'oidc-provider';

const [port, clientId, redirectUri] = process.argv.slice(2);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{ client_id: clientId, redirect_uris: [redirectUri], token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'] }],
  findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
  features: { devInteractions: { enabled: true } },
});
// The dev-interaction warnings would only clutter the test output.
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider: ${error.message}\n`));
provider.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
