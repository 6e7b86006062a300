/**
 * The studio's message catalogs. Each feature folder owns a `messages.ts` with flat keys
 * prefixed by the feature (`library.title`), English and Spanish with the same keys (a unit
 * test checks every catalog). The frame's catalogs load with the app; a screen's catalogs
 * load with the screen (`lazy-catalogs.ts`), which keeps the first screen small.
 */
import type { UiLanguage } from './language.ts';
import { messages as shell } from '../shell/messages.ts';
import { messages as storage } from '../storage/messages.ts';
import { messages as domain } from '../domain/messages.ts';
import { messages as coach } from '../coach/messages.ts';
import { messages as exchange } from '../exchange/messages.ts';

/** One feature's catalog: the same flat keys in every language. */
export interface FeatureCatalog {
  en: Readonly<Record<string, string>>;
  es: Readonly<Record<string, string>>;
}

/** Catalogs loaded with the app: the frame, storage notices, domain names, coach, export. */
export const FRAME_CATALOGS = { shell, storage, domain, coach, exchange } as const satisfies Record<string, FeatureCatalog>;

/** Every feature's catalog type, including those loaded with their screens. */
interface AllCatalogs {
  shell: typeof shell;
  storage: typeof storage;
  domain: typeof domain;
  coach: typeof coach;
  exchange: typeof exchange;
  library: typeof import('../library/messages.ts').messages;
  editor: typeof import('../editor/messages.ts').messages;
  matrix: typeof import('../matrix/messages.ts').messages;
  share: typeof import('../share/messages.ts').messages;
  diagrams: typeof import('../diagrams/messages.ts').messages;
  measures: typeof import('../measures/messages.ts').messages;
  rollout: typeof import('../rollout/messages.ts').messages;
  cohort: typeof import('../cohort/messages.ts').messages;
  print: typeof import('../print/messages.ts').messages;
}

/** The name of a feature with a catalog. */
export type FeatureName = keyof AllCatalogs;

/** Any message key of any feature. */
export type MessageKey = { [F in FeatureName]: keyof AllCatalogs[F]['en'] & string }[FeatureName];

/** Values for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The messages known so far, by language; grows as screens load their catalogs. */
export const MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>> = { en: {}, es: {} };

const registered = new Set<FeatureCatalog>();

/** Adds a feature's catalog to the known messages (idempotent). */
export function registerCatalog(catalog: FeatureCatalog): void {
  if (registered.has(catalog)) return;
  registered.add(catalog);
  Object.assign(MESSAGES.en, catalog.en);
  Object.assign(MESSAGES.es, catalog.es);
}

for (const catalog of Object.values(FRAME_CATALOGS)) registerCatalog(catalog);

/** True when `key` names a known message (useful for keys built from ids, such as stage names). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES.en, key);
}
