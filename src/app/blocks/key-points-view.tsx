import type { Block } from '../../../course/schema/index.ts';
import { useApp } from '../context.ts';
import { RichText } from './rich-text.tsx';

type KeyPointsBlock = Extract<Block, { kind: 'key-points' }>;

/**
 * Key points. When they are the document's own points (`fromDocument`) and shown in another
 * language than bokmål, they are marked as the course's translation: the document exists in
 * bokmål only (issue 13).
 */
export function KeyPointsView({ block }: { block: KeyPointsBlock }) {
  const { t, ui, locale } = useApp();
  const translated = block.fromDocument && locale !== 'nb' && block.points.every((p) => p[locale] !== undefined);
  return (
    <section class="key-points" aria-label={t(block.title)} data-translated={translated ? 'true' : undefined}>
      <h2>{t(block.title)}</h2>
      {translated && <p class="translation-mark">{ui.courseTranslation}</p>}
      <ul>{block.points.map((p, i) => <li key={i}><RichText doc={t(p)} /></li>)}</ul>
    </section>
  );
}
