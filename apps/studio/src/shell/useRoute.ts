import { useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from './route.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseRoute(hash);
}

/** Goes to a route (adds a history entry, so Back works). */
export function navigate(route: Route | string): void {
  const hash = typeof route === 'string' ? route : routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

/** Replaces the current history entry (for redirects, so Back does not bounce). */
export function replaceRoute(route: Route | string): void {
  const hash = typeof route === 'string' ? route : routeHash(route);
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
