/** Messages of the print screen, English and Spanish (same keys in both). */
export const messages = {
  en: {
    'print.title': 'Print',
  },
  es: {
    'print.title': 'Imprimir',
  },
} as const;
