import { useId } from 'react';
import type { CohortDistrictSummary } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';

/** Props of the district table. */
export interface DistrictTableProps {
  districts: readonly CohortDistrictSummary[];
  openId: string | null;
  onOpen: (districtId: string) => void;
}

/** One row per district: stage, next gate, what blocks it, risks, fidelity, and a button to open it. */
export function DistrictTable({ districts, openId, onOpen }: DistrictTableProps) {
  const t = useT();
  const ids = useId();
  return (
    <section className="rollout-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('cohort.districts')}</h2>
      <table className="rollout-table cohort-table" data-testid="cohort-table">
        <thead>
          <tr>
            <th scope="col">{t('cohort.district')}</th>
            <th scope="col">{t('cohort.stage')}</th>
            <th scope="col">{t('cohort.nextGate')}</th>
            <th scope="col">{t('cohort.blockedBy')}</th>
            <th scope="col">{t('cohort.risks')}</th>
            <th scope="col">{t('cohort.fidelity')}</th>
            <th scope="col">{t('cohort.campuses')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('cohort.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {districts.map((district) => (
            <tr key={district.id} className={district.id === openId ? 'is-open' : undefined}>
              <th scope="row">{district.name}</th>
              <td>
                <span className={`stage-badge small ${district.status}`}>{t(`rollout.stage.${district.status}`)}</span>
                {district.status === 'paused' && district.pausedFrom !== null && (
                  <span className="hint"> {t('cohort.resumes', { stage: t(`rollout.stage.${district.pausedFrom}`) })}</span>
                )}
              </td>
              <td>{district.nextStage === null ? t('cohort.none') : t(`rollout.stage.${district.nextStage}`)}</td>
              <td>
                {district.blockedBy.length === 0 ? (
                  district.nextStage === null ? (
                    t('cohort.none')
                  ) : (
                    <span className="ready">{t('cohort.gateMet')}</span>
                  )
                ) : (
                  <ul className="blocked-list">
                    {district.blockedBy.map((criterion) => (
                      <li key={criterion.id} title={criterion.evidence}>
                        {t(`rollout.criterion.${criterion.id}`)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{district.risks.length === 0 ? t('cohort.none') : district.risks.map((risk) => t(`rollout.risk.${risk}`)).join(' ')}</td>
              <td>{district.shareAtFidelity === null ? t('cohort.none') : `${Math.round(district.shareAtFidelity * 100)}%`}</td>
              <td>{district.campuses}</td>
              <td>
                <button
                  type="button"
                  className="button small"
                  aria-expanded={district.id === openId}
                  aria-label={t('cohort.openLabel', { name: district.name })}
                  onClick={() => onOpen(district.id)}
                >
                  {t('cohort.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
