/** Importing a plan file: checked by the core first; a bad file changes nothing and says why. */
import { useId, useRef, useState } from 'react';
import { LIMITS, type PlanIssue } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { useStudio } from '../session/StudioContext.ts';
import { IssueList } from '../exchange/IssueList.tsx';
import { planHash } from '../shell/route.ts';
import { navigate } from '../shell/useRoute.ts';
import { useToast } from '../shell/toasts.tsx';

interface Failure {
  file: string;
  issues: PlanIssue[];
}

export function ImportPanel() {
  const t = useT();
  const studio = useStudio();
  const toast = useToast();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const importFile = async (file: File) => {
    // A file's size is its UTF-8 byte count: refuse an oversized one before reading it.
    if (file.size > LIMITS.maxDocumentBytes) {
      const mib = LIMITS.maxDocumentBytes / (1024 * 1024);
      setFailure({ file: file.name, issues: [{ path: '', code: 'too-large', message: t('library.importTooLarge', { mib }) }] });
      return;
    }
    const text = await file.text().catch(() => null);
    if (text === null) {
      setFailure({ file: file.name, issues: [{ path: '', code: 'not-json', message: t('library.importUnreadable') }] });
      return;
    }
    // The core's checks (zod) load with the first file, not with the library.
    const { parsePlanDocument } = await import('./plan-file.ts');
    const result = parsePlanDocument(text);
    if (!result.ok) {
      setFailure({ file: file.name, issues: result.errors });
      return;
    }
    setFailure(null);
    const id = studio.addPlan(result.plan);
    toast({
      message:
        result.migratedFrom === null
          ? t('library.imported', { title: result.plan.title })
          : t('library.importedMigrated', { title: result.plan.title, version: result.migratedFrom }),
    });
    navigate(planHash(id));
  };

  return (
    <section className="card import-plan" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('library.import')}</h2>
      <p className="muted">{t('library.importHint')}</p>
      <button type="button" className="button" onClick={() => input.current?.click()} data-testid="import-button">
        {t('library.importChoose')}
      </button>
      <input
        id={inputId}
        ref={input}
        hidden
        aria-label={t('library.importChoose')}
        type="file"
        accept=".json,application/json"
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void importFile(file);
        }}
      />
      {failure !== null && (
        <div className="import-failure" role="alert">
          <p>
            <strong>{t('library.importFailed', { file: failure.file })}</strong>
          </p>
          <IssueList issues={failure.issues} />
        </div>
      )}
    </section>
  );
}
