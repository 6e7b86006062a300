/**
 * Screens by URL hash: `#/library`, `#/plan/<id>/<screen>`, `#/cohort`, and share links
 * (`#share=v1.…`). Pure functions, so the mapping is tested without a browser.
 */

/** The screens that show one plan. */
export const PLAN_SCREENS = ['edit', 'matrix', 'diagrams', 'measures', 'rollout', 'print'] as const;
/** A screen that shows one plan. */
export type PlanScreen = (typeof PLAN_SCREENS)[number];

/** Where the app is. */
export type Route =
  | { screen: 'library' }
  | { screen: 'cohort' }
  | { screen: PlanScreen; planId: string }
  | { screen: 'share'; payload: string }
  | { screen: 'not-found'; hash: string };

const PLAN_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads a location hash (with or without its `#`). */
export function parseRoute(hash: string): Route {
  const bare = hash.startsWith('#') ? hash.slice(1) : hash;
  if (bare.startsWith('share=')) return { screen: 'share', payload: bare.slice('share='.length) };
  const parts = bare.split('/').filter((part) => part !== '');
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'library')) return { screen: 'library' };
  if (parts.length === 1 && parts[0] === 'cohort') return { screen: 'cohort' };
  if (parts[0] === 'plan' && parts.length >= 2 && parts.length <= 3) {
    const planId = decodeSegment(parts[1] as string);
    const screen = parts[2] ?? 'edit';
    if (planId !== null && PLAN_ID.test(planId) && isPlanScreen(screen)) return { screen, planId };
  }
  return { screen: 'not-found', hash: bare };
}

/** The hash for a route, `#/plan/abc/matrix`. */
export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/library';
    case 'cohort':
      return '#/cohort';
    case 'share':
      return `#share=${route.payload}`;
    case 'not-found':
      return `#${route.hash}`;
    default:
      return `#/plan/${encodeURIComponent(route.planId)}/${route.screen}`;
  }
}

/** The hash of one plan's screen. */
export function planHash(planId: string, screen: PlanScreen = 'edit'): string {
  return routeHash({ screen, planId });
}

/** The open plan's id, if the route shows one. */
export function routePlanId(route: Route): string | null {
  return 'planId' in route ? route.planId : null;
}

function isPlanScreen(value: string): value is PlanScreen {
  return (PLAN_SCREENS as readonly string[]).includes(value);
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
