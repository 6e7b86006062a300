/**
 * One small form per kind of evidence a gate asks for. Forms are filled from the plan where it
 * already says the answer (problem of practice, measure, team), and every form goes through
 * the core's event schema before the district sees it.
 */
import { useState } from 'react';
import { FIT_INDICATORS, type DistrictEvent, type FitIndicator, type Plan } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { todayIso } from '../diagrams/naming.ts';
import { Field, defined, numberOrUndefined, textOrUndefined } from './fields.tsx';
import { FormFrame } from './FormFrame.tsx';
import { useRecorder } from './useRecorder.ts';

/** What every evidence form receives. */
export interface EvidenceFormProps {
  send: (event: DistrictEvent) => string[];
  /** The plan the district carries out, when the rollout belongs to one. */
  plan?: Plan;
}

/** Problem of practice with its measure's baseline and target, filled from the plan. */
export function ProblemForm({ send, plan }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const measure = plan?.result.measures[0];
  const [statement, setStatement] = useState(plan?.problemOfPractice || plan?.result.statement || '');
  const [name, setName] = useState(measure?.name ?? '');
  const [unit, setUnit] = useState(measure?.unit ?? '');
  const [baseline, setBaseline] = useState(measure?.baseline.value?.toString() ?? '');
  const [baselineDate, setBaselineDate] = useState(measure?.baseline.date ?? '');
  const [target, setTarget] = useState(measure?.target.value?.toString() ?? '');
  const [targetDate, setTargetDate] = useState(measure?.target.date ?? '');

  function submit() {
    const point = (value: string, date: string) =>
      value.trim() === '' && date === '' ? undefined : { value: numberOrUndefined(value) ?? Number.NaN, date };
    record({
      type: 'evidence.record',
      evidence: {
        kind: 'problemOfPractice',
        statement,
        measure: defined({ name, unit: textOrUndefined(unit), baseline: point(baseline, baselineDate), target: point(target, targetDate) }),
      },
    });
  }

  return (
    <FormFrame
      title={t('rollout.form.problem')}
      submitLabel={t('rollout.save')}
      outcome={outcome}
      onSubmit={submit}
      hint={plan === undefined ? undefined : t('rollout.form.fromPlan')}
    >
      <Field label={t('rollout.form.statement')} wide>
        <textarea value={statement} rows={3} onChange={(event) => setStatement(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.measureName')} wide>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.unit')}>
        <input value={unit} onChange={(event) => setUnit(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.baseline')}>
        <input inputMode="decimal" value={baseline} onChange={(event) => setBaseline(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.baselineDate')}>
        <input type="date" value={baselineDate} onChange={(event) => setBaselineDate(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.target')}>
        <input inputMode="decimal" value={target} onChange={(event) => setTarget(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.targetDate')}>
        <input type="date" value={targetDate} onChange={(event) => setTargetDate(event.target.value)} />
      </Field>
    </FormFrame>
  );
}

/** The six fit indicators, scored 1–5. */
export function FitForm({ send }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [scores, setScores] = useState<Partial<Record<FitIndicator, number>>>({});
  return (
    <FormFrame
      title={t('rollout.form.fit')}
      submitLabel={t('rollout.save')}
      outcome={outcome}
      onSubmit={() => record({ type: 'evidence.record', evidence: { kind: 'fitAssessment', scores, assessedAt: todayIso() } })}
    >
      {FIT_INDICATORS.map((indicator) => (
        <Field key={indicator} label={t(`rollout.fit.${indicator}`)}>
          <select
            value={scores[indicator]?.toString() ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              setScores((previous) => {
                const next = { ...previous };
                if (value === '') delete next[indicator];
                else next[indicator] = Number(value);
                return next;
              });
            }}
          >
            <option value="">{t('rollout.fit.unscored')}</option>
            {[1, 2, 3, 4, 5].map((score) => (
              <option key={score} value={score}>
                {score}
              </option>
            ))}
          </select>
        </Field>
      ))}
    </FormFrame>
  );
}

/** The implementation team, one member per line; filled from the plan's organizational influencers. */
export function TeamForm({ send, plan }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const known = plan?.influencers.filter((person) => person.kind === 'organizational') ?? [];
  const [text, setText] = useState(known.map((person) => (person.role === '' ? person.name : `${person.name}, ${person.role}`)).join('\n'));
  function submit() {
    const members = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const comma = line.indexOf(',');
        const name = comma < 0 ? line : line.slice(0, comma).trim();
        const role = comma < 0 ? undefined : textOrUndefined(line.slice(comma + 1));
        return defined({ name, role });
      });
    record({ type: 'evidence.record', evidence: { kind: 'team', members } });
  }
  return (
    <FormFrame title={t('rollout.form.team')} submitLabel={t('rollout.save')} outcome={outcome} onSubmit={submit}>
      <Field label={t('rollout.form.members')} wide>
        <textarea rows={4} value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
    </FormFrame>
  );
}

/** The decision to adopt: by whom, when, with an optional note. */
export function DecisionForm({ send }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [decidedBy, setDecidedBy] = useState('');
  const [date, setDate] = useState(todayIso);
  const [note, setNote] = useState('');
  return (
    <FormFrame
      title={t('rollout.form.decision')}
      submitLabel={t('rollout.save')}
      outcome={outcome}
      onSubmit={() =>
        record({
          type: 'evidence.record',
          evidence: defined({ kind: 'adoptionDecision' as const, decidedBy, decidedAt: date, note: textOrUndefined(note) }),
        })
      }
    >
      <Field label={t('rollout.form.decidedBy')}>
        <input value={decidedBy} onChange={(event) => setDecidedBy(event.target.value)} />
      </Field>
      <Field label={t('rollout.date')}>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </Field>
      <Field label={t('rollout.note')} wide>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
    </FormFrame>
  );
}

/** A description with an optional count: the training plan or the shared planning time. */
export function DescribedForm({ send, kind }: EvidenceFormProps & { kind: 'trainingPlan' | 'sharedPlanning' }) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [description, setDescription] = useState('');
  const [count, setCount] = useState('');
  const training = kind === 'trainingPlan';
  function submit() {
    const amount = numberOrUndefined(count);
    record({
      type: 'evidence.record',
      evidence: training
        ? defined({ kind: 'trainingPlan' as const, description, coaches: amount })
        : defined({ kind: 'sharedPlanning' as const, description, minutesPerWeek: amount }),
    });
  }
  return (
    <FormFrame
      title={training ? t('rollout.form.training') : t('rollout.form.planning')}
      submitLabel={t('rollout.save')}
      outcome={outcome}
      onSubmit={submit}
    >
      <Field label={t('rollout.form.description')} wide>
        <textarea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <Field label={training ? t('rollout.form.coaches') : t('rollout.form.minutes')}>
        <input inputMode="numeric" value={count} onChange={(event) => setCount(event.target.value)} />
      </Field>
    </FormFrame>
  );
}

/** A reading of the primary measure, as a value or as a group's gain. */
export function ReadingForm({ send }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [date, setDate] = useState(todayIso);
  const [kind, setKind] = useState<'value' | 'gain'>('value');
  const [amount, setAmount] = useState('');
  const [group, setGroup] = useState('');
  function submit() {
    const number = numberOrUndefined(amount) ?? Number.NaN;
    record({
      type: 'evidence.record',
      evidence: defined({
        kind: 'measureReading' as const,
        date,
        group: textOrUndefined(group),
        value: kind === 'value' ? number : undefined,
        gain: kind === 'gain' ? number : undefined,
      }),
    });
  }
  return (
    <FormFrame title={t('rollout.form.reading')} submitLabel={t('rollout.save')} outcome={outcome} onSubmit={submit}>
      <Field label={t('rollout.date')}>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.readingKind')}>
        <select value={kind} onChange={(event) => setKind(event.target.value === 'gain' ? 'gain' : 'value')}>
          <option value="value">{t('rollout.form.value')}</option>
          <option value="gain">{t('rollout.form.gain')}</option>
        </select>
      </Field>
      <Field label={kind === 'value' ? t('rollout.form.value') : t('rollout.form.gain')}>
        <input inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.group')}>
        <input value={group} onChange={(event) => setGroup(event.target.value)} />
      </Field>
    </FormFrame>
  );
}

/** A showcase visit. */
export function ShowcaseForm({ send }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [date, setDate] = useState(todayIso);
  const [host, setHost] = useState('');
  const [visitors, setVisitors] = useState('');
  return (
    <FormFrame
      title={t('rollout.form.showcase')}
      submitLabel={t('rollout.save')}
      outcome={outcome}
      onSubmit={() =>
        record({ type: 'showcase.record', showcase: defined({ date, host: textOrUndefined(host), visitors: numberOrUndefined(visitors) }) })
      }
    >
      <Field label={t('rollout.date')}>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.host')}>
        <input value={host} onChange={(event) => setHost(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.visitors')}>
        <input inputMode="numeric" value={visitors} onChange={(event) => setVisitors(event.target.value)} />
      </Field>
    </FormFrame>
  );
}

/** The practice written into a district framework. */
export function FrameworkForm({ send }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [framework, setFramework] = useState('');
  const [note, setNote] = useState('');
  return (
    <FormFrame
      title={t('rollout.form.framework')}
      submitLabel={t('rollout.save')}
      outcome={outcome}
      onSubmit={() =>
        record({ type: 'evidence.record', evidence: defined({ kind: 'frameworkEmbedding' as const, framework, note: textOrUndefined(note) }) })
      }
    >
      <Field label={t('rollout.form.frameworkName')}>
        <input value={framework} onChange={(event) => setFramework(event.target.value)} />
      </Field>
      <Field label={t('rollout.note')} wide>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
    </FormFrame>
  );
}

/** How the work is paid for, and whether that outlives the grant. */
export function FundingForm({ send }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [description, setDescription] = useState('');
  const [outlives, setOutlives] = useState(true);
  return (
    <FormFrame
      title={t('rollout.form.funding')}
      submitLabel={t('rollout.save')}
      outcome={outcome}
      onSubmit={() => record({ type: 'evidence.record', evidence: { kind: 'fundingPlan', description, outlivesGrant: outlives } })}
    >
      <Field label={t('rollout.form.description')} wide>
        <textarea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <label className="rollout-check">
        <input type="checkbox" checked={outlives} onChange={(event) => setOutlives(event.target.checked)} />
        <span>{t('rollout.form.outlivesGrant')}</span>
      </label>
    </FormFrame>
  );
}
