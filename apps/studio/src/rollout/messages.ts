/** Messages of the rollout screen, English and Spanish (same keys in both). */
export const messages = {
  en: {
    'rollout.title': 'Rollout',
  },
  es: {
    'rollout.title': 'Implementación',
  },
} as const;
