import { repeatEvery } from '../../src/platform/jobs/repeat';

describe('repeatEvery', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the task every interval, hands a failure on and keeps going, and stops', async () => {
    const failures: unknown[] = [];
    let runs = 0;
    const job = repeatEvery(1000, async () => {
      runs += 1;
      if (runs === 2) throw new Error('second run fails');
    }, (error) => failures.push(error));
    for (let i = 0; i < 3; i++) await jest.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(3);
    expect(failures).toHaveLength(1);
    job.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });

  it('never runs with an interval of 0', async () => {
    let runs = 0;
    repeatEvery(0, async () => void (runs += 1), () => undefined);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(0);
  });
});
