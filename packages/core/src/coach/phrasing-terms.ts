/**
 * The words that give away a vital behavior written as an outcome, a feeling or a policy,
 * in English and Spanish, with the guards for words that also have an innocent use.
 */
import type { PhrasingKind } from './params.ts';

/** A keyword, what it reveals, and the guards that keep it from firing on ordinary actions. */
export interface Term {
  /** The keyword as shown to people. */
  text: string;
  kind: PhrasingKind;
  /** Ignore it inside a purpose clause (`to improve`, `para mejorar`) or after a check verb. */
  verb?: true;
  /** Ignore it right after one of these words (a noun use: `the value`, `for understanding`). */
  notAfter?: readonly string[];
  /** Ignore it right before one of these words (`achievement data`). */
  notBefore?: readonly string[];
}

/** Words before a noun: determiners, prepositions and verbs that take one as object. */
const NOUN_MARKERS = [
  'a', 'an', 'the', 'their', 'his', 'her', 'its', 'our', 'your', 'this', 'that', 'these', 'those',
  'each', 'every', 'any', 'some', 'more', 'extra', 'additional', 'of', 'for', 'with', 'without',
  'provide', 'provides', 'give', 'gives', 'offer', 'offers', 'receive', 'receives', 'get', 'gets',
  'need', 'needs', 'check', 'checks', 'checking', 'shared', 'common', 'deeper', 'targeted',
  'in-class', 'instructional', 'peer', 'coaching', 'target', 'baseline', 'measured', 'recorded',
];

const outcome = (texts: readonly string[], extra: Partial<Term> = {}): Term[] =>
  texts.map((text) => ({ text, kind: 'outcome', verb: true, ...extra }));
const feeling = (texts: readonly string[], extra: Partial<Term> = {}): Term[] =>
  texts.map((text) => ({ text, kind: 'feeling', verb: true, ...extra }));
const policy = (texts: readonly string[]): Term[] => texts.map((text) => ({ text, kind: 'policy' }));

/** The keywords, English then Spanish. */
export const PHRASING_TERMS: readonly Term[] = [
  ...outcome([
    'improve', 'improves', 'improved', 'improving', 'increase', 'increases', 'increased', 'increasing',
    'achieve', 'achieves', 'boost', 'boosts', 'scores rise', 'scores will rise', 'scores go up',
    'rates rise', 'will rise',
  ]),
  ...outcome(['achievement'], { notBefore: ['data', 'reports', 'records', 'results', 'scores', 'levels'] }),
  ...feeling([
    'embrace', 'embraces', 'embraced', 'embracing', 'understand', 'understands', 'believe', 'believes',
    'appreciate', 'appreciates', 'feel', 'feels', 'be comfortable', 'are comfortable', 'feel comfortable',
    'become comfortable', 'buy in', 'buy-in', 'be committed', 'are committed', 'care about', 'cares about',
    'be open to', 'are open to', 'be willing to', 'are willing to',
  ]),
  ...feeling(['support', 'supports', 'value', 'values', 'understanding'], { notAfter: NOUN_MARKERS }),
  ...policy([
    'will be evaluated on', 'will be evaluated', 'be evaluated on', 'are required to', 'is required to',
    'required to', 'must be', 'must', 'shall', 'policy', 'policies', 'mandate', 'mandated', 'mandatory',
    'will be held accountable', 'held accountable', 'are expected to', 'is expected to',
  ]),
  // Spanish. `crea`/`crean` are left out: they also mean "create".
  ...outcome([
    'mejorar', 'mejore', 'mejoren', 'mejoran', 'mejorará', 'mejorarán', 'aumentar', 'aumente', 'aumenten',
    'aumenta', 'aumentan', 'aumentará', 'aumentarán', 'incrementar', 'incremente', 'incrementen',
    'incrementa', 'incrementan', 'suban los puntajes', 'suben los puntajes', 'suban las calificaciones',
    'los puntajes suban', 'los puntajes suben', 'subirán los puntajes',
  ]),
  ...outcome(['logro', 'logros'], { notAfter: ['de', 'del'] }),
  ...feeling([
    'apoyar', 'apoye', 'apoyen', 'apoya', 'apoyan', 'apoyarán', 'comprender', 'comprenda', 'comprendan',
    'comprende', 'comprenden', 'entender', 'entienda', 'entiendan', 'entiende', 'entienden', 'creer', 'cree',
    'creen', 'crean en', 'valorar', 'valore', 'valoren', 'valora', 'valoran', 'apreciar', 'aprecie',
    'aprecien', 'aprecia', 'aprecian', 'se sientan cómodos', 'se sientan cómodas', 'se sienten cómodos',
    'sentirse cómodos', 'estén cómodos', 'se comprometan', 'estén comprometidos', 'acepten el cambio',
  ]),
  ...policy([
    'serán evaluados', 'serán evaluadas', 'será evaluado', 'será evaluada', 'están obligados',
    'están obligadas', 'es obligatorio', 'obligatorio', 'obligatoria', 'deben ser', 'deben', 'deberán',
    'tienen que', 'tendrán que', 'política', 'políticas', 'se requiere', 'se les exige', 'normativa',
  ]),
];
