/**
 * PostGraphile v4 over the service's tables, for bench/throughput.bench.ts.
 * It connects as the same runtime role (nsk_app), so row-level security
 * applies exactly as it does to the service, and it sets the same tenant
 * setting (app.municipality_id) from the same RS256 token, verified here
 * against the identity provider's public key.
 *
 *   DATABASE_URL=... JWT_PUBLIC_KEY_PEM=... node bench/postgraphile/server.cjs
 * prints `listening <port>` when ready.
 */
const http = require('node:http');
const { Pool } = require('pg');
const jwt = require('jsonwebtoken');
const { postgraphile } = require('postgraphile');

const publicKey = process.env.JWT_PUBLIC_KEY_PEM;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE || 20) });

const middleware = postgraphile(pool, 'public', {
  graphqlRoute: '/graphql',
  disableQueryLog: true,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  pgSettings: (req) => {
    const header = req.headers.authorization || '';
    const claims = jwt.verify(header.replace(/^Bearer /, ''), publicKey, {
      algorithms: ['RS256'],
      issuer: process.env.AUTH_ISSUER,
      audience: process.env.AUTH_AUDIENCE,
    });
    return { 'app.municipality_id': claims.municipality_id };
  },
});

const server = http.createServer(middleware);
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
