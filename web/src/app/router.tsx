import { AnchorHTMLAttributes, MouseEvent, useEffect, useSyncExternalStore } from 'react';

/**
 * A small history router: the pages are few and their paths fixed, so a
 * route is a pattern with `:params`. After each navigation focus moves to the
 * page's <h1> and the title changes, as screen-reader users expect of a page
 * load (WCAG 2.4.3, 4.1.3).
 */
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};
const currentLocation = () => window.location.pathname + window.location.search;

export function useLocation(): string {
  return useSyncExternalStore(subscribe, currentLocation);
}

export function navigate(to: string, { replace = false } = {}): void {
  if (to === currentLocation()) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  pendingFocus = true;
  listeners.forEach((listener) => listener());
}

let pendingFocus = false;

/** Call in each page with its title: sets document.title and, after a navigation, focuses the heading. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return;
    document.title = `${title} – NSK-netværket`;
    if (pendingFocus) {
      pendingFocus = false;
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
  }, [title]);
}

export function match(pattern: string, path: string): Record<string, string> | null {
  const [pathname] = path.split('?');
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

export function searchParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** An <a> that navigates in the page; modified clicks (new tab) behave as links do. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
