import type { Ref } from 'react';
import { PLAN_MAP_METRICS as M, type PlacedBox, type PlanMapLayout } from './planMapLayout.ts';

/** Props of the plan map picture. */
export interface PlanMapSvgProps {
  /** The laid-out plan map (`layoutPlanMap`). */
  layout: PlanMapLayout;
  /** The `<svg>` element, for downloads. */
  ref?: Ref<SVGSVGElement>;
}

/**
 * The plan map drawn by the studio itself, as SVG made by React: every label is a text node,
 * so user text is shown as it is and never read as markup. Colours and fonts come from the
 * `plan-map` rules of `styles.css`; downloads copy them in (`standaloneSvg.ts`).
 */
export function PlanMapSvg({ layout, ref }: PlanMapSvgProps) {
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      className="plan-map"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      style={{ maxWidth: `${layout.width}px` }}
      aria-hidden="true"
      focusable="false"
    >
      {/* All arrows in one path and all heads in another: they share one look, and fewer elements draw sooner. */}
      <path className="plan-map-edge" d={layout.edges.map((edge) => edge.path).join(' ')} />
      <path className="plan-map-arrowhead" d={[...new Set(layout.edges.map((edge) => edge.head))].join(' ')} />
      {layout.groups.map((group) => (
        <g key={group.id} className="plan-map-group">
          <rect x={group.x} y={group.y} width={group.width} height={group.height} rx={8} />
          <text className="plan-map-group-title" x={group.x + group.width / 2} y={group.y + M.groupTitle / 2 + 2} textAnchor="middle" dominantBaseline="central">
            {group.label}
          </text>
          {group.boxes.map((placed) => (
            <Box key={placed.id} placed={placed} />
          ))}
        </g>
      ))}
      {layout.boxes.map((placed) => (
        <Box key={placed.id} placed={placed} />
      ))}
    </svg>
  );
}

/** A box: its frame and its lines, centred. (No `<g>` per box: fewer elements to lay out.) */
function Box({ placed }: { placed: PlacedBox }) {
  const centre = placed.x + placed.width / 2;
  const look = `is-${placed.kind}${placed.gap ? ' is-gap' : ''}`;
  return (
    <>
      <rect className={`plan-map-box ${look}`} x={placed.x} y={placed.y} width={placed.width} height={placed.height} rx={6} />
      <text className={`plan-map-label ${look}`} x={centre} textAnchor="middle" dominantBaseline="central">
        {placed.lines.map((line, i) => (
          <tspan key={i} x={centre} y={placed.y + M.padY + (i + 0.5) * M.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
}
