/**
 * Catalogs that load with their screens. A screen's loader awaits `loadCatalogs(...)` with
 * the groups it needs before it first renders, so its words are there from the start.
 */
import { registerCatalog, type FeatureCatalog } from './catalog.ts';

type Loader = () => Promise<FeatureCatalog[]>;

const only = (load: () => Promise<{ messages: FeatureCatalog }>): Loader => () => load().then((module) => [module.messages]);

/** The lazily loaded groups of catalogs. */
const GROUPS = {
  library: only(() => import('../library/messages.ts')),
  editor: only(() => import('../editor/messages.ts')),
  matrix: only(() => import('../matrix/messages.ts')),
  share: only(() => import('../share/messages.ts')),
  // The diagrams, measures, rollout, cohort and print screens borrow from each other: one group.
  features: () =>
    Promise.all([
      import('../diagrams/messages.ts'),
      import('../measures/messages.ts'),
      import('../rollout/messages.ts'),
      import('../cohort/messages.ts'),
      import('../print/messages.ts'),
    ]).then((modules) => modules.map((module) => module.messages)),
} satisfies Record<string, Loader>;

/** A group of lazily loaded catalogs. */
export type CatalogGroup = keyof typeof GROUPS;

const loading = new Map<CatalogGroup, Promise<void>>();

/** Loads and registers the catalogs of these groups (each group once). */
export function loadCatalogs(...groups: CatalogGroup[]): Promise<void> {
  return Promise.all(
    groups.map((group) => {
      let promise = loading.get(group);
      if (promise === undefined) {
        promise = GROUPS[group]().then((catalogs) => catalogs.forEach(registerCatalog));
        loading.set(group, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
}
