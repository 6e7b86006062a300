import { describe, expect, it } from 'vitest';
import { PLAN_SCREENS, parseRoute, routeHash } from '../src/shell/route.ts';

describe('routes', () => {
  it('opens the library for an empty hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'library' });
    expect(parseRoute('#/')).toEqual({ screen: 'library' });
  });

  it('reads every plan screen and writes it back the same way', () => {
    for (const screen of PLAN_SCREENS) {
      const route = { screen, planId: 'plan-abc_1' };
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
    expect(parseRoute('#/plan/plan-abc')).toEqual({ screen: 'edit', planId: 'plan-abc' });
  });

  it('keeps a share link\'s payload whole', () => {
    expect(parseRoute('#share=v1.abc-_DEF')).toEqual({ screen: 'share', payload: 'v1.abc-_DEF' });
  });

  it.each(['#/plan/../../etc/edit', '#/plan/a%ZZ/edit', '#/plan/ok/unknown', '#/nowhere', `#/plan/${'x'.repeat(65)}/edit`])(
    'sends %s to "not found"',
    (hash) => {
      expect(parseRoute(hash).screen).toBe('not-found');
    },
  );
});
