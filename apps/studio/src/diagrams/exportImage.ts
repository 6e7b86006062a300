/** Saving a rendered diagram: the SVG as a file, a PNG drawn from it, and the source as text. */
export { downloadBlob } from '../exchange/download.ts';

/** The SVG markup as a standalone file (with the XML namespace a viewer needs). */
export function svgBlob(svg: string): Blob {
  const withNamespace = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return new Blob([withNamespace], { type: 'image/svg+xml' });
}

/** Width and height of the picture, from its viewBox (mermaid sets `width="100%"`). */
function pictureSize(svg: string): { width: number; height: number } {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = document.documentElement;
  const box = root.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box !== undefined && box.length === 4 && box.every(Number.isFinite)) {
    const [, , width = 0, height = 0] = box;
    if (width > 0 && height > 0) return { width, height };
  }
  return { width: 1200, height: 800 };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The SVG with every HTML label (`foreignObject`) replaced by plain SVG text at the same place.
 * A canvas refuses to export a picture that holds HTML, so PNGs are drawn from this copy.
 */
export function withTextLabels(svg: string): string {
  if (!svg.includes('foreignObject')) return svg;
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  for (const object of [...document.getElementsByTagNameNS(SVG_NS, 'foreignObject')]) {
    const number = (name: string) => Number(object.getAttribute(name) ?? 0) || 0;
    const [x, y, width, height] = [number('x'), number('y'), number('width'), number('height')];
    // Line breaks in the label become separate lines of text.
    for (const br of [...object.getElementsByTagName('br')]) br.replaceWith('\n');
    const lines = (object.textContent ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const text = document.createElementNS(SVG_NS, 'text');
    const size = Math.max(8, Math.min(16, lines.length === 0 ? 14 : (height / lines.length) * 0.8));
    text.setAttribute('x', String(x + width / 2));
    text.setAttribute('y', String(y + height / 2 - ((lines.length - 1) * size * 1.2) / 2));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('font-size', String(size));
    text.setAttribute('font-family', 'system-ui, sans-serif');
    text.setAttribute('fill', '#333333');
    lines.forEach((line, index) => {
      const span = document.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', String(x + width / 2));
      if (index > 0) span.setAttribute('dy', String(size * 1.2));
      span.textContent = line;
      text.append(span);
    });
    object.replaceWith(text);
  }
  return new XMLSerializer().serializeToString(document);
}

/**
 * Draws the SVG into a canvas at `scale` and returns it as a PNG.
 * Rejects with a readable Error when the browser cannot decode or export the picture.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const flat = withTextLabels(svg);
  const { width, height } = pictureSize(flat);
  const sized = flat.replace(/<svg\b([^>]*)>/, (whole, attributes: string) => {
    const kept = attributes.replace(/\s(width|height)="[^"]*"/g, '').replace(/style="[^"]*max-width[^"]*"/, '');
    return `<svg${kept} width="${width}" height="${height}">`;
  });
  const url = URL.createObjectURL(svgBlob(sized));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error('the picture could not be turned into a PNG')) : resolve(blob)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Puts text on the clipboard; falls back to a hidden text area where the Clipboard API is missing. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText !== undefined) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused (e.g. an unfocused page): try the old way below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('the browser did not allow copying');
}
