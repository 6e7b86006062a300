/** Every feature catalog, loaded at once: for tests and tools that check all of them. */
import { FRAME_CATALOGS, type FeatureCatalog, type FeatureName } from './catalog.ts';
import { messages as library } from '../library/messages.ts';
import { messages as editor } from '../editor/messages.ts';
import { messages as matrix } from '../matrix/messages.ts';
import { messages as share } from '../share/messages.ts';
import { messages as diagrams } from '../diagrams/messages.ts';
import { messages as measures } from '../measures/messages.ts';
import { messages as rollout } from '../rollout/messages.ts';
import { messages as cohort } from '../cohort/messages.ts';
import { messages as print } from '../print/messages.ts';

/** Every feature's catalog by feature name. */
export const FEATURE_CATALOGS: Record<FeatureName, FeatureCatalog> = {
  ...FRAME_CATALOGS,
  library,
  editor,
  matrix,
  share,
  diagrams,
  measures,
  rollout,
  cohort,
  print,
};
