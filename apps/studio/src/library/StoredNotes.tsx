/**
 * Records the library cannot open: plans saved by a newer version (left untouched) and
 * records that could not be read (set aside, not deleted; downloadable as they are).
 */
import { useT } from '../i18n/useT.ts';
import type { NewerRecord, SetAsideRecord } from '../storage/repository.ts';
import { downloadText } from '../exchange/download.ts';
import { useStudio } from '../session/StudioContext.ts';

export function StoredNotes({ newer, setAside }: { newer: readonly NewerRecord[]; setAside: readonly SetAsideRecord[] }) {
  const t = useT();
  const studio = useStudio();
  if (newer.length === 0 && setAside.length === 0) return null;
  const downloadRaw = async (key: string) => {
    const value = await studio.readRaw(key);
    let text: string;
    try {
      text = JSON.stringify(value, null, 2) ?? String(value);
    } catch {
      text = String(value);
    }
    downloadText(`set-aside-${key.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60)}.json`, text, 'application/json');
  };
  return (
    <section className="stored-notes" aria-label={t('storage.setAsideTitle')}>
      {newer.map((record) => (
        <div key={record.id} className="banner info" data-testid="newer-record">
          <p>
            <strong>{t('storage.newerTitle')}: </strong>
            {t('storage.newerBody', { title: record.title ?? t('storage.untitled'), version: record.schemaVersion })}
          </p>
        </div>
      ))}
      {setAside.map((record) => (
        <div key={record.key} className="banner warning" data-testid="set-aside-record">
          <p>
            <strong>{t('storage.setAsideTitle')}: </strong>
            {t('storage.setAsideBody', { key: record.key, reason: record.reason })}
          </p>
          <div className="banner-actions">
            <button type="button" className="button small" onClick={() => void downloadRaw(record.key)}>
              {t('storage.downloadRaw')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
