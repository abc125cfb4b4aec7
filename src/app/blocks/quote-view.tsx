import type { Block } from '../../../course/schema/index.ts';
import { useApp } from '../context.ts';

type QuoteBlock = Extract<Block, { kind: 'quote' }>;

/**
 * A quotation from the document. The document exists in bokmål: in a nynorsk or English view
 * the original stands beside the course's translation, each marked, so the learner always sees
 * the exact words and knows which are ours (issue 13). The original carries lang (WCAG 3.1.2).
 */
export function QuoteView({ block }: { block: QuoteBlock }) {
  const { t, ui, locale } = useApp();
  const originalLang = block.lang ?? 'nb';
  // The nb slot holds the original, whatever its language (`lang`): bokmål has no translation of its own.
  const translation = locale === originalLang || locale === 'nb' ? undefined : block.text[locale];
  const caption = <figcaption>{ui.quoteBy(t(block.by))}{block.source && <>, <cite>{t(block.source)}</cite></>}</figcaption>;
  if (translation === undefined) {
    return (
      <figure class="quote">
        <blockquote lang={locale === originalLang ? block.lang : originalLang}><p>«{block.text.nb}»</p></blockquote>
        {caption}
      </figure>
    );
  }
  return (
    <figure class="quote quote-translated" data-translated="true">
      <div class="quote-pair">
        <div class="quote-side">
          <p class="quote-label">{ui.original(originalLang)}</p>
          <blockquote lang={originalLang} data-original="true"><p>«{block.text.nb}»</p></blockquote>
        </div>
        <div class="quote-side">
          <p class="quote-label translation-mark">{ui.courseTranslation}</p>
          <blockquote><p>«{translation}»</p></blockquote>
        </div>
      </div>
      {caption}
    </figure>
  );
}
