/**
 * The model's own vocabulary in each plan language: source, tactic and cadence names.
 * One table per kind, shared by the coach, the diagrams and the report. English matches
 * the catalogue in `sources.ts`.
 */
import type { Cadence, Language } from './schema.ts';
import { SOURCE_NAMES, tacticName, type Source, type Tactic } from './sources.ts';

const SPANISH_SOURCES: Readonly<Record<Source, string>> = {
  'personal-motivation': 'Motivación personal',
  'personal-ability': 'Habilidad personal',
  'social-motivation': 'Motivación social',
  'social-ability': 'Habilidad social',
  'structural-motivation': 'Motivación estructural',
  'structural-ability': 'Habilidad estructural',
};

const SPANISH_TACTICS: Readonly<Record<Tactic, string>> = {
  'allow-choice': 'Dar opciones',
  'direct-experience': 'Crear experiencias directas',
  'meaningful-stories': 'Contar historias significativas',
  'connect-to-values': 'Conectar con los valores',
  'make-it-a-game': 'Convertirlo en un juego',
  'deliberate-practice': 'Práctica deliberada con retroalimentación',
  'mini-goals': 'Dividir en metas pequeñas',
  'emotional-skills': 'Desarrollar habilidades emocionales',
  'prepare-for-setbacks': 'Prepararse para los tropiezos',
  'leaders-model': 'Los líderes dan el ejemplo',
  'opinion-leaders': 'Sumar a los líderes de opinión',
  'new-norms': 'Crear normas nuevas',
  'public-recognition': 'Reconocimiento público',
  'social-capital': 'Construir capital social',
  teaming: 'Trabajo en equipo',
  coaching: 'Acompañamiento (coaching)',
  'involve-the-problem': 'Involucrar a quienes son parte del problema',
  'small-rewards': 'Recompensas pequeñas y pronto, ligadas a la conducta',
  'remove-disincentives': 'Quitar desincentivos',
  accountability: 'Exigir rendición de cuentas (último recurso)',
  'make-it-easy': 'Hacerlo fácil',
  'make-the-invisible-visible': 'Hacer visible lo invisible',
  'change-space-and-schedule': 'Cambiar espacios y horarios',
  'cues-and-reminders': 'Señales y recordatorios',
  tools: 'Dar herramientas',
  other: 'Otra',
};

const CADENCE_NAMES: Readonly<Record<Language, Readonly<Record<Cadence, string>>>> = {
  en: {
    weekly: 'weekly',
    'every-two-weeks': 'every two weeks',
    'every-three-weeks': 'every three weeks',
    monthly: 'monthly',
    quarterly: 'quarterly',
    'each-semester': 'each semester',
    yearly: 'yearly',
  },
  es: {
    weekly: 'cada semana',
    'every-two-weeks': 'cada dos semanas',
    'every-three-weeks': 'cada tres semanas',
    monthly: 'cada mes',
    quarterly: 'cada trimestre',
    'each-semester': 'cada semestre',
    yearly: 'cada año',
  },
};

/** A source's name in a language; an unknown id comes back as written. */
export function sourceNameIn(language: Language, source: Source): string {
  const names = language === 'es' ? SPANISH_SOURCES : SOURCE_NAMES;
  return Object.hasOwn(names, source) ? names[source] : String(source);
}

/** A tactic's name in a language; an unknown id comes back as written. */
export function tacticNameIn(language: Language, tactic: Tactic): string {
  if (language === 'es') return Object.hasOwn(SPANISH_TACTICS, tactic) ? SPANISH_TACTICS[tactic] : String(tactic);
  return tacticName(tactic);
}

/** A cadence in words (`every three weeks`); an unknown id comes back as written. */
export function cadenceNameIn(language: Language, cadence: Cadence): string {
  const names = CADENCE_NAMES[language];
  return Object.hasOwn(names, cadence) ? names[cadence] : String(cadence);
}
