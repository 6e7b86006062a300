import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { copyText, downloadBlob, svgBlob, svgToPng } from './exportImage.ts';
import './styles.css';

/**
 * What the picture's container holds: mermaid's SVG markup (sanitized by its strict mode, user
 * text entity-encoded by the core), or an `<svg>` element the studio draws with React.
 */
export type DiagramPicture = { markup: string } | { element: ReactNode };

/** Props of a diagram's frame: the picture, its tools and its mermaid source. */
export interface DiagramFrameProps {
  /** Mermaid source of the picture (copied and shown under it); `null` shows nothing yet. */
  source: string | null;
  /** What the picture shows, read by screen readers and used as the caption. */
  label: string;
  /** Optional sentence under the picture. */
  caption?: string;
  /** File name without extension for downloads, e.g. `socorro-plan-map`. */
  fileName: string;
  /** The picture (one `<svg>`), or `null` before there is one. */
  picture: DiagramPicture | null;
  /** The picture as standalone SVG markup, asked for when a download is made. */
  svgMarkup: () => string | null;
  /** The picture's own width in pixels, for "Actual size". */
  naturalWidth?: number;
  /** True while the picture is being drawn. */
  pending: boolean;
  /** Why the latest version could not be drawn, if it could not. */
  error: string | null;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** One diagram with its tools: copy the source, download SVG or PNG, actual size, read the source. */
export function DiagramFrame({ source, label, caption, fileName, picture, svgMarkup, naturalWidth, pending, error }: DiagramFrameProps) {
  const t = useT();
  const [notice, setNotice] = useState<Notice>(null);
  const [actualSize, setActualSize] = useState(false);
  const sourceId = useId();
  const hasPicture = picture !== null;

  async function copy() {
    if (source === null) return;
    try {
      await copyText(source);
      setNotice({ kind: 'ok', text: t('diagrams.copied') });
    } catch (failure) {
      setNotice({ kind: 'error', text: t('diagrams.copyFailed', { error: message(failure) }) });
    }
  }

  function downloadSvg() {
    const svg = svgMarkup();
    if (svg === null) return;
    downloadBlob(svgBlob(svg), `${fileName}.svg`);
    setNotice({ kind: 'ok', text: t('diagrams.downloaded', { file: `${fileName}.svg` }) });
  }

  async function downloadPng() {
    const svg = svgMarkup();
    if (svg === null) return;
    try {
      downloadBlob(await svgToPng(svg), `${fileName}.png`);
      setNotice({ kind: 'ok', text: t('diagrams.downloaded', { file: `${fileName}.png` }) });
    } catch (failure) {
      setNotice({ kind: 'error', text: t('diagrams.pngFailed', { error: message(failure) }) });
    }
  }

  const width = naturalWidth === undefined ? undefined : ({ '--diagram-width': `${Math.ceil(naturalWidth)}px` } as CSSProperties);
  return (
    <div className="diagram-panel">
      <div className="diagram-tools" role="group" aria-label={label}>
        <button type="button" className="button" onClick={() => void copy()} disabled={source === null}>
          {t('diagrams.copy')}
        </button>
        <button type="button" className="button" onClick={downloadSvg} disabled={!hasPicture}>
          {t('diagrams.downloadSvg')}
        </button>
        <button type="button" className="button" onClick={() => void downloadPng()} disabled={!hasPicture}>
          {t('diagrams.downloadPng')}
        </button>
        <button type="button" className="button quiet" aria-pressed={actualSize} onClick={() => setActualSize((on) => !on)} disabled={!hasPicture}>
          {t('diagrams.actualSize')}
        </button>
        <p className={`diagram-notice ${notice?.kind === 'error' ? 'is-error' : ''}`} role="status" aria-live="polite">
          {notice?.text ?? ''}
        </p>
      </div>

      {error !== null && (
        <div className="diagram-error" role="alert">
          <p>{t('diagrams.error', { error })}</p>
          {hasPicture && <p>{t('diagrams.errorKeepsLast')}</p>}
        </div>
      )}

      <figure className={actualSize ? 'diagram-figure actual-size' : 'diagram-figure'} aria-busy={pending} data-testid="diagram-figure">
        {picture !== null ? (
          'markup' in picture ? (
            // Mermaid's own SVG, sanitized by `securityLevel: 'strict'`; user text inside it is entity-encoded by the core.
            <div className="diagram-picture" style={width} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: picture.markup }} />
          ) : (
            <div className="diagram-picture" style={width} role="img" aria-label={label}>
              {picture.element}
            </div>
          )
        ) : (
          <p className="diagram-loading">{pending ? t('diagrams.loading') : ''}</p>
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

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
