/** The blank template: a valid plan with nothing in it yet. */
import type { TemplateBuilder } from './body.ts';

/** An empty plan titled "Untitled plan" ("Plan sin título"). */
export const blankPlan: TemplateBuilder = (say) => ({
  title: say('Untitled plan', 'Plan sin título'),
  organization: { name: '', kind: 'district' },
  problemOfPractice: '',
  beliefStatement: '',
  result: { statement: '', measures: [] },
  behaviors: [],
  obvious: [],
  crucialMoments: [],
  positiveDeviants: [],
  cultureBusters: [],
  strategies: [],
  influencers: [],
});
