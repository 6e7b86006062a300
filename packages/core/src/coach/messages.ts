/**
 * What the coach says, in each language a plan can be written in. Every code has an `en`
 * and an `es` entry side by side, so a new code cannot ship half-translated.
 */
import type { Cadence, Language } from '../plan/schema.ts';
import type { Source } from '../plan/sources.ts';
import { cadenceNameIn, sourceNameIn } from '../plan/names.ts';
import type { FindingCode } from './codes.ts';
import type { FindingParams, MeasurePart } from './params.ts';

/** The sentence and the advice for one finding, built from its params. */
export interface FindingText<P> {
  message(params: P): string;
  suggestion(params: P): string;
}

/** Both languages of one code. */
export type LocalizedText<P> = Record<Language, FindingText<P>>;

const PARTS: Record<Language, Record<MeasurePart, string>> = {
  en: {
    'target.value': 'a numeric target',
    'target.date': 'a target date',
    'baseline.value': 'a baseline value',
    'baseline.date': 'a baseline date',
  },
  es: {
    'target.value': 'una meta numérica',
    'target.date': 'una fecha meta',
    'baseline.value': 'un valor de línea base',
    'baseline.date': 'una fecha de línea base',
  },
};

const CONJUNCTIONS: Record<Language, Record<'and' | 'or', string>> = {
  en: { and: ' and ', or: ' or ' },
  es: { and: ' y ', or: ' ni ' },
};

/** `a, b and c` / `a, b y c`; with `or`, `a or b` / `a ni b` (Spanish negatives take `ni`). */
function joinWords(words: readonly string[], language: Language, conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')}${CONJUNCTIONS[language][conjunction]}${words[words.length - 1]}`;
}

/** `1 strategy`, `2 strategies`. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Splits a params list (`a,b`) back into items. */
function items(list: string): string[] {
  return list === '' ? [] : list.split(',');
}

function sourceNames(list: string, language: Language, conjunction: 'and' | 'or' = 'and'): string {
  return joinWords(
    items(list).map((source) => sourceNameIn(language, source as Source).toLowerCase()),
    language,
    conjunction,
  );
}

function sourceName(source: string, language: Language): string {
  return sourceNameIn(language, source as Source);
}

function partNames(list: string, language: Language): string {
  return joinWords(
    items(list).map((part) => PARTS[language][part as MeasurePart] ?? part),
    language,
  );
}

function cadenceName(cadence: string, language: Language): string {
  return cadenceNameIn(language, cadence as Cadence);
}

/** Quotes a piece of the plan's own text. */
const q = (text: string, language: Language) => (language === 'es' ? `«${text}»` : `“${text}”`);

