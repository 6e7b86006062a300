export const messages = { en: {'matrix.title': 'Six sources'}, es: {'matrix.title': 'Seis fuentes'} };
