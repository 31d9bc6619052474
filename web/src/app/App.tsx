import { AccessibilityStatement } from '../about/AccessibilityStatement';
import { SignInPage } from '../auth/SignInPage';
import { SessionProvider, useSession } from '../auth/session';
import { CalendarPage } from '../calendar/CalendarPage';
import { NotificationsPage } from '../notifications/NotificationsPage';
import { LocalActorsPage } from '../community/LocalActorsPage';
import { CasePage } from '../cases/CasePage';
import { ConsentPage } from '../consent/ConsentPage';
import { DpoPage } from '../dpo/DpoPage';
import { TeamPage } from '../counselling/TeamPage';
import { CounsellingCasePage } from '../counselling/CounsellingCasePage';
import { NewCasePage } from '../cases/NewCasePage';
import { MeetingPage } from '../meetings/MeetingPage';
import { NetworkPage } from '../networks/NetworkPage';
import { NetworksPage } from '../networks/NetworksPage';
import { SpeakersPage } from '../speakers/SpeakersPage';
import { Loading } from '../ui/Alerts';
import { Layout } from './Layout';
import { match, usePageTitle, useLocation } from './router';

function NotFound() {
  usePageTitle('Siden findes ikke');
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>Adressen passer ikke til en side i løsningen. Gå til forsiden via menuen.</p>
    </>
  );
}

/** Which page a path shows; pages that need a session show the sign-in page without one. */
function Page() {
  const { session } = useSession();
  const path = useLocation();
  if (match('/tilgaengelighed', path)) return <AccessibilityStatement />;
  if (session.state === 'loading') return <Loading />;
  if (session.state === 'signed-out') return <SignInPage />;
  let params;
  if (match('/', path) || match('/log-ind', path)) return <NetworksPage />;
  if ((params = match('/netvaerk/:id', path))) return <NetworkPage key={params.id} id={params.id} />;
  if ((params = match('/netvaerk/:id/ny-sag', path))) return <NewCasePage key={params.id} networkId={params.id} />;
  if ((params = match('/sag/:id', path))) return <CasePage key={params.id} id={params.id} />;
  if ((params = match('/moede/:id', path))) return <MeetingPage key={params.id} id={params.id} />;
  if (match('/oplaegsholdere', path)) return <SpeakersPage />;
  if (match('/kalender', path)) return <CalendarPage />;
  if (match('/notifikationer', path)) return <NotificationsPage />;
  if (match('/lokale-aktoerer', path)) return <LocalActorsPage />;
  if (match('/samtykke', path)) return <ConsentPage />;
  if (match('/databeskyttelse', path)) return <DpoPage />;
  if ((params = match('/team/:teamId/sag/:id', path))) return <CounsellingCasePage key={params.id} teamId={params.teamId} id={params.id} />;
  if ((params = match('/team/:id', path))) return <TeamPage key={params.id} id={params.id} />;
  return <NotFound />;
}

export function App() {
  return (
    <SessionProvider>
      <Layout>
        <Page />
      </Layout>
    </SessionProvider>
  );
}