/** Every code's text in every language. */
export const COACH_MESSAGES: { [C in FindingCode]: LocalizedText<FindingParams[C]> } = {
  'result-not-measurable': {
    en: {
      message: (p) =>
        p.missing === 'measure'
          ? 'The result has no measure, so nobody can tell whether it is being reached.'
          : `The result is not measurable yet: its primary measure is missing ${partNames(p.missing, 'en')}.`,
      suggestion: (p) =>
        p.missing === 'measure'
          ? 'Add a measure with a baseline (where you are today), a numeric target and a target date. Some is not a number; soon is not a time.'
          : 'State the result as a number and a date: a baseline value, a numeric target and the date you will reach it.',
    },
    es: {
      message: (p) =>
        p.missing === 'measure'
          ? 'El resultado no tiene ninguna medida, así que nadie puede saber si se está alcanzando.'
          : `El resultado todavía no es medible: a su medida principal le falta ${partNames(p.missing, 'es')}.`,
      suggestion: (p) =>
        p.missing === 'measure'
          ? 'Agregue una medida con una línea base (dónde están hoy), una meta numérica y una fecha meta. «Algo» no es un número y «pronto» no es una fecha.'
          : 'Exprese el resultado como un número y una fecha: un valor de línea base, una meta numérica y la fecha en que la alcanzarán.',
    },
  },
  'measure-no-baseline': {
    en: {
      message: (p) => `The measure ${q(p.measure, 'en')} is missing ${partNames(p.missing, 'en')}.`,
      suggestion: () =>
        'Record where the measure stands today and on what date; without a baseline, progress cannot be shown.',
    },
    es: {
      message: (p) => `A la medida ${q(p.measure, 'es')} le falta ${partNames(p.missing, 'es')}.`,
      suggestion: () =>
        'Registre el valor actual de la medida y la fecha en que se tomó; sin línea base no se puede mostrar el avance.',
    },
  },
  'measure-stale': {
    en: {
      message: (p) =>
        `The measure ${q(p.measure, 'en')} is observed ${cadenceName(p.cadence, 'en')}, but its last value is from ${p.lastDate}, ${p.daysSince} days ago.`,
      suggestion: () =>
        'Add the latest observation, or change the cadence to how often the team can really look at the number.',
    },
    es: {
      message: (p) =>
        `La medida ${q(p.measure, 'es')} se observa ${cadenceName(p.cadence, 'es')}, pero su último valor es del ${p.lastDate}, hace ${p.daysSince} días.`,
      suggestion: () =>
        'Registre la observación más reciente, o ajuste la frecuencia a lo que el equipo realmente puede revisar.',
    },
  },
  'no-behaviors': {
    en: {
      message: () => 'The plan names no vital behavior.',
      suggestion: () =>
        'Name the two or three actions that would produce most of the change: look for crucial moments, positive deviants and culture busters.',
    },
    es: {
      message: () => 'El plan no nombra ninguna conducta vital.',
      suggestion: () =>
        'Nombre las dos o tres acciones que producirían la mayor parte del cambio: busque momentos cruciales, desviados positivos y rompedores de cultura.',
    },
  },
  'too-many-behaviors': {
    en: {
      message: (p) => `The plan names ${p.count} vital behaviors; more than ${p.limit} spreads attention thin.`,
      suggestion: () =>
        'Keep the two or three behaviors with the most leverage and move the rest to notes or later phases.',
    },
    es: {
      message: (p) =>
        `El plan nombra ${p.count} conductas vitales; más de ${p.limit} dispersa la atención.`,
      suggestion: () =>
        'Quédese con las dos o tres conductas de mayor impacto y pase las demás a notas o a una fase posterior.',
    },
  },
  'behavior-not-observable': {
    en: {
      message: (p) => {
        const what = { outcome: 'an outcome', feeling: 'a feeling', policy: 'a policy' }[p.kind];
        return `The behavior ${q(p.behavior, 'en')} reads as ${what} (${q(p.term, 'en')}), not as an action you could see.`;
      },
      suggestion: (p) =>
        ({
          outcome: 'Say what people do that would produce the result: who does what, and when. For example: “Teachers meet every three weeks to study station data and regroup students.”',
          feeling:
            'Describe what you would see people do if they felt that way: who does what, and when. For example: “Each teacher runs one small-group station during every reading block.”',
          policy:
            'A rule is not a behavior. Describe the action the rule is meant to bring about: who does what, and when. For example: “Principals visit two station rotations a week and leave one piece of feedback.”',
        })[p.kind],
    },
    es: {
      message: (p) => {
        const what = { outcome: 'un resultado', feeling: 'un sentimiento', policy: 'una norma' }[p.kind];
        return `La conducta ${q(p.behavior, 'es')} describe ${what} (${q(p.term, 'es')}), no una acción que se pueda observar.`;
      },
      suggestion: (p) =>
        ({
          outcome:
            'Diga qué hacen las personas para producir ese resultado: quién hace qué y cuándo. Por ejemplo: «Los maestros se reúnen cada tres semanas para analizar los datos de las estaciones y reagrupar a los alumnos».',
          feeling:
            'Describa qué veríamos hacer a las personas si de verdad lo sintieran: quién hace qué y cuándo. Por ejemplo: «Cada maestro dirige una estación de grupo pequeño en cada bloque de lectura».',
          policy:
            'Una norma no es una conducta. Describa la acción que la norma busca provocar: quién hace qué y cuándo. Por ejemplo: «Los directores visitan dos rotaciones por estaciones a la semana y dejan una observación concreta».',
        })[p.kind],
    },
  },
  'behavior-not-measured': {
    en: {
      message: (p) => `The behavior ${q(p.behavior, 'en')} does not say how it is observed or counted.`,
      suggestion: () =>
        'Say how you will know the behavior happened, e.g. a walkthrough tally, meeting notes or a log, and how often you look.',
    },
    es: {
      message: (p) => `La conducta ${q(p.behavior, 'es')} no indica cómo se observa ni cómo se cuenta.`,
      suggestion: () =>
        'Indique cómo sabrán que la conducta ocurrió (por ejemplo, un conteo en las visitas al aula, actas de reunión o un registro) y con qué frecuencia lo revisarán.',
    },
  },
  'behavior-no-strategy': {
    en: {
      message: (p) => `No strategy supports the behavior ${q(p.behavior, 'en')}.`,
      suggestion: () =>
        'A behavior nothing supports is a hope, not a plan. Add strategies from several sources of influence, starting with personal and social motivation.',
    },
    es: {
      message: (p) => `Ninguna estrategia apoya la conducta ${q(p.behavior, 'es')}.`,
      suggestion: () =>
        'Una conducta sin estrategias es un deseo, no un plan. Agregue estrategias de varias fuentes de influencia, empezando por la motivación personal y la social.',
    },
  },
  'fewer-than-four-sources': {
    en: {
      message: (p) => {
        const subject = p.scope === 'plan' ? 'The plan as a whole' : `The behavior ${q(p.behavior, 'en')}`;
        return `${subject} draws on ${p.sourceCount} of the six sources of influence. ${p.source}: people who combined ${p.minimum} or more sources were 10 times more likely to succeed.`;
      },
      suggestion: (p) =>
        `Add strategies from ${count(Math.max(1, p.minimum - p.sourceCount), 'more source', 'more sources')}; not used yet: ${sourceNames(p.missingSources, 'en')}.`,
    },
    es: {
      message: (p) => {
        const subject = p.scope === 'plan' ? 'El plan en su conjunto' : `La conducta ${q(p.behavior, 'es')}`;
        return `${subject} usa ${p.sourceCount} de las seis fuentes de influencia. ${p.source}: quienes combinaron ${p.minimum} o más fuentes tuvieron 10 veces más probabilidades de éxito.`;
      },
      suggestion: (p) =>
        `Agregue estrategias de ${count(Math.max(1, p.minimum - p.sourceCount), 'fuente más', 'fuentes más')}; aún sin usar: ${sourceNames(p.missingSources, 'es')}.`,
    },
  },
  'source-missing': {
    en: {
      message: (p) => `No strategy uses the source ${q(sourceName(p.source, 'en'), 'en')}.`,
      suggestion: () =>
        'Check this cell of the six-source matrix: list tactics (what someone will do), not benefits.',
    },
    es: {
      message: (p) => `Ninguna estrategia usa la fuente ${q(sourceName(p.source, 'es'), 'es')}.`,
      suggestion: () =>
        'Revise esta celda de la matriz de las seis fuentes: anote tácticas (lo que alguien hará), no beneficios.',
    },
  },
  'rewards-before-motivation': {
    en: {
      message: (p) =>
        `The behavior ${q(p.behavior, 'en')} gets ${count(p.rewardCount, 'reward or accountability strategy', 'reward or accountability strategies')} but none from ${sourceNames(p.missingSources, 'en', 'or')}.`,
      suggestion: () =>
        'Rewards come third: first help people want the behavior (personal motivation) and see peers and leaders do it (social motivation); then keep rewards small, soon and tied to the behavior.',
    },
    es: {
      message: (p) =>
        `La conducta ${q(p.behavior, 'es')} tiene ${count(p.rewardCount, 'estrategia', 'estrategias')} de incentivos o rendición de cuentas, pero ninguna de ${sourceNames(p.missingSources, 'es', 'or')}.`,
      suggestion: () =>
        'Los incentivos van en tercer lugar: primero logre que las personas valoren la conducta (motivación personal) y vean a sus colegas y líderes practicarla (motivación social); luego use incentivos pequeños, inmediatos y ligados a la conducta.',
    },
  },
  'crucial-moment-unlinked': {
    en: {
      message: (p) => `The crucial moment ${q(p.moment, 'en')} is not linked to any vital behavior.`,
      suggestion: () =>
        'Link it to the behavior people should enact at that moment, or add that behavior; a moment with no behavior changes nothing.',
    },
    es: {
      message: (p) => `El momento crucial ${q(p.moment, 'es')} no está vinculado a ninguna conducta vital.`,
      suggestion: () =>
        'Vincúlelo con la conducta que las personas deben poner en práctica en ese momento, o agréguela; un momento sin conducta no cambia nada.',
    },
  },
  'culture-buster-uncountered': {
    en: {
      message: (p) =>
        p.reason === 'unlinked'
          ? `The culture buster ${q(p.buster, 'en')} is not linked to any vital behavior.`
          : `The culture buster ${q(p.buster, 'en')} is linked only to behaviors that no strategy supports.`,
      suggestion: (p) =>
        p.reason === 'unlinked'
          ? 'Link it to the behavior that breaks this unwritten rule, so the plan says how the taboo will be countered.'
          : 'Unwritten rules push back hard: add strategies, especially social motivation and social ability, to the linked behaviors.',
    },
    es: {
      message: (p) =>
        p.reason === 'unlinked'
          ? `El rompedor de cultura ${q(p.buster, 'es')} no está vinculado a ninguna conducta vital.`
          : `El rompedor de cultura ${q(p.buster, 'es')} solo está vinculado a conductas que ninguna estrategia apoya.`,
      suggestion: (p) =>
        p.reason === 'unlinked'
          ? 'Vincúlelo con la conducta que rompe esa regla no escrita, para que el plan diga cómo se enfrentará el tabú.'
          : 'Las reglas no escritas se resisten con fuerza: agregue estrategias a las conductas vinculadas, sobre todo de motivación social y habilidad social.',
    },
  },
  'positive-deviant-unused': {
    en: {
      message: (p) => `The positive deviant ${q(p.deviant, 'en')} is not linked to any vital behavior.`,
      suggestion: () =>
        'Link what they do differently to a vital behavior, or turn it into one; their practice is proof the change is possible here.',
    },
    es: {
      message: (p) => `El desviado positivo ${q(p.deviant, 'es')} no está vinculado a ninguna conducta vital.`,
      suggestion: () =>
        'Vincule lo que hacen distinto con una conducta vital, o conviértalo en una; su práctica demuestra que el cambio es posible aquí.',
    },
  },
  'strategy-no-behavior': {
    en: {
      message: (p) => `The strategy ${q(p.strategy, 'en')} does not target any vital behavior.`,
      suggestion: () =>
        'Link it to the behavior it is meant to make easier or more worth doing, or drop it; activity that aims at no behavior adds load without influence.',
    },
    es: {
      message: (p) => `La estrategia ${q(p.strategy, 'es')} no apunta a ninguna conducta vital.`,
      suggestion: () =>
        'Vincúlela con la conducta que busca facilitar o hacer más valiosa, o descártela; una actividad sin conducta suma carga sin influir.',
    },
  },
  'strategy-without-owner': {
    en: {
      message: (p) => `The strategy ${q(p.strategy, 'en')} has no owner.`,
      suggestion: () => 'Name the person or team who will carry it out and answer for it.',
    },
    es: {
      message: (p) => `La estrategia ${q(p.strategy, 'es')} no tiene responsable.`,
      suggestion: () => 'Nombre a la persona o al equipo que la llevará a cabo y responderá por ella.',
    },
  },
  'strategy-overdue': {
    en: {
      message: (p) => `The strategy ${q(p.strategy, 'en')} was due on ${p.due}, ${p.daysLate} days ago, and is not done.`,
      suggestion: () => 'Mark it done, set a realistic new date with its owner, or drop it.',
    },
    es: {
      message: (p) =>
        `La estrategia ${q(p.strategy, 'es')} vencía el ${p.due}, hace ${p.daysLate} días, y no está terminada.`,
      suggestion: () =>
        'Márquela como terminada, acuerde una nueva fecha realista con su responsable o descártela.',
    },
  },
  'owner-overloaded': {
    en: {
      message: (p) => `${p.owner} carries ${p.count} strategies that are planned or in progress; more than ${p.limit} at once invites initiative fatigue.`,
      suggestion: () =>
        'Share the load with other owners, sequence the work, or drop the strategies with the least leverage.',
    },
    es: {
      message: (p) =>
        `${p.owner} tiene a su cargo ${p.count} estrategias planificadas o en curso; más de ${p.limit} a la vez provoca fatiga de iniciativas.`,
      suggestion: () =>
        'Reparta la carga con otros responsables, escalone el trabajo o descarte las estrategias de menor impacto.',
    },
  },
};
