export const messages = { en: {'editor.title': 'Plan'}, es: {'editor.title': 'Plan'} };
