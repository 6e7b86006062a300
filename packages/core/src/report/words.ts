/** The fixed words of the plan report, in each plan language. */
import type { Severity } from '../coach/types.ts';
import type { BehaviorOrigin, Influencer, Language, Organization, Stance, StrategyStatus } from '../plan/schema.ts';

/** Everything the report writes that is not user text. */
export interface ReportWords {
  untitled: string;
  reportOf: string;
  reportDate: string;
  lastUpdated: string;
  notWritten: string;
  none: string;
  headings: {
    organization: string;
    problem: string;
    belief: string;
    result: string;
    behaviors: string;
    unlinked: string;
    sources: string;
    strategies: string;
    influencers: string;
    coach: string;
  };
  organization: { name: string; kind: string; students: string; campuses: string; teachers: string; location: string };
  organizationKinds: Readonly<Record<Organization['kind'], string>>;
  measureColumns: { measure: string; cadence: string; baseline: string; target: string; latest: string; progress: string };
  noMeasures: string;
  directions: Readonly<Record<'increase' | 'decrease', string>>;
  behavior: {
    measuredBy: string;
    origin: string;
    moments: string;
    deviants: string;
    busters: string;
    obvious: string;
  };
  noBehaviors: string;
  origins: Readonly<Record<BehaviorOrigin, string>>;
  matrixBehavior: string;
  matrixUnlinked: string;
  /** `Sources in use: 4 of 6.` */
  sourcesUsed: (used: number) => string;
  strategyColumns: { number: string; source: string; tactic: string; description: string; behaviors: string; owner: string; start: string; due: string; status: string };
  noStrategies: string;
  statuses: Readonly<Record<StrategyStatus, string>>;
  overdue: string;
  influencerColumns: { name: string; role: string; kind: string; stance: string; reach: string };
  noInfluencers: string;
  influencerKinds: Readonly<Record<Influencer['kind'], string>>;
  stances: Readonly<Record<Stance, string>>;
  severities: Readonly<Record<Severity, string>>;
  noFindings: string;
  suggestion: string;
}

const EN: ReportWords = {
  untitled: 'Influence plan',
  reportOf: 'Influence plan report',
  reportDate: 'Report date',
  lastUpdated: 'Last updated',
  notWritten: '_Not written yet._',
  none: '_None yet._',
  headings: {
    organization: 'Organization',
    problem: 'Problem of practice',
    belief: 'Belief statement',
    result: 'Result',
    behaviors: 'Vital behaviors',
    unlinked: 'Not linked to a vital behavior',
    sources: 'Six sources of influence',
    strategies: 'Strategies',
    influencers: 'Influencers',
    coach: 'Coach findings',
  },
  organization: { name: 'Name', kind: 'Kind', students: 'Students', campuses: 'Campuses', teachers: 'Teachers', location: 'Location' },
  organizationKinds: { district: 'District', campus: 'Campus', network: 'Network', other: 'Other' },
  measureColumns: { measure: 'Measure', cadence: 'Measured', baseline: 'Baseline', target: 'Target', latest: 'Latest', progress: 'Progress' },
  noMeasures: '_No measures yet: the result has no number to track._',
  directions: { increase: 'increase', decrease: 'decrease' },
  behavior: {
    measuredBy: 'Measured by',
    origin: 'Found through',
    moments: 'Crucial moments',
    deviants: 'Positive deviants',
    busters: 'Culture busters',
    obvious: 'Notice the obvious',
  },
  noBehaviors: '_No vital behaviors yet._',
  origins: {
    obvious: 'noticing the obvious',
    'crucial-moment': 'a crucial moment',
    'positive-deviant': 'positive deviants',
    'culture-buster': 'a culture buster',
    research: 'research',
    other: 'other means',
  },
  matrixBehavior: 'Vital behavior',
  matrixUnlinked: 'Not aimed at a behavior',
  sourcesUsed: (used) => `Sources in use: ${used} of 6.`,
  strategyColumns: {
    number: '#',
    source: 'Source',
    tactic: 'Tactic',
    description: 'Strategy',
    behaviors: 'Behaviors',
    owner: 'Owner',
    start: 'Start',
    due: 'Due',
    status: 'Status',
  },
  noStrategies: '_No strategies yet._',
  statuses: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
  overdue: 'overdue',
  influencerColumns: { name: 'Name', role: 'Role', kind: 'Kind', stance: 'Stance', reach: 'Reach' },
  noInfluencers: '_No influencers named yet._',
  influencerKinds: { organizational: 'Organizational', 'opinion-leader': 'Opinion leader' },
  stances: { champion: 'Champion', neutral: 'Neutral', skeptic: 'Skeptic' },
  severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  noFindings: 'The coach found nothing to fix.',
  suggestion: 'Suggestion',
};

