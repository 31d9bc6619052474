import { scheduleAgenda } from '../../src/networks/agenda/agenda-schedule';
import { AppError } from '../../src/platform/errors/app-error';

const meeting = { startsAt: new Date('2026-03-10T12:00:00Z'), endsAt: new Date('2026-03-10T14:00:00Z') };
const at = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00Z`);

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return { code: (error as AppError).code, minutes: (error as AppError).extensions.minutes, message: (error as AppError).message };
  }
  throw new Error('expected a refusal');
};

describe('agenda schedule', () => {
  it('places items one after another from the start of the meeting', () => {
    const schedule = scheduleAgenda(meeting, [
      { title: 'Nyt fra netværket', durationMinutes: 15 },
      { title: 'Sparring', durationMinutes: 45 },
      { title: 'Oplæg', durationMinutes: 60 },
    ]);
    expect(schedule.map((s) => [s.startsAt.toISOString().slice(11, 16), s.endsAt.toISOString().slice(11, 16)])).toEqual([
      ['12:00', '12:15'],
      ['12:15', '13:00'],
      ['13:00', '14:00'],
    ]);
  });

  it('starts a fixed-time item at its time, leaving a gap before it', () => {
    const schedule = scheduleAgenda(meeting, [{ title: 'Runde', durationMinutes: 20 }, { title: 'Oplæg', durationMinutes: 30, fixedStart: at('13:00') }]);
    expect(schedule[1].startsAt).toEqual(at('13:00'));
  });

  it('refuses an agenda that runs past the end, saying by how many minutes', () => {
    expect(refusal(() => scheduleAgenda(meeting, [{ title: 'A', durationMinutes: 90 }, { title: 'B', durationMinutes: 45 }]))).toEqual({
      code: 'AGENDA_OVERRUN',
      minutes: 15,
      message: 'The agenda runs 15 minutes past the end of the meeting (at item 2, "B")',
    });
  });

  it('refuses a fixed-time item that overlaps the item before it, saying by how many minutes', () => {
    expect(refusal(() => scheduleAgenda(meeting, [{ title: 'A', durationMinutes: 70 }, { title: 'Oplæg', durationMinutes: 30, fixedStart: at('13:00') }]))).toMatchObject({
      code: 'AGENDA_OVERLAP',
      minutes: 10,
    });
  });

  it('refuses a fixed-time item before the meeting starts', () => {
    expect(refusal(() => scheduleAgenda(meeting, [{ title: 'Tidligt', durationMinutes: 10, fixedStart: at('11:30') }]))).toMatchObject({
      code: 'AGENDA_OVERRUN',
      minutes: 30,
    });
  });

  it('accepts an agenda that fills the meeting exactly', () => {
    expect(scheduleAgenda(meeting, [{ title: 'Alt', durationMinutes: 120 }])).toHaveLength(1);
  });
});
