import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const PUBLISH = 'mutation($i: PublishPreparednessPlanInput!) { publishPreparednessPlan(input: $i) { id version title changeNote publishedBy { displayName } cards { id position title } } }';
const PLAN = 'query($v: Int) { preparednessPlan(version: $v) { version title cards { position title concernLevel personConcerned acuteDanger steps contacts { kind name howToReach } legalNotes } } }';
const VERSIONS = '{ preparednessPlanVersions { version title } }';
const FIND = 'query($s: SituationInput!) { findActionCards(situation: $s) { title position } }';

/** Horsens-style cards: the acute card for a child names the police and the duty to notify. */
const CARDS = [
  {
    title: 'Akut fare – barn eller ung',
    concernLevel: null,
    personConcerned: 'CHILD',
    acuteDanger: true,
    steps: ['Ring 112, hvis der er akut fare', 'Underret familieafdelingen samme dag', 'Kontakt TÆK for risikovurdering'],
    contacts: [
      { kind: 'POLICE', name: 'Politiet', howToReach: '112' },
      { kind: 'SPECIALIST_TEAM', name: 'TÆK', howToReach: 'taek@kommune.invalid' },
    ],
    legalNotes: ['Skærpet underretningspligt efter barnets lov § 133'],
  },
  {
    title: 'Mistanke – barn eller ung',
    concernLevel: 'SUSPICION',
    personConcerned: 'CHILD',
    acuteDanger: false,
    steps: ['Drøft bekymringen med din leder', 'Søg sparring hos netværkets ressourcepersoner', 'Vurder om der skal underrettes'],
    contacts: [{ kind: 'RESOURCE_PERSONS', name: 'Ressourcenetværket', howToReach: 'Intranettet' }],
    legalNotes: ['Underretningspligt efter barnets lov § 133'],
  },
  {
    title: 'Voksen – viden eller mistanke',
    personConcerned: 'ADULT',
    steps: ['Tal med borgeren alene', 'Tilbyd kontakt til sikkerhedskonsulenten'],
    contacts: [{ kind: 'SAFETY_CONSULTANT', name: 'Sikkerhedskonsulent, Region Midtjylland', howToReach: '70 00 00 00' }],
    legalNotes: [],
  },
  {
    title: 'Alle situationer: dokumentation',
    steps: ['Notér hvad du har set og hørt, uden at vurdere'],
    contacts: [],
    legalNotes: [],
  },
];

