/**
 * All message catalogs of the studio, merged. Each feature folder owns a `messages.ts` with
 * flat keys prefixed by the feature (`library.title`); Spanish must have exactly the keys of
 * English, which a unit test checks for every catalog listed here.
 */
import type { UiLanguage } from './language.ts';
import { messages as shell } from '../shell/messages.ts';
import { messages as storage } from '../storage/messages.ts';
import { messages as domain } from '../domain/messages.ts';
import { messages as library } from '../library/messages.ts';
import { messages as editor } from '../editor/messages.ts';
import { messages as matrix } from '../matrix/messages.ts';
import { messages as coach } from '../coach/messages.ts';
import { messages as exchange } from '../exchange/messages.ts';
import { messages as diagrams } from '../diagrams/messages.ts';
import { messages as measures } from '../measures/messages.ts';
import { messages as rollout } from '../rollout/messages.ts';
import { messages as cohort } from '../cohort/messages.ts';
import { messages as print } from '../print/messages.ts';

/** One feature's catalog: the same flat keys in every language. */
export interface FeatureCatalog {
  en: Readonly<Record<string, string>>;
  es: Readonly<Record<string, string>>;
}

/** Every feature catalog by feature name; each key starts with its feature's name. */
export const FEATURE_CATALOGS = {
  shell,
  storage,
  domain,
  library,
  editor,
  matrix,
  coach,
  exchange,
  diagrams,
  measures,
  rollout,
  cohort,
  print,
} as const satisfies Record<string, FeatureCatalog>;

type Catalogs = typeof FEATURE_CATALOGS;

/** Any message key of any feature. */
export type MessageKey = { [F in keyof Catalogs]: keyof Catalogs[F]['en'] & string }[keyof Catalogs];

/** Values for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

function merge(language: UiLanguage): Readonly<Record<string, string>> {
  const merged: Record<string, string> = {};
  for (const catalog of Object.values(FEATURE_CATALOGS) as FeatureCatalog[]) Object.assign(merged, catalog[language]);
  return merged;
}

/** The merged messages of each language. */
export const MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>> = {
  en: merge('en'),
  es: merge('es'),
};

/** True when `key` names a message (useful for keys built from ids, such as finding codes). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES.en, key);
}
