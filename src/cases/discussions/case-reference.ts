import { EntityManager } from 'typeorm';
import { Municipality } from '../../organisation/municipalities/municipality.entity';
import { now } from '../../platform/clock/clock';

/**
 * The next case reference, e.g. GLA-2026-014: the municipality's first three
 * letters (København: KOB), the year, and a running number per municipality
 * and year. Case discussions and caseload cases draw from the same counter,
 * so a reference names one case whichever list it is on, and says nothing
 * about the citizen. The year is the case's own (its opening date, as
 * YYYY-MM-DD; otherwise today in Denmark), so a case recorded later for an
 * earlier year is numbered in that year.
 */
export async function nextCaseReference(manager: EntityManager, municipalityId: string, openedOn?: string): Promise<string> {
  const year = openedOn && /^\d{4}-\d{2}-\d{2}$/.test(openedOn) ? Number(openedOn.slice(0, 4)) : danishYear(now());
  // An INSERT answers with its rows (an UPDATE would answer [rows, count]).
  const [{ last_number: number }] = (await manager.query(
    `INSERT INTO case_reference_counter (municipality_id, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (municipality_id, year) DO UPDATE SET last_number = case_reference_counter.last_number + 1
     RETURNING last_number`,
    [municipalityId, year],
  )) as { last_number: number }[];
  const municipality = await manager.findOneOrFail(Municipality, { where: {} });
  const prefix = municipality.name.replace(/\s*kommune\s*/i, '').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').normalize('NFD').replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase().padEnd(3, 'X');
  return `${prefix}-${year}-${String(number).padStart(3, '0')}`;
}

/** The calendar year in Denmark at an instant (New Year's Eve after 23:00 UTC is already the next year there). */
function danishYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(at));
}