describe('preparedness plan and action cards', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let network: NetworkFixture;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Horsens');
    network = await createNetwork(api, town);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('has no plan until the admin publishes one, and only the admin publishes', async () => {
    expect((await api.gql(PLAN, {}, town.tokens.member)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await api.gql(PUBLISH, { i: { title: 'Beredskabsplan', cards: CARDS } }, network.coordinator.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('publishes versions; each keeps its cards in order, and staff read the current or an earlier one', async () => {
    const first = ok(await api.gql<{ publishPreparednessPlan: { version: number; cards: { position: number }[]; publishedBy: { displayName: string } } }>(PUBLISH, { i: { title: 'Beredskabsplan 2023', cards: CARDS.slice(0, 2) } }, town.tokens.admin)).publishPreparednessPlan;
    expect(first).toMatchObject({ version: 1, publishedBy: { displayName: 'Admin' } });
    expect(first.cards.map((c) => c.position)).toEqual([1, 2]);
    const second = ok(await api.gql<{ publishPreparednessPlan: { version: number; changeNote: string } }>(PUBLISH, { i: { title: 'Beredskabsplan 2024', changeNote: 'Voksenområdet tilføjet', cards: CARDS } }, town.tokens.admin)).publishPreparednessPlan;
    expect(second).toMatchObject({ version: 2, changeNote: 'Voksenområdet tilføjet' });

    const current = ok(await api.gql<{ preparednessPlan: { version: number; cards: Record<string, unknown>[] } }>(PLAN, {}, network.health.token)).preparednessPlan;
    expect(current.version).toBe(2);
    expect(current.cards).toHaveLength(4);
    expect(current.cards[0]).toEqual({
      position: 1,
      title: 'Akut fare – barn eller ung',
      concernLevel: null,
      personConcerned: 'CHILD',
      acuteDanger: true,
      steps: CARDS[0].steps,
      contacts: CARDS[0].contacts,
      legalNotes: CARDS[0].legalNotes,
    });
    const earlier = ok(await api.gql<{ preparednessPlan: { version: number; cards: unknown[] } }>(PLAN, { v: 1 }, network.health.token)).preparednessPlan;
    expect(earlier).toMatchObject({ version: 1, cards: [expect.anything(), expect.anything()] });
    expect(ok(await api.gql<{ preparednessPlanVersions: { version: number }[] }>(VERSIONS, {}, network.job.token)).preparednessPlanVersions.map((v) => v.version)).toEqual([2, 1]);
    expect((await api.gql(PLAN, { v: 9 }, network.job.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a plan without cards or a card without steps, and publishes nothing then', async () => {
    for (const cards of [[], [{ title: 'Tomt kort', steps: [] }]]) {
      const refused = await api.gql(PUBLISH, { i: { title: 'Ufuldstændig', cards } }, town.tokens.admin);
      expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(ok(await api.gql<{ preparednessPlan: { version: number } }>(PLAN, {}, town.tokens.member)).preparednessPlan.version).toBe(2);
  });

  it('finds the card that fits the answers, most specific first, with the general card last', async () => {
    const find = async (situation: Record<string, unknown>) => ok(await api.gql<{ findActionCards: { title: string }[] }>(FIND, { s: situation }, network.school.token)).findActionCards.map((c) => c.title);
    expect(await find({ concernLevel: 'SUSPICION', personConcerned: 'CHILD', acuteDanger: true })).toEqual(['Akut fare – barn eller ung', 'Alle situationer: dokumentation']);
    expect(await find({ concernLevel: 'SUSPICION', personConcerned: 'CHILD', acuteDanger: false })).toEqual(['Mistanke – barn eller ung', 'Alle situationer: dokumentation']);
    expect(await find({ concernLevel: 'KNOWLEDGE', personConcerned: 'CHILD', acuteDanger: false })).toEqual(['Alle situationer: dokumentation']);
    expect(await find({ concernLevel: 'KNOWLEDGE', personConcerned: 'ADULT', acuteDanger: true })).toEqual(['Voksen – viden eller mistanke', 'Alle situationer: dokumentation']);
  });

  it('lets advice in a case discussion point to a card, and refuses a card that does not exist', async () => {
    const plan = ok(await api.gql<{ preparednessPlan: { cards: { title: string }[] } }>('{ preparednessPlan { cards { id title } } }', {}, network.health.token)).preparednessPlan as { cards: { id: string; title: string }[] };
    const card = plan.cards.find((c) => c.title.startsWith('Mistanke'))!;
    const created = ok(
      await api.gql<{ createCaseDiscussion: { id: string } }>(
        'mutation($i: CreateCaseInput!) { createCaseDiscussion(input: $i) { id } }',
        { i: { networkId: network.networkId, concernCategories: ['RESTRICTED_FREEDOM_OF_MOVEMENT'], ageBand: 'AGE_13_17', affected: ['THE_PERSON'], narrative: 'En pige i udskolingen må ikke deltage i lejrskole.', actionsTaken: '', question: 'Hvordan griber vi det an?', acknowledgeQuasiIdentifiers: false } },
        network.school.token,
      ),
    ).createCaseDiscussion;
    const respond = (actionCardId: string) =>
      api.gql<{ respondToCase: { advice: string; actionCard: { title: string } | null } }>(
        'mutation($i: RespondToCaseInput!) { respondToCase(input: $i) { advice actionCard { title steps } } }',
        { i: { caseId: created.id, advice: 'Følg handlekortet og tal med din leder i dag.', actionCardId } },
        network.health.token,
      );
    expect(ok(await respond(card.id)).respondToCase).toEqual({ advice: 'Følg handlekortet og tal med din leder i dag.', actionCard: { title: card.title, steps: CARDS[1].steps } });
    expect((await respond('00000000-0000-4000-8000-000000000000')).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
