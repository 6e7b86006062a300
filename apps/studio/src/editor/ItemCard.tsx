/** One item of a list in the editor: its name, controls, what the coach says about it, and its fields. */
import type { ReactNode } from 'react';
import type { ItemKind } from '@sixsources/core';
import { useFindingsAt } from '../coach/CoachContext.ts';
import { useT } from '../i18n/useT.ts';
import { ItemControls } from './ItemControls.tsx';

export function ItemCard({
  kind,
  id,
  index,
  count,
  name,
  path,
  headingLevel = 3,
  children,
}: {
  kind: ItemKind;
  id: string;
  index: number;
  count: number;
  name: string;
  /** The item's path, e.g. `behaviors.2`. */
  path: string;
  headingLevel?: 3 | 4;
  children: ReactNode;
}) {
  const t = useT();
  const findings = useFindingsAt(path);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li className="item-card" data-item-id={id} data-path={path} tabIndex={-1} aria-label={name}>
      <div className="item-card-head">
        <Heading className="item-card-title">{name}</Heading>
        <ItemControls kind={kind} id={id} index={index} count={count} name={name} />
      </div>
      {findings.length > 0 && (
        <ul className="item-findings">
          {findings.map((finding) => (
            <li key={finding.code} className={`field-finding ${finding.severity}`}>
              <span className="visually-hidden">{t(`domain.severity.${finding.severity}`)}: </span>
              {finding.message}
            </li>
          ))}
        </ul>
      )}
      <div className="field-grid">{children}</div>
    </li>
  );
}
