import { redactPath } from '../../src/platform/telemetry/scrub-span';

describe('redactPath (what a trace keeps of a URL)', () => {
  it.each([
    ['/graphql', '/graphql'],
    ['/health/ready', '/health/ready'],
    ['/calendar/Zk9vQmFyQmF6UXV4U2VjcmV0.ics', '/calendar/:value'],
    ['/talks/respond?token=eyJhbGciOiJIUzI1NiJ9.eyJ0YWxrIjoiMSJ9.sig', '/talks/respond'],
    ['/web/meetings/3f0c9a52-8d1e-4c77-9a0e-2b1f5f0d9e11', '/web/meetings/:value'],
    ['/assets/index.js', '/assets/index.js'],
    ['/search/150385-1234', '/search/:value'],
    ['/people/Fatima', '/people/:value'],
  ])('%s → %s', (path, kept) => expect(redactPath(path)).toBe(kept));
});
