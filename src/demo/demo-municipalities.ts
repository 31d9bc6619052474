import { COPENHAGEN, DemoMunicipality, DemoStaff, GLADSAXE, HORSENS } from './demo-data';
import { AARHUS, HOEJE_TAASTRUP, ODENSE } from './demo-data-more';

/** Every municipality of the source document. */
export const DEMO_MUNICIPALITIES = [GLADSAXE, HORSENS, COPENHAGEN, HOEJE_TAASTRUP, ODENSE, AARHUS];

/** Finds a demo user by subject, with their municipality; used by the token command. */
export function findDemoUser(subject: string): { municipality: DemoMunicipality; staff: DemoStaff } | undefined {
  for (const municipality of DEMO_MUNICIPALITIES) {
    const staff = municipality.staff.find((candidate) => candidate.subject === subject);
    if (staff) return { municipality, staff };
  }
  return undefined;
}
