import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { setCsrfToken, whenSessionEnds } from '../api/client';

export interface Person {
  staffId: string;
  displayName: string;
  department: string;
  municipality: string;
  roles: string[];
}

export type Session =
  | { state: 'loading' }
  | { state: 'signed-out'; methods: { dev: boolean; oidc: boolean }; ended?: boolean }
  | { state: 'signed-in'; person: Person; csrfToken: string };

interface SessionContextValue {
  session: Session;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** The browser's session as the service knows it (GET /auth/session); the page never sees the cookie. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ state: 'loading' });

  const refresh = useCallback(async (ended = false) => {
    try {
      const response = await fetch('/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
      const body = await response.json();
      if (body.signedIn) {
        setCsrfToken(body.csrfToken);
        setSession({ state: 'signed-in', person: body.person, csrfToken: body.csrfToken });
      } else {
        setCsrfToken(undefined);
        setSession({ state: 'signed-out', methods: body.methods ?? { dev: false, oidc: false }, ended });
      }
    } catch {
      setSession({ state: 'signed-out', methods: { dev: false, oidc: false } });
    }
  }, []);

  useEffect(() => {
    void refresh();
    whenSessionEnds(() => void refresh(true));
  }, [refresh]);

  const signOut = useCallback(async () => {
    await fetch('/auth/sign-out', { method: 'POST', credentials: 'same-origin', headers: session.state === 'signed-in' ? { 'x-csrf-token': session.csrfToken } : {} });
    await refresh();
  }, [refresh, session]);

  return <SessionContext.Provider value={{ session, refresh: () => refresh(), signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person (pages below the sign-in gate only). */
export function usePerson(): Person {
  const { session } = useSession();
  if (session.state !== 'signed-in') throw new Error('usePerson without a session');
  return session.person;
}
