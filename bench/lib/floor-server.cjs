/**
 * The floor for bench/throughput.bench.ts: a bare node:http server that does
 * the work the service does for the benchmark query, with nothing else —
 * verify the same RS256 token, open a transaction as the runtime role, set the
 * tenant, and run the same statements through pg: the caller, their
 * memberships, the network, a page of meetings, their agenda items. It parses
 * no GraphQL; it answers the one query the benchmark sends. Plain JavaScript,
 * so that it runs as directly as the built service does.
 *
 *   DATABASE_URL=... JWT_PUBLIC_KEY_PEM=... AUTH_ISSUER=... AUTH_AUDIENCE=... node bench/lib/floor-server.cjs
 * prints `listening <port>` when ready.
 */
const { createServer } = require('node:http');
const { importSPKI, jwtVerify } = require('jose');
const { Pool } = require('pg');

const PAGE = 20;

async function main() {
  const key = await importSPKI(process.env.JWT_PUBLIC_KEY_PEM, 'RS256');
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE || 20) });

  const answer = async (request) => {
    const { payload } = await jwtVerify((request.headers.authorization || '').replace(/^Bearer /, ''), key, { issuer: process.env.AUTH_ISSUER, audience: process.env.AUTH_AUDIENCE });
    const body = JSON.parse(await readBody(request));
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.municipality_id', $1, true)", [payload.municipality_id]);
      const { rows: [staff] } = await client.query('SELECT id, active FROM staff_user WHERE subject = $1', [payload.sub]);
      await client.query('SELECT network_id, role, joined_on, left_on FROM network_membership WHERE staff_user_id = $1', [staff.id]);
      const { rows: [network] } = await client.query('SELECT id, name FROM network WHERE id = $1', [body.variables.id]);
      const { rows: meetings } = await client.query('SELECT id, title, starts_at FROM meeting WHERE network_id = $1 ORDER BY starts_at, id LIMIT $2', [network.id, PAGE + 1]);
      const page = meetings.slice(0, PAGE);
      const { rows: items } = await client.query('SELECT meeting_id, position, type, title FROM agenda_item WHERE meeting_id = ANY($1) ORDER BY position', [page.map((m) => m.id)]);
      await client.query('COMMIT');
      const nodes = page.map((m) => ({
        id: m.id,
        title: m.title,
        startsAt: m.starts_at.toISOString(),
        agenda: items.filter((i) => i.meeting_id === m.id).map((i) => ({ position: i.position, type: String(i.type).toUpperCase(), title: i.title })),
      }));
      return { data: { network: { name: network.name, meetings: { nodes } } } };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  const server = createServer((request, response) => {
    answer(request).then(
      (result) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
      () => response.writeHead(500).end('{"errors":[{"message":"failed"}]}'),
    );
  });
  server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
  process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

void main();
