/**
 * The six sources of influence and the named tactics of each.
 *
 * Motivation ("is it worth it?") and ability ("can I do it?") at three levels:
 * personal, social and structural. Every source also accepts the tactic `other`.
 */

/** The six sources, in the order the model presents them. */
export const SOURCES = [
  'personal-motivation',
  'personal-ability',
  'social-motivation',
  'social-ability',
  'structural-motivation',
  'structural-ability',
] as const;

/** One of the six sources of influence. */
export type Source = (typeof SOURCES)[number];

/** The level (row) of a source in the six-source matrix. */
export type SourceLevel = 'personal' | 'social' | 'structural';
/** The kind (column) of a source in the six-source matrix. */
export type SourceKind = 'motivation' | 'ability';

/** Level and kind of a source, e.g. `social-ability` → social, ability. */
export function describeSource(source: Source): { level: SourceLevel; kind: SourceKind } {
  const [level, kind] = source.split('-') as [SourceLevel, SourceKind];
  return { level, kind };
}

/** English names of the sources, as the book uses them. Apps translate by id. */
export const SOURCE_NAMES: Readonly<Record<Source, string>> = {
  'personal-motivation': 'Personal motivation',
  'personal-ability': 'Personal ability',
  'social-motivation': 'Social motivation',
  'social-ability': 'Social ability',
  'structural-motivation': 'Structural motivation',
  'structural-ability': 'Structural ability',
};

/** The named tactics of each source, with English names. `other` is valid for every source. */
export const TACTICS = {
  'personal-motivation': {
    'allow-choice': 'Allow choice',
    'direct-experience': 'Create direct experiences',
    'meaningful-stories': 'Tell meaningful stories',
    'connect-to-values': 'Connect to values',
    'make-it-a-game': 'Make it a game',
  },
  'personal-ability': {
    'deliberate-practice': 'Deliberate practice with feedback',
    'mini-goals': 'Break it into mini-goals',
    'emotional-skills': 'Build emotional skills',
    'prepare-for-setbacks': 'Prepare for setbacks',
  },
  'social-motivation': {
    'leaders-model': 'Leaders model it',
    'opinion-leaders': 'Engage opinion leaders',
    'new-norms': 'Create new norms',
    'public-recognition': 'Public recognition',
  },
  'social-ability': {
    'social-capital': 'Build social capital',
    teaming: 'Teaming',
    coaching: 'Coaching',
    'involve-the-problem': 'Involve those who are part of the problem',
  },
  'structural-motivation': {
    'small-rewards': 'Small, soon rewards tied to the behavior',
    'remove-disincentives': 'Remove disincentives',
    accountability: 'Demand accountability (last resort)',
  },
  'structural-ability': {
    'make-it-easy': 'Make it easy',
    'make-the-invisible-visible': 'Make the invisible visible',
    'change-space-and-schedule': 'Change space and schedules',
    'cues-and-reminders': 'Cues and reminders',
    tools: 'Provide tools',
  },
} as const satisfies Record<Source, Record<string, string>>;

/** A tactic id from the catalogue of one source. */
export type TacticOf<S extends Source> = keyof (typeof TACTICS)[S] & string;

/** Any tactic id, including `other`. */
export type Tactic = { [S in Source]: TacticOf<S> }[Source] | 'other';

/** Every tactic id, `other` last. */
export const ALL_TACTICS: readonly Tactic[] = [
  ...SOURCES.flatMap((source) => Object.keys(TACTICS[source]) as Tactic[]),
  'other',
];

/** The tactic ids a strategy of this source may use, `other` last. */
export function tacticsOf(source: Source): readonly Tactic[] {
  return [...(Object.keys(TACTICS[source]) as Tactic[]), 'other'];
}

/** True when `tactic` belongs to `source`'s catalogue (or is `other`). */
export function isTacticOf(source: Source, tactic: Tactic): boolean {
  return tactic === 'other' || Object.hasOwn(TACTICS[source], tactic);
}

/** English name of a tactic. */
export function tacticName(tactic: Tactic): string {
  if (tactic === 'other') return 'Other';
  for (const source of SOURCES) {
    const names: Record<string, string> = TACTICS[source];
    if (Object.hasOwn(names, tactic)) return names[tactic] as string;
  }
  return tactic;
}
