import { ReactNode } from 'react';
import { useSession } from '../auth/session';
import { Link, useLocation } from './router';

/** The main menu; an entry with a role is shown to those who hold it (the API decides access either way). */
const MENU: { href: string; label: string; role?: string }[] = [
  { href: '/', label: 'Mine netværk' },
  { href: '/samtykke', label: 'Samtykke og udveksling' },
  { href: '/oplaegsholdere', label: 'Oplægsholdere' },
  { href: '/lokale-aktoerer', label: 'Lokale aktører' },
  { href: '/kalender', label: 'Kalender' },
  { href: '/notifikationer', label: 'Notifikationer' },
  { href: '/databeskyttelse', label: 'Databeskyttelse', role: 'DATA_PROTECTION_OFFICER' },
];

/** DKFDS page frame: skip link, header with the municipality and the signed-in person, main menu, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  const signedIn = session.state === 'signed-in' ? session.person : undefined;
  const current = (href: string) => (href === '/' ? location === '/' || location.startsWith('/netvaerk') || location.startsWith('/moede') : location.startsWith(href));
  return (
    <>
      <a className="skipnav" href="#main-content">
        Gå til sideindhold
      </a>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <Link href="/" className="logo" aria-label="NSK-netværket, forside">
              <span>NSK-netværket</span>
            </Link>
            {signedIn && (
              <div className="portal-user">
                <p className="user">
                  <span className="sr-only">Logget ind som </span>
                  <strong>{signedIn.displayName}</strong>, {signedIn.department}
                </p>
                <button type="button" className="button button-secondary log-off" onClick={() => void signOut()}>
                  Log af
                </button>
              </div>
            )}
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <Link href="/">Netværk mod negativ social kontrol</Link>
            </div>
            {signedIn && (
              <div className="additional-info">
                <p>
                  <strong className="authority-name">{signedIn.municipality}</strong>
                </p>
              </div>
            )}
          </div>
        </div>
        {signedIn && (
          <nav className="navigation-menu" aria-label="Hovedmenu">
            <div className="navigation-menu-inner container">
              <ul className="mainmenu">
                {MENU.filter((item) => !item.role || signedIn.roles.includes(item.role)).map((item) => (
                  <li key={item.href} className={current(item.href) ? 'current' : undefined}>
                    <Link href={item.href} className="nav-link" aria-current={current(item.href) ? 'page' : undefined}>
                      <span>{item.label}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <main id="main-content" className="container page-container">
        {children}
      </main>
      <footer>
        <div className="footer">
          <div className="container">
            <ul className="footer-links">
              <li>
                <Link href="/tilgaengelighed">Tilgængelighedserklæring</Link>
              </li>
            </ul>
          </div>
        </div>
      </footer>
    </>
  );
}
