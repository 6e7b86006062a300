/** The four ways to find vital behaviors, each a list whose items link to behaviors. */
import { memo, type ReactNode } from 'react';
import type { CrucialMoment, CultureBuster, ObviousNote, Plan, PositiveDeviant } from '@sixsources/core';
import { useT } from '../../i18n/useT.ts';
import { useEditPlan, usePlanSelector } from '../../plan/usePlan.ts';
import { TextField } from '../fields/TextField.tsx';
import { ItemCard } from '../ItemCard.tsx';
import { AddItemButton } from '../AddItemButton.tsx';
import { BehaviorLinks } from '../BehaviorLinks.tsx';

const selectObvious = (plan: Plan) => plan.obvious;
const selectMoments = (plan: Plan) => plan.crucialMoments;
const selectDeviants = (plan: Plan) => plan.positiveDeviants;
const selectBusters = (plan: Plan) => plan.cultureBusters;

export function DiscoverySection() {
  const t = useT();
  const obvious = usePlanSelector(selectObvious);
  const moments = usePlanSelector(selectMoments);
  const deviants = usePlanSelector(selectDeviants);
  const busters = usePlanSelector(selectBusters);
  return (
    <section className="editor-section card" aria-labelledby="section-discovery">
      <h2 id="section-discovery">{t('editor.section.discovery')}</h2>
      <p className="section-intro">{t('editor.discoveryIntro')}</p>

      <DiscoveryList
        list="obvious"
        title={t('editor.discovery.obvious')}
        intro={t('editor.discovery.obviousIntro')}
        count={obvious.length}
        add={<AddItemButton kind="obvious" label={t('editor.add.obvious')} />}
      >
        {obvious.map((note, index) => (
          <ObviousCard key={note.id} note={note} index={index} count={obvious.length} />
        ))}
      </DiscoveryList>

      <DiscoveryList
        list="crucialMoments"
        title={t('editor.discovery.crucialMoments')}
        intro={t('editor.discovery.crucialMomentsIntro')}
        count={moments.length}
        add={<AddItemButton kind="crucialMoment" label={t('editor.add.crucialMoment')} />}
      >
        {moments.map((moment, index) => (
          <MomentCard key={moment.id} moment={moment} index={index} count={moments.length} />
        ))}
      </DiscoveryList>

      <DiscoveryList
        list="positiveDeviants"
        title={t('editor.discovery.positiveDeviants')}
        intro={t('editor.discovery.positiveDeviantsIntro')}
        count={deviants.length}
        add={<AddItemButton kind="positiveDeviant" label={t('editor.add.positiveDeviant')} />}
      >
        {deviants.map((deviant, index) => (
          <DeviantCard key={deviant.id} deviant={deviant} index={index} count={deviants.length} />
        ))}
      </DiscoveryList>

      <DiscoveryList
        list="cultureBusters"
        title={t('editor.discovery.cultureBusters')}
        intro={t('editor.discovery.cultureBustersIntro')}
        count={busters.length}
        add={<AddItemButton kind="cultureBuster" label={t('editor.add.cultureBuster')} />}
      >
        {busters.map((buster, index) => (
          <BusterCard key={buster.id} buster={buster} index={index} count={busters.length} />
        ))}
      </DiscoveryList>
    </section>
  );
}

/** One of the four lists: heading, intro, its items and the button that adds one. */
function DiscoveryList({
  list,
  title,
  intro,
  count,
  add,
  children,
}: {
  list: string;
  title: string;
  intro: string;
  count: number;
  add: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="discovery-list">
      <h3 data-path={list} tabIndex={-1}>
        {title}
      </h3>
      <p className="section-intro">{intro}</p>
      {count === 0 ? <p className="muted">{t('editor.empty')}</p> : <ol className="item-list">{children}</ol>}
      {add}
    </div>
  );
}

interface CardProps {
  index: number;
  count: number;
}

const ObviousCard = memo(function ObviousCard({ note, index, count }: CardProps & { note: ObviousNote }) {
  const t = useT();
  const edit = useEditPlan();
  const path = `obvious.${index}`;
  return (
    <ItemCard kind="obvious" id={note.id} index={index} count={count} name={t('editor.item.obvious', { n: index + 1 })} path={path} headingLevel={4}>
      <TextField
        label={t('editor.field.obviousText')}
        path={`${path}.text`}
        value={note.text}
        multiline
        onChange={(text) => edit({ type: 'obvious.update', id: note.id, changes: { text } }, { typingIn: `obvious.${note.id}.text` })}
      />
      <BehaviorLinks kind="obvious" itemId={note.id} linked={note.behaviorIds} path={`${path}.behaviorIds`} />
    </ItemCard>
  );
});

const MomentCard = memo(function MomentCard({ moment, index, count }: CardProps & { moment: CrucialMoment }) {
  const t = useT();
  const edit = useEditPlan();
  const path = `crucialMoments.${index}`;
  return (
    <ItemCard kind="crucialMoment" id={moment.id} index={index} count={count} name={t('editor.item.crucialMoment', { n: index + 1 })} path={path} headingLevel={4}>
      <TextField
        label={t('editor.field.when')}
        path={`${path}.when`}
        value={moment.when}
        multiline
        onChange={(when) => edit({ type: 'crucialMoment.update', id: moment.id, changes: { when } }, { typingIn: `crucialMoment.${moment.id}.when` })}
      />
      <BehaviorLinks kind="crucialMoment" itemId={moment.id} linked={moment.behaviorIds} path={`${path}.behaviorIds`} />
    </ItemCard>
  );
});

const DeviantCard = memo(function DeviantCard({ deviant, index, count }: CardProps & { deviant: PositiveDeviant }) {
  const t = useT();
  const edit = useEditPlan();
  const path = `positiveDeviants.${index}`;
  const update = (changes: Partial<Omit<PositiveDeviant, 'id'>>, field: string) =>
    edit({ type: 'positiveDeviant.update', id: deviant.id, changes }, { typingIn: `positiveDeviant.${deviant.id}.${field}` });
  return (
    <ItemCard kind="positiveDeviant" id={deviant.id} index={index} count={count} name={t('editor.item.positiveDeviant', { n: index + 1 })} path={path} headingLevel={4}>
      <TextField label={t('editor.field.deviantWho')} path={`${path}.who`} value={deviant.who} onChange={(who) => update({ who }, 'who')} />
      <TextField label={t('editor.field.practice')} path={`${path}.practice`} value={deviant.practice} multiline onChange={(practice) => update({ practice }, 'practice')} />
      <BehaviorLinks kind="positiveDeviant" itemId={deviant.id} linked={deviant.behaviorIds} path={`${path}.behaviorIds`} />
    </ItemCard>
  );
});

const BusterCard = memo(function BusterCard({ buster, index, count }: CardProps & { buster: CultureBuster }) {
  const t = useT();
  const edit = useEditPlan();
  const path = `cultureBusters.${index}`;
  return (
    <ItemCard kind="cultureBuster" id={buster.id} index={index} count={count} name={t('editor.item.cultureBuster', { n: index + 1 })} path={path} headingLevel={4}>
      <TextField
        label={t('editor.field.busterDescription')}
        path={`${path}.description`}
        value={buster.description}
        multiline
        onChange={(description) =>
          edit({ type: 'cultureBuster.update', id: buster.id, changes: { description } }, { typingIn: `cultureBuster.${buster.id}.description` })
        }
      />
      <BehaviorLinks kind="cultureBuster" itemId={buster.id} linked={buster.behaviorIds} path={`${path}.behaviorIds`} />
    </ItemCard>
  );
});
