/**
 * A picture drawn by the studio, as an SVG file that looks the same outside the studio: the
 * page's stylesheet does not travel with the file, so the computed look of each element is
 * copied onto it as presentation attributes.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties that give the plan map its look. */
const COPIED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'opacity',
] as const;

/**
 * Markup of `svg` (an element shown in the page) with its computed look copied in, its CSS
 * classes and size limits dropped, and the SVG namespace declared.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const shown = [svg, ...svg.querySelectorAll('*')];
  const copied = [copy, ...copy.querySelectorAll('*')];
  shown.forEach((element, i) => {
    const target = copied[i];
    if (target === undefined) return;
    const style = getComputedStyle(element);
    for (const property of COPIED) {
      const value = style.getPropertyValue(property);
      if (value !== '') target.setAttribute(property, value);
    }
    target.removeAttribute('class');
  });
  copy.removeAttribute('style');
  copy.removeAttribute('aria-hidden');
  copy.removeAttribute('focusable');
  copy.setAttribute('xmlns', SVG_NS);
  return new XMLSerializer().serializeToString(copy);
}
