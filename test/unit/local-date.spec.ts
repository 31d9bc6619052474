import { coversDate, localDate } from '../../src/networks/networks/network-access.service';
import { NetworkMembership } from '../../src/networks/networks/network-membership.entity';

describe('dates in Danish local time, as invitations and date columns use them', () => {
  it('gives the date in Copenhagen around midnight, in summer and winter time and on the days the clocks change', () => {
    expect(localDate(new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01');
    expect(localDate(new Date('2026-12-01T23:00:00Z'))).toBe('2026-12-02'); // 00:00 in winter (UTC+1)
    expect(localDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(localDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01'); // 00:00 in summer (UTC+2)
    expect(localDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // the night summer time begins
    expect(localDate(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25'); // the night it ends
    expect(localDate(new Date('1999-12-31T23:00:00Z'))).toBe('2000-01-01');
  });

  it('counts a membership from the day it began until the day before it ended', () => {
    const membership = Object.assign(new NetworkMembership(), { joinedOn: '2026-01-10', leftOn: '2026-03-01' });
    expect(['2026-01-09', '2026-01-10', '2026-02-28', '2026-03-01'].map((day) => coversDate(membership, day))).toEqual([false, true, true, false]);
    expect(coversDate(Object.assign(new NetworkMembership(), { joinedOn: '2026-01-10', leftOn: null }), '2099-01-01')).toBe(true);
  });
});
