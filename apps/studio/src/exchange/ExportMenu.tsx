/** The header's Export menu for the open plan: plan file, Markdown report, print view, share link. */
import { useRef, useState } from 'react';
import { serializePlan } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { usePlanSession } from '../plan/PlanSessionContext.ts';
import { flushPendingEdits } from '../plan/pending-edits.ts';
import { planHash } from '../shell/route.ts';
import { useToast } from '../shell/toasts.tsx';
import { downloadText, fileNameFor } from './download.ts';
import './exchange.css';

const loadShareLink = () => import('../share/share-link.ts');

/** Links longer than this get a warning: chat apps and mail clients cut long links. */
const LONG_LINK = 8000;

export function ExportMenu() {
  const t = useT();
  const toast = useToast();
  const { planId, store } = usePlanSession();
  const menu = useRef<HTMLDetailsElement>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  // Read the plan when asked, so typing does not re-render the menu.
  const currentPlan = () => {
    flushPendingEdits();
    return store.getPlan();
  };
  const close = () => menu.current?.removeAttribute('open');

  const downloadPlan = () => {
    const plan = currentPlan();
    downloadText(fileNameFor(plan.title, 'sixsources.json'), serializePlan(plan), 'application/json');
    close();
  };
  const downloadReport = async () => {
    const plan = currentPlan();
    const { downloadReport: download } = await import('./report-file.ts');
    download(plan);
    close();
  };
  const copyShareLink = async () => {
    // The compressor is loaded on first use, not with the first screen.
    const { shareUrl } = await loadShareLink();
    const link = shareUrl(currentPlan(), window.location);
    const tooLong = link.length > LONG_LINK ? ` ${t('exchange.shareTooLong', { length: link.length })}` : '';
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      toast({ message: t('exchange.shareCopied') + tooLong });
      close();
    } catch {
      setManualLink(link);
    }
  };

  return (
    <details
      className="export-menu"
      ref={menu}
      onToggle={(event) => {
        setManualLink(null);
        // Fetch the share-link code as the menu opens, so copying stays within the click's activation.
        if (event.currentTarget.open) void loadShareLink();
      }}
    >
      <summary className="button" aria-label={t('exchange.menuLabel')} data-testid="export-menu">
        {t('exchange.menu')} <span aria-hidden="true">▾</span>
      </summary>
      <div className="export-menu-items">
        <button type="button" className="button" onClick={downloadPlan}>
          {t('exchange.downloadPlan')}
        </button>
        <button type="button" className="button" onClick={() => void downloadReport()}>
          {t('exchange.downloadReport')}
        </button>
        <a className="button" href={planHash(planId, 'print')} onClick={close}>
          {t('exchange.print')}
        </a>
        <button type="button" className="button" onClick={() => void copyShareLink()}>
          {t('exchange.copyShareLink')}
        </button>
        {manualLink !== null && (
          <label className="manual-link">
            <span className="muted">{t('exchange.shareCopyFailed')}</span>
            <input type="text" readOnly value={manualLink} aria-label={t('exchange.shareLinkLabel')} onFocus={(e) => e.currentTarget.select()} autoFocus />
          </label>
        )}
      </div>
    </details>
  );
}
