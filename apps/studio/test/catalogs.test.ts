import { describe, expect, it } from 'vitest';
import { ALL_TACTICS, BEHAVIOR_ORIGINS, CADENCES, ROLLOUT_STATUSES, SOURCES, STANCES, STRATEGY_STATUSES, TEMPLATE_NAMES } from '@sixsources/core';
import { MESSAGES } from '../src/i18n/catalog.ts';
import { FEATURE_CATALOGS } from '../src/i18n/all-catalogs.ts';
import { translator } from '../src/i18n/translate.ts';
import { interpolate } from '../src/i18n/format.ts';

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  for (const [feature, catalog] of Object.entries(FEATURE_CATALOGS)) {
    describe(feature, () => {
      it('has exactly the same keys in Spanish as in English', () => {
        expect(Object.keys(catalog.es).sort()).toEqual(Object.keys(catalog.en).sort());
      });

      it('prefixes every key with the feature name', () => {
        for (const key of Object.keys(catalog.en)) expect(key.startsWith(`${feature}.`), key).toBe(true);
      });

      it('uses the same placeholders in both languages and leaves no message empty', () => {
        const es = catalog.es as Record<string, string>;
        for (const [key, english] of Object.entries(catalog.en as Record<string, string>)) {
          expect(english.trim(), key).not.toBe('');
          expect(es[key]?.trim(), key).not.toBe('');
          expect(placeholders(es[key] ?? ''), key).toEqual(placeholders(english));
        }
      });
    });
  }

  it('never defines one key in two catalogs', () => {
    const seen = new Map<string, string>();
    for (const [feature, catalog] of Object.entries(FEATURE_CATALOGS)) {
      for (const key of Object.keys(catalog.en)) {
        expect(seen.get(key), `${key} is in ${feature} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, feature);
      }
    }
  });

  it('names every id the core defines, in both languages', () => {
    const ids = [
      ...SOURCES.map((id) => `domain.source.${id}`),
      ...ALL_TACTICS.map((id) => `domain.tactic.${id}`),
      ...CADENCES.map((id) => `domain.cadence.${id}`),
      ...BEHAVIOR_ORIGINS.map((id) => `domain.origin.${id}`),
      ...STRATEGY_STATUSES.map((id) => `domain.status.${id}`),
      ...STANCES.map((id) => `domain.stance.${id}`),
      ...TEMPLATE_NAMES.map((id) => `domain.template.${id}`),
      ...ROLLOUT_STATUSES.map((id) => `domain.stage.${id}`),
    ];
    for (const key of ids) {
      expect(MESSAGES.en[key], key).toBeTruthy();
      expect(MESSAGES.es[key], key).toBeTruthy();
    }
  });
});

describe('translating', () => {
  it('knows a screen\'s words once its catalogs are loaded', async () => {
    const { loadCatalogs } = await import('../src/i18n/lazy-catalogs.ts');
    await loadCatalogs('library', 'editor', 'matrix', 'share', 'features');
    for (const catalog of Object.values(FEATURE_CATALOGS)) {
      for (const key of Object.keys(catalog.en)) expect(MESSAGES.es[key], key).toBe((catalog.es as Record<string, string>)[key]);
    }
  });

  it('fills placeholders and speaks the chosen language', async () => {
    const { loadCatalogs } = await import('../src/i18n/lazy-catalogs.ts');
    await loadCatalogs('library');
    expect(translator('en')('library.copyTitle', { title: 'Reading' })).toBe('Copy of Reading');
    expect(translator('es')('library.copyTitle', { title: 'Lectura' })).toBe('Copia de Lectura');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(interpolate('Hello {name}, {missing}', { name: 'Ana' })).toBe('Hello Ana, {missing}');
  });
});
