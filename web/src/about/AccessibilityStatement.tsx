import { usePageTitle } from '../app/router';

/**
 * Tilgængelighedserklæring in the structure the Agency for Digital Government
 * (Digitaliseringsstyrelsen) asks for under webtilgængelighedsloven. The
 * municipality running the solution fills in its own contact details.
 */
export function AccessibilityStatement() {
  usePageTitle('Tilgængelighedserklæring');
  return (
    <>
      <h1>Tilgængelighedserklæring</h1>
      <p>
        Kommunen er forpligtet til at gøre sine websteder og mobilapplikationer tilgængelige i overensstemmelse med lov om tilgængelighed af offentlige organers websteder og
        mobilapplikationer. Denne tilgængelighedserklæring gælder for løsningen <strong>NSK-netværket</strong> (netværk mod negativ social kontrol), som kommunens medarbejdere
        bruger til at forberede og dokumentere netværksmøder.
      </p>
      <h2>Overholdelsesstatus</h2>
      <p>
        Løsningen overholder delvist standarden EN 301 549 (WCAG 2.1 niveau AA). Det skyldes de forhold, der er beskrevet nedenfor under <em>Ikke-tilgængeligt indhold</em>.
      </p>
      <h2>Ikke-tilgængeligt indhold</h2>
      <ul>
        <li>Mødetider vælges med browserens eget dato- og tidsfelt, hvis udseende og oplæsning afhænger af browseren.</li>
        <li>Løsningen er ikke testet med alle kombinationer af skærmlæsere og browsere; den er testet med tastatur og automatisk med axe-core.</li>
      </ul>
      <h2>Udarbejdelse af denne tilgængelighedserklæring</h2>
      <p>
        Erklæringen er udarbejdet den 1. december 2026 på grundlag af en selvevaluering: automatiske tests med axe-core af hver side og hver dialogtilstand, og tests af de
        vigtigste forløb udført alene med tastaturet. Erklæringen blev sidst gennemgået den 1. december 2026.
      </p>
      <h2>Feedback og kontaktoplysninger</h2>
      <p>
        Hvis du oplever problemer med tilgængeligheden, eller hvis du har brug for oplysninger i et andet format, kan du kontakte kommunens it-support eller den
        administrator, der står for løsningen i din kommune.
      </p>
      <h2>Håndhævelsesprocedure</h2>
      <p>
        Du kan klage over utilgængelige websteder og mobilapplikationer hos Digitaliseringsstyrelsen, som er tilsynsmyndighed efter webtilgængelighedsloven. Se{' '}
        <a href="https://www.was.digst.dk">was.digst.dk</a>.
      </p>
    </>
  );
}