const ES: ReportWords = {
  untitled: 'Plan de influencia',
  reportOf: 'Informe del plan de influencia',
  reportDate: 'Fecha del informe',
  lastUpdated: 'Última actualización',
  notWritten: '_Aún sin escribir._',
  none: '_Aún no hay._',
  headings: {
    organization: 'Organización',
    problem: 'Problema de práctica',
    belief: 'Declaración de creencias',
    result: 'Resultado',
    behaviors: 'Conductas vitales',
    unlinked: 'Sin vínculo con una conducta vital',
    sources: 'Seis fuentes de influencia',
    strategies: 'Estrategias',
    influencers: 'Personas influyentes',
    coach: 'Observaciones del asesor',
  },
  organization: { name: 'Nombre', kind: 'Tipo', students: 'Estudiantes', campuses: 'Escuelas', teachers: 'Docentes', location: 'Ubicación' },
  organizationKinds: { district: 'Distrito', campus: 'Escuela', network: 'Red', other: 'Otro' },
  measureColumns: { measure: 'Medida', cadence: 'Se mide', baseline: 'Línea base', target: 'Meta', latest: 'Último dato', progress: 'Avance' },
  noMeasures: '_Aún no hay medidas: el resultado no tiene un número que seguir._',
  directions: { increase: 'subir', decrease: 'bajar' },
  behavior: {
    measuredBy: 'Se mide con',
    origin: 'Se encontró mediante',
    moments: 'Momentos cruciales',
    deviants: 'Desviados positivos',
    busters: 'Rompedores de cultura',
    obvious: 'Lo obvio',
  },
  noBehaviors: '_Aún no hay conductas vitales._',
  origins: {
    obvious: 'notar lo obvio',
    'crucial-moment': 'un momento crucial',
    'positive-deviant': 'desviados positivos',
    'culture-buster': 'un rompedor de cultura',
    research: 'investigación',
    other: 'otros medios',
  },
  matrixBehavior: 'Conducta vital',
  matrixUnlinked: 'Sin conducta asignada',
  sourcesUsed: (used) => `Fuentes en uso: ${used} de 6.`,
  strategyColumns: {
    number: '#',
    source: 'Fuente',
    tactic: 'Táctica',
    description: 'Estrategia',
    behaviors: 'Conductas',
    owner: 'Responsable',
    start: 'Inicio',
    due: 'Entrega',
    status: 'Estado',
  },
  noStrategies: '_Aún no hay estrategias._',
  statuses: { planned: 'Planeada', 'in-progress': 'En curso', done: 'Hecha', dropped: 'Abandonada' },
  overdue: 'atrasada',
  influencerColumns: { name: 'Nombre', role: 'Cargo', kind: 'Tipo', stance: 'Postura', reach: 'Alcance' },
  noInfluencers: '_Aún no se nombran personas influyentes._',
  influencerKinds: { organizational: 'De la organización', 'opinion-leader': 'Líder de opinión' },
  stances: { champion: 'A favor', neutral: 'Neutral', skeptic: 'Escéptica' },
  severities: { error: 'Errores', warning: 'Advertencias', info: 'Notas' },
  noFindings: 'El asesor no encontró nada que corregir.',
  suggestion: 'Sugerencia',
};

/** Report words in a language. */
export function reportWords(language: Language): ReportWords {
  return language === 'es' ? ES : EN;
}

/** A word from a fixed catalogue, or the raw value when unvalidated data holds something else. */
export function lookup<K extends string>(catalogue: Readonly<Record<K, string>>, key: string): string {
  return Object.hasOwn(catalogue, key) ? catalogue[key as K] : key;
}
