/** Organizational influencers and opinion leaders. */
import { memo } from 'react';
import { STANCES, type Influencer, type Plan } from '@sixsources/core';
import { useT } from '../../i18n/useT.ts';
import { useEditPlan, usePlanSelector } from '../../plan/usePlan.ts';
import { TextField } from '../fields/TextField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { ItemCard } from '../ItemCard.tsx';
import { AddItemButton } from '../AddItemButton.tsx';

const selectInfluencers = (plan: Plan) => plan.influencers;
const KINDS = ['organizational', 'opinion-leader'] as const;

export function InfluencersSection() {
  const t = useT();
  const influencers = usePlanSelector(selectInfluencers);
  return (
    <section className="editor-section card" aria-labelledby="section-influencers">
      <h2 id="section-influencers" data-path="influencers" tabIndex={-1}>
        {t('editor.section.influencers')}
      </h2>
      <p className="section-intro">{t('editor.influencersIntro')}</p>
      {influencers.length === 0 ? (
        <p className="muted">{t('editor.empty')}</p>
      ) : (
        <ol className="item-list">
          {influencers.map((influencer, index) => (
            <InfluencerCard key={influencer.id} influencer={influencer} index={index} count={influencers.length} />
          ))}
        </ol>
      )}
      <AddItemButton kind="influencer" label={t('editor.add.influencer')} />
    </section>
  );
}

const InfluencerCard = memo(function InfluencerCard({ influencer, index, count }: { influencer: Influencer; index: number; count: number }) {
  const t = useT();
  const edit = useEditPlan();
  const path = `influencers.${index}`;
  const update = (changes: Partial<Omit<Influencer, 'id'>>, field?: string) =>
    edit({ type: 'influencer.update', id: influencer.id, changes }, field === undefined ? undefined : { typingIn: `influencer.${influencer.id}.${field}` });
  return (
    <ItemCard kind="influencer" id={influencer.id} index={index} count={count} name={t('editor.item.influencer', { n: index + 1 })} path={path}>
      <TextField label={t('editor.field.name')} path={`${path}.name`} value={influencer.name} onChange={(name) => update({ name }, 'name')} />
      <TextField label={t('editor.field.role')} path={`${path}.role`} value={influencer.role} onChange={(role) => update({ role }, 'role')} />
      <SelectField
        label={t('editor.field.kind')}
        path={`${path}.kind`}
        value={influencer.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`domain.influencerKind.${kind}`) }))}
        onChange={(kind) => update({ kind })}
      />
      <SelectField
        label={t('editor.field.stance')}
        path={`${path}.stance`}
        value={influencer.stance}
        options={STANCES.map((stance) => ({ value: stance, label: t(`domain.stance.${stance}`) }))}
        onChange={(stance) => update({ stance })}
      />
      <TextField label={t('editor.field.reach')} path={`${path}.reach`} value={influencer.reach} hint={t('editor.hint.reach')} onChange={(reach) => update({ reach }, 'reach')} className="field-wide" />
    </ItemCard>
  );
});
