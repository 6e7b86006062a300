export const messages = { en: {'coach.title': 'Coach'}, es: {'coach.title': 'Asesor'} };
