import { useId } from 'preact/hooks';
import type { ModelFigureBlock } from '../../../course/schema/index.ts';
import { useApp, useView } from '../context.ts';
import { RichText } from './rich-text.tsx';

/** Greedy word wrap for SVG text (SVG 1.1 text does not wrap): lines of at most `max` characters. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// Geometry: the outer circles stay clear of the centre (ORBIT > CENTRE_R + NODE_R) and inside the box.
const SIZE = 560;
const MID = SIZE / 2;
const CENTRE_R = 122;
const NODE_R = 74;
const ORBIT = 204;
const LINE = 19;
/** Characters per line of the goal and of an expectation at 16 and 14 px (rich-blocks.css). */
export const CENTRE_CHARS = 16;
export const NODE_CHARS = 12;

function Label({ lines, x, y, cls }: { lines: string[]; x: number; y: number; cls: string }) {
  const top = y - ((lines.length - 1) * LINE) / 2;
  return (
    <text class={cls} x={x} y={top} text-anchor="middle" dominant-baseline="middle">
      {lines.map((l, i) => <tspan key={i} x={x} y={top + i * LINE}>{l}</tspan>)}
    </text>
  );
}

/**
 * The model of Grunnlag for god ledelse i staten: the goal in the centre, the expectations (the
 * course's objectives, in the learner's language) around it, drawn from data. The SVG is one
 * image with a short label; the list after it carries the same content as text (WCAG 2.1 SC
 * 1.1.1): visually hidden beside the drawing, and in its place under 30rem, where the drawing's
 * labels would shrink below 8px.
 */
export function ModelFigureView({ block }: { block: ModelFigureBlock }) {
  const { t, ui } = useApp();
  const { index } = useView();
  const base = useId();
  const objectives = index.course.meta.objectives;
  const n = objectives.length;
  const at = (i: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: MID + ORBIT * Math.cos(angle), y: MID + ORBIT * Math.sin(angle) };
  };
  return (
    <figure class="model-figure" data-block="model-figure" aria-labelledby={`${base}-cap`}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={ui.modelFigure(n)} focusable="false">
        {objectives.map((o, i) => {
          const p = at(i);
          return <line key={`l-${o.id}`} class="mf-link" x1={MID} y1={MID} x2={p.x} y2={p.y} />;
        })}
        <circle class="mf-centre" cx={MID} cy={MID} r={CENTRE_R} />
        <Label cls="mf-centre-text" lines={wrapWords(t(block.centre), CENTRE_CHARS)} x={MID} y={MID} />
        {objectives.map((o, i) => {
          const p = at(i);
          return (
            <g key={o.id} data-objective={o.id}>
              <circle class="mf-node" cx={p.x} cy={p.y} r={NODE_R} />
              <Label cls="mf-node-text" lines={wrapWords(t(o.title), NODE_CHARS)} x={p.x} y={p.y} />
            </g>
          );
        })}
      </svg>
      <figcaption id={`${base}-cap`}>
        <RichText doc={t(block.caption)} />
      </figcaption>
      <ul class="model-list" aria-label={ui.modelList}>
        {objectives.map((o) => (
          <li key={o.id}>
            <strong>{t(o.title)}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
