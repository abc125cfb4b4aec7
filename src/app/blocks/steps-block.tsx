import { useId } from 'preact/hooks';
import type { StepsBlock } from '../../../course/schema/index.ts';
import { useApp } from '../context.ts';
import { RichText } from './rich-text.tsx';

/** A process or ladder: an ordered list, so the order and the count are announced without extra words. */
export function StepsBlockView({ block }: { block: StepsBlock }) {
  const { t } = useApp();
  const base = useId();
  return (
    <section class="steps" aria-labelledby={block.title ? `${base}-h` : undefined} data-block="steps">
      {block.title && <h2 id={`${base}-h`}>{t(block.title)}</h2>}
      {block.intro && <RichText doc={t(block.intro)} />}
      <ol class="step-list">
        {block.steps.map((step, i) => (
          <li key={i} class="step">
            <span class="step-number" aria-hidden="true">{i + 1}</span>
            <div class="step-content">
              <h3 class="step-title">{t(step.title)}</h3>
              <RichText doc={t(step.body)} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
