/** Messages of the cohort screen, English and Spanish (same keys in both). */
export const messages = {
  en: {
    'cohort.title': 'Cohort',
  },
  es: {
    'cohort.title': 'Cohorte',
  },
} as const;
