import { DiagramFrame } from './DiagramFrame.tsx';
import { useMermaidSvg } from './useMermaidSvg.ts';

/** Props of a mermaid diagram panel. */
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

/**
 * One mermaid diagram with its tools: copy the source, download SVG or PNG, read the source.
 * The SVG is mermaid's own output in strict mode (sanitized); no other markup is injected.
 */
export function DiagramPanel({ source, label, caption, fileName }: DiagramPanelProps) {
  const view = useMermaidSvg(source);
  return (
    <DiagramFrame
      source={source}
      label={label}
      caption={caption}
      fileName={fileName}
      picture={view.svg === null ? null : { markup: view.svg }}
      svgMarkup={() => view.svg}
      naturalWidth={view.svg === null ? undefined : naturalWidth(view.svg)}
      pending={view.pending}
      error={view.error}
    />
  );
}

/** The picture's own width, from its viewBox. */
function naturalWidth(svg: string): number | undefined {
  const box = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+[\d.]+"/.exec(svg);
  return box === null ? undefined : Number(box[1]);
}
