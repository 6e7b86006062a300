/** Title, language, organization facts, problem of practice and belief statement. */
import { LANGUAGES, type Organization, type Plan, type PlanFieldChanges } from '@sixsources/core';
import { useT } from '../../i18n/useT.ts';
import { useEditPlan, usePlanSelector } from '../../plan/usePlan.ts';
import { TextField } from '../fields/TextField.tsx';
import { NumberField } from '../fields/NumberField.tsx';
import { SelectField } from '../fields/SelectField.tsx';

const ORG_KINDS = ['district', 'campus', 'network', 'other'] as const;
const selectTitle = (plan: Plan) => plan.title;
const selectLanguage = (plan: Plan) => plan.language;
const selectOrganization = (plan: Plan) => plan.organization;
const selectProblem = (plan: Plan) => plan.problemOfPractice;
const selectBelief = (plan: Plan) => plan.beliefStatement;

export function OverviewSection() {
  const t = useT();
  const edit = useEditPlan();
  const title = usePlanSelector(selectTitle);
  const language = usePlanSelector(selectLanguage);
  const organization = usePlanSelector(selectOrganization);
  const problem = usePlanSelector(selectProblem);
  const belief = usePlanSelector(selectBelief);

  const update = (changes: PlanFieldChanges, field?: string) =>
    edit({ type: 'plan.update', changes }, field === undefined ? undefined : { typingIn: `plan.${field}` });
  const updateOrganization = (changes: Partial<Organization>, field?: string) => update({ organization: changes }, field);

  return (
    <section className="editor-section card" aria-labelledby="section-overview" data-path="overview">
      <h2 id="section-overview">{t('editor.section.overview')}</h2>
      <div className="field-grid">
        <TextField label={t('editor.field.title')} path="title" value={title} onChange={(value) => update({ title: value }, 'title')} className="field-wide" />
        <TextField
          label={t('editor.field.orgName')}
          path="organization.name"
          value={organization.name}
          onChange={(name) => updateOrganization({ name }, 'organization.name')}
        />
        <SelectField
          label={t('editor.field.orgKind')}
          path="organization.kind"
          value={organization.kind}
          options={ORG_KINDS.map((kind) => ({ value: kind, label: t(`domain.orgKind.${kind}`) }))}
          onChange={(kind) => updateOrganization({ kind })}
        />
        <NumberField
          label={t('editor.field.students')}
          path="organization.students"
          value={organization.students}
          wholeOnly
          onChange={(students) => updateOrganization({ students }, 'organization.students')}
        />
        <NumberField
          label={t('editor.field.campuses')}
          path="organization.campuses"
          value={organization.campuses}
          wholeOnly
          onChange={(campuses) => updateOrganization({ campuses }, 'organization.campuses')}
        />
        <NumberField
          label={t('editor.field.teachers')}
          path="organization.teachers"
          value={organization.teachers}
          wholeOnly
          onChange={(teachers) => updateOrganization({ teachers }, 'organization.teachers')}
        />
        <TextField
          label={t('editor.field.location')}
          path="organization.location"
          value={organization.location ?? ''}
          onChange={(location) => updateOrganization({ location: location === '' ? undefined : location }, 'organization.location')}
        />
        <SelectField
          label={t('editor.field.language')}
          path="language"
          value={language}
          hint={t('editor.hint.language')}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`domain.planLanguage.${code}`) }))}
          onChange={(next) => update({ language: next })}
        />
        <TextField
          label={t('editor.field.problemOfPractice')}
          path="problemOfPractice"
          value={problem}
          multiline
          hint={t('editor.hint.problemOfPractice')}
          onChange={(value) => update({ problemOfPractice: value }, 'problemOfPractice')}
        />
        <TextField
          label={t('editor.field.beliefStatement')}
          path="beliefStatement"
          value={belief}
          multiline
          hint={t('editor.hint.beliefStatement')}
          onChange={(value) => update({ beliefStatement: value }, 'beliefStatement')}
        />
      </div>
    </section>
  );
}
