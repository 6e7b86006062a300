import { useId, useState, type CSSProperties } from 'react';
import { useT } from '../i18n/useT.ts';
import { copyText, downloadBlob, svgBlob, svgToPng } from './exportImage.ts';
import { useMermaidSvg } from './useMermaidSvg.ts';
import './styles.css';

/** Props of a diagram panel. */
export interface DiagramPanelProps {
  /** Mermaid source from the core; `null` shows nothing yet. */
  source: string | null;
  /** What the picture shows, read by screen readers and used as the caption. */
  label: string;
  /** Optional sentence under the picture. */
  caption?: string;
  /** File name without extension for downloads, e.g. `socorro-plan-map`. */
  fileName: string;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * One mermaid diagram with its tools: copy the source, download SVG or PNG, read the source.
 * The SVG is mermaid's own output in strict mode (sanitized); no other markup is injected.
 */
export function DiagramPanel({ source, label, caption, fileName }: DiagramPanelProps) {
  const t = useT();
  const view = useMermaidSvg(source);
  const [notice, setNotice] = useState<Notice>(null);
  const [actualSize, setActualSize] = useState(false);
  const sourceId = useId();

  async function copy() {
    if (source === null) return;
    try {
      await copyText(source);
      setNotice({ kind: 'ok', text: t('diagrams.copied') });
    } catch (error) {
      setNotice({ kind: 'error', text: t('diagrams.copyFailed', { error: message(error) }) });
    }
  }

  function downloadSvg() {
    if (view.svg === null) return;
    downloadBlob(svgBlob(view.svg), `${fileName}.svg`);
    setNotice({ kind: 'ok', text: t('diagrams.downloaded', { file: `${fileName}.svg` }) });
  }

  async function downloadPng() {
    if (view.svg === null) return;
    try {
      downloadBlob(await svgToPng(view.svg), `${fileName}.png`);
      setNotice({ kind: 'ok', text: t('diagrams.downloaded', { file: `${fileName}.png` }) });
    } catch (error) {
      setNotice({ kind: 'error', text: t('diagrams.pngFailed', { error: message(error) }) });
    }
  }

  return (
    <div className="diagram-panel">
      <div className="diagram-tools" role="group" aria-label={label}>
        <button type="button" className="button" onClick={() => void copy()} disabled={source === null}>
          {t('diagrams.copy')}
        </button>
        <button type="button" className="button" onClick={downloadSvg} disabled={view.svg === null}>
          {t('diagrams.downloadSvg')}
        </button>
        <button type="button" className="button" onClick={() => void downloadPng()} disabled={view.svg === null}>
          {t('diagrams.downloadPng')}
        </button>
        <button type="button" className="button quiet" aria-pressed={actualSize} onClick={() => setActualSize((on) => !on)} disabled={view.svg === null}>
          {t('diagrams.actualSize')}
        </button>
        <p className={`diagram-notice ${notice?.kind === 'error' ? 'is-error' : ''}`} role="status" aria-live="polite">
          {notice?.text ?? ''}
        </p>
      </div>

      {view.error !== null && (
        <div className="diagram-error" role="alert">
          <p>{t('diagrams.error', { error: view.error })}</p>
          {view.svg !== null && <p>{t('diagrams.errorKeepsLast')}</p>}
        </div>
      )}

      <figure className={actualSize ? 'diagram-figure actual-size' : 'diagram-figure'} aria-busy={view.pending} data-testid="diagram-figure">
        {view.svg === null ? (
          <p className="diagram-loading">{view.pending ? t('diagrams.loading') : ''}</p>
        ) : (
          <div
            className="diagram-picture"
            style={naturalWidth(view.svg)}
            role="img"
            aria-label={label}
            // Mermaid's own SVG, sanitized by `securityLevel: 'strict'`; user text inside it is entity-encoded by the core.
            dangerouslySetInnerHTML={{ __html: view.svg }}
          />
        )}
        {caption !== undefined && <figcaption>{caption}</figcaption>}
      </figure>

      {source !== null && (
        <details className="diagram-source">
          <summary id={sourceId}>{t('diagrams.source')}</summary>
          <pre aria-labelledby={sourceId} tabIndex={0}>
            <code>{source}</code>
          </pre>
        </details>
      )}
    </div>
  );
}

/** The picture's own width (from its viewBox) as a CSS variable, for "Actual size". */
function naturalWidth(svg: string): CSSProperties | undefined {
  const box = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+[\d.]+"/.exec(svg);
  return box === null ? undefined : ({ '--diagram-width': `${Math.ceil(Number(box[1]))}px` } as CSSProperties);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
