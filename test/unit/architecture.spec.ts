import { join } from 'node:path';
import { areaOf, findCycles, forbiddenImports, ImportEdge, readImportGraph } from '../utils/import-graph';

/**
 * Which area of src/ may use which. Dependencies run one way: everything may use
 * platform/, the product's areas may use organisation/ and privacy/, and the
 * rest follows how the work builds on itself (talks sit in meetings; case
 * discussions are brought to networks and may cite action cards; counsellor
 * cases share the case reference counter; a housing area's working group is a
 * network). `root` (app.module.ts, main.ts,
 * entities.ts) and demo/ compose everything.
 */
const ALLOWED: Record<string, readonly string[]> = {
  platform: [],
  organisation: ['platform'],
  privacy: ['platform'],
  guidance: ['platform', 'organisation'],
  consent: ['platform', 'organisation', 'privacy'],
  networks: ['platform', 'organisation', 'privacy'],
  speakers: ['platform', 'organisation', 'networks'],
  cases: ['platform', 'organisation', 'privacy', 'networks', 'consent', 'guidance'],
  counselling: ['platform', 'organisation', 'privacy', 'networks', 'cases'],
  signin: ['platform', 'organisation'],
  community: ['platform', 'organisation', 'networks'],
  demo: ['root', 'platform', 'organisation', 'privacy', 'guidance', 'consent', 'networks', 'speakers', 'cases', 'counselling', 'community'],
};

const graph = readImportGraph(join(__dirname, '..', '..'), 'src');

describe('src/ layout', () => {
  it('knows every area', () => {
    const areas = new Set(graph.flatMap(({ from, to }) => [areaOf(from), areaOf(to)]));
    areas.delete('root');
    expect([...areas].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('imports only in the allowed direction between areas', () => {
    expect(forbiddenImports(graph, ALLOWED)).toEqual([]);
  });

  it('has no import cycles between files', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('imports resolvers only from their modules (services return types from *.model.ts)', () => {
    const intoResolvers = graph.filter(({ from, to }) => to.endsWith('.resolver.ts') && !from.endsWith('.module.ts'));
    expect(intoResolvers.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });
});

describe('the import checks themselves', () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to });

  it('flags an import from platform up into a domain, and allows the reverse', () => {
    const edges = [edge('src/platform/database/x.ts', 'src/consent/ledger/y.ts'), edge('src/consent/ledger/y.ts', 'src/platform/database/x.ts')];
    expect(forbiddenImports(edges, ALLOWED)).toEqual(['src/platform/database/x.ts -> src/consent/ledger/y.ts (platform may not use consent)']);
  });

  it('finds a two-file cycle, a longer one and a self-import, and nothing in a chain', () => {
    const cycles = findCycles([
      edge('a.ts', 'b.ts'),
      edge('b.ts', 'a.ts'),
      edge('c.ts', 'd.ts'),
      edge('d.ts', 'e.ts'),
      edge('e.ts', 'c.ts'),
      edge('f.ts', 'f.ts'),
      edge('g.ts', 'h.ts'),
    ]);
    expect(cycles.map((cycle) => cycle.join(' ')).sort()).toEqual(['a.ts b.ts', 'c.ts d.ts e.ts', 'f.ts']);
  });

  it('reads the real tree: app.module.ts imports the platform', () => {
    expect(graph).toContainEqual(edge('src/app.module.ts', 'src/platform/graphql/graphql.module.ts'));
  });
});
