/**
 * The floor for bench/throughput.bench.ts: a bare node:http server that does
 * the work the service does for the benchmark query, with nothing else —
 * verify the same RS256 token, open a transaction as the runtime role, set the
 * tenant and read the caller with their memberships (one round trip, as the
 * service does), and run the same statements through pg: the network, a page
 * of meetings, their agenda items. It parses
 * no GraphQL; it answers the two queries the benchmark sends (the nested read,
 * and the preparation read, told apart by its invitations). Plain JavaScript,
 * so that it runs as directly as the built service does.
 *
 *   DATABASE_URL=... JWT_PUBLIC_KEY_PEM=... AUTH_ISSUER=... AUTH_AUDIENCE=... node bench/lib/floor-server.cjs
 * prints `listening <port>` when ready.
 */
const { createServer } = require('node:http');
const { importSPKI, jwtVerify } = require('jose');
const { escapeLiteral, Pool } = require('pg');

const PAGE = 20;

async function main() {
  const key = await importSPKI(process.env.JWT_PUBLIC_KEY_PEM, 'RS256');
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE || 20) });

  const answer = async (request) => {
    const { payload } = await jwtVerify((request.headers.authorization || '').replace(/^Bearer /, ''), key, { issuer: process.env.AUTH_ISSUER, audience: process.env.AUTH_AUDIENCE });
    const body = JSON.parse(await readBody(request));
    if (body.query.includes('invitations')) return preparation(payload, body.variables);
    return asCaller(payload, async (client) => {
      const { rows: [network] } = await client.query('SELECT id, name FROM network WHERE id = $1', [body.variables.id]);
      const { rows: meetings } = await client.query('SELECT id, title, starts_at FROM meeting WHERE network_id = $1 ORDER BY starts_at, id LIMIT $2', [network.id, PAGE + 1]);
      const page = meetings.slice(0, PAGE);
      const { rows: items } = await client.query('SELECT meeting_id, position, type, title FROM agenda_item WHERE meeting_id = ANY($1) ORDER BY position', [page.map((m) => m.id)]);
      const nodes = page.map((m) => ({
        id: m.id,
        title: m.title,
        startsAt: m.starts_at.toISOString(),
        agenda: items.filter((i) => i.meeting_id === m.id).map((i) => ({ position: i.position, type: String(i.type).toUpperCase(), title: i.title })),
      }));
      return { data: { network: { name: network.name, meetings: { nodes } } } };
    });
  };

  /**
   * The preparation read with the service's 10 statements (counted from its log): the start with the caller's
   * roles and memberships, the network, the page of meetings from a time, their agenda items, talks, the network's
   * memberships, the meetings' attendance rows, the staff (presenters and invitees) with their departments, the
   * speakers, the commit. Invitations are derived here as there: the members whose membership covers the
   * meeting's date in Copenhagen.
   */
  const preparation = (payload, variables) =>
    asCaller(payload, async (client, staff) => {
      if (!staff.memberships.some((m) => m.networkId === variables.id)) throw new Error('not a member');
      const { rows: [network] } = await client.query('SELECT id, name FROM network WHERE id = ANY($1)', [[variables.id]]);
      const { rows: meetings } = await client.query('SELECT id, title, starts_at FROM meeting WHERE network_id = $1 AND starts_at >= $2 ORDER BY starts_at, id LIMIT $3', [network.id, variables.from, PAGE + 1]);
      const page = meetings.slice(0, PAGE);
      const ids = page.map((m) => m.id);
      const { rows: items } = await client.query('SELECT meeting_id, position, type, title, presenter_id FROM agenda_item WHERE meeting_id = ANY($1) ORDER BY position', [ids]);
      const { rows: talks } = await client.query('SELECT meeting_id, topic, speaker_id FROM talk WHERE meeting_id = ANY($1) ORDER BY starts_at', [ids]);
      const { rows: memberships } = await client.query('SELECT staff_user_id, joined_on::text AS joined_on, left_on::text AS left_on FROM network_membership WHERE network_id = ANY($1)', [[network.id]]);
      const { rows: answers } = await client.query('SELECT meeting_id, staff_user_id, rsvp FROM meeting_attendance WHERE meeting_id = ANY($1)', [ids]);
      const invitees = new Map(page.map((m) => {
        const day = copenhagenDate(m.starts_at);
        return [m.id, [...new Set(memberships.filter((ms) => ms.joined_on <= day && (ms.left_on === null || ms.left_on > day)).map((ms) => ms.staff_user_id))]];
      }));
      const staffIds = [...new Set([...items.map((i) => i.presenter_id).filter(Boolean), ...[...invitees.values()].flat()])];
      const { rows: people } = await client.query(
        "SELECT t.id, t.display_name, (SELECT json_build_object('id', d.id, 'name', d.name) FROM department d WHERE d.id = t.department_id) AS department FROM staff_user t WHERE t.id = ANY($1)",
        [staffIds],
      );
      const { rows: speakers } = await client.query('SELECT id, name FROM speaker WHERE id = ANY($1)', [[...new Set(talks.map((t) => t.speaker_id))]]);
      const person = new Map(people.map((p) => [p.id, p]));
      const speakerName = new Map(speakers.map((sp) => [sp.id, sp.name]));
      const staffMember = (id) => ({ displayName: person.get(id).display_name, department: { name: person.get(id).department.name } });
      const nodes = page.map((m) => ({
        id: m.id,
        title: m.title,
        startsAt: m.starts_at.toISOString(),
        agenda: items.filter((i) => i.meeting_id === m.id).map((i) => ({ position: i.position, type: String(i.type).toUpperCase(), title: i.title, presenter: i.presenter_id ? staffMember(i.presenter_id) : null })),
        talks: talks.filter((t) => t.meeting_id === m.id).map((t) => ({ topic: t.topic, speaker: { name: speakerName.get(t.speaker_id) } })),
        invitations: invitees.get(m.id).map((id) => ({ rsvp: answers.find((a) => a.meeting_id === m.id && a.staff_user_id === id)?.rsvp?.toUpperCase() ?? null, staffMember: staffMember(id) })),
      }));
      return { data: { network: { name: network.name, meetings: { nodes } } } };
    });

  /** One transaction as the caller, begun as the service begins it; `work` runs its statements, then COMMIT. */
  const asCaller = async (payload, work) => {
    const client = await pool.connect();
    try {
      const result = await work(client, await caller(client, payload));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  /**
   * As the service begins every request: START TRANSACTION, the tenant setting and the caller's record
   * (roles, memberships) in one simple-protocol message (UnitOfWork.beginWith), the subject a quoted literal.
   */
  const caller = async (client, payload) => {
    const results = await client.query(`START TRANSACTION; SELECT set_config('app.municipality_id', '${String(payload.municipality_id).replace(/[^0-9a-f-]/g, '')}', true);
      SELECT s.id, s.active, ARRAY(SELECT g.role::text FROM role_grant g WHERE g.staff_id = s.id AND g.revoked_at IS NULL ORDER BY g.role) AS granted,
        (SELECT coalesce(json_agg(json_build_object('networkId', m.network_id, 'role', m.role, 'joinedOn', m.joined_on::text, 'leftOn', m.left_on::text)), '[]'::json)
           FROM network_membership m WHERE m.staff_user_id = s.id) AS memberships
      FROM staff_user s WHERE s.subject = ${escapeLiteral(payload.sub)}`);
    return results[2].rows[0];
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

const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The meeting's date in Copenhagen, 'YYYY-MM-DD' (the service's localDate). */
function copenhagenDate(instant) {
  return COPENHAGEN_DAY.format(instant);
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
