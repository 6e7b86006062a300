import { useId } from 'react';
import type { RolloutLogEntry } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';

/** The district's audit trail, newest first. */
export function EventLog({ log }: { log: readonly RolloutLogEntry[] }) {
  const t = useT();
  const ids = useId();
  const entries = [...log].reverse();
  return (
    <section className="rollout-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('rollout.log')}</h2>
      {entries.length === 0 ? (
        <p>{t('rollout.log.empty')}</p>
      ) : (
        <div className="log-scroll" tabIndex={0} role="region" aria-labelledby={`${ids}-title`}>
          <table className="rollout-table" data-testid="rollout-log">
            <thead>
              <tr>
                <th scope="col">{t('rollout.log.when')}</th>
                <th scope="col">{t('rollout.log.who')}</th>
                <th scope="col">{t('rollout.log.what')}</th>
                <th scope="col">{t('rollout.log.why')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.seq}>
                  <td className="when">{entry.when.slice(0, 16).replace('T', ' ')}</td>
                  <td>{entry.who === 'unknown' ? '—' : entry.who}</td>
                  <td>{entry.what}</td>
                  <td>{entry.why ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
