import { useId, useState } from 'preact/hooks';
import type { AccordionBlock, CardsBlock } from '../../../course/schema/index.ts';
import { useApp } from '../context.ts';
import { IllustrationView } from './illustration-view.tsx';
import { RichText } from './rich-text.tsx';

/** Which items are open; each opens and closes on its own (several may be open at once). */
function useOpenSet(): [(i: number) => boolean, (i: number) => void] {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  return [(i) => open.has(i), toggle];
}

/**
 * «Les mer» sections, after the WAI-ARIA APG Accordion pattern: each header is a heading that
 * holds a button with aria-expanded and aria-controls; the panel is a region labelled by it.
 * Enter and Space work because it is a real button; closed panels are `hidden`, so they are out
 * of the tab order and the accessibility tree.
 */
export function AccordionBlockView({ block }: { block: AccordionBlock }) {
  const { t } = useApp();
  const base = useId();
  const [isOpen, toggle] = useOpenSet();
  const Heading = block.title ? 'h3' : 'h2';
  return (
    <section class="accordion" aria-labelledby={block.title ? `${base}-h` : undefined} data-block="accordion">
      {block.title && <h2 id={`${base}-h`}>{t(block.title)}</h2>}
      {block.items.map((item, i) => {
        const open = isOpen(i);
        return (
          <div key={i} class={`accordion-item${open ? ' open' : ''}`}>
            <Heading class="accordion-heading">
              <button type="button" id={`${base}-b${i}`} aria-expanded={open} aria-controls={`${base}-p${i}`} data-accordion-item={i} onClick={() => toggle(i)}>
                <span class="disclosure-icon" aria-hidden="true" />
                {t(item.title)}
              </button>
            </Heading>
            <div id={`${base}-p${i}`} role="region" aria-labelledby={`${base}-b${i}`} class="accordion-panel" hidden={!open}>
              <RichText doc={t(item.body)} />
            </div>
          </div>
        );
      })}
    </section>
  );
}

/**
 * Reveal cards: each card's title is a disclosure button (aria-expanded, aria-controls) that
 * turns the card over to its text; pressing again turns it back. The title stays on the card
 * when it is turned. No hover-only content; the turn is animated only when the learner has not
 * asked for reduced motion (rich-blocks.css); print shows every card open (print.css). When the
 * titles are the document's own points (`fromDocument`) and shown in nynorsk or English, they
 * are marked as the course's translation, like key points: the document exists in bokmål only.
 */
export function CardsBlockView({ block }: { block: CardsBlock }) {
  const { t, ui, locale } = useApp();
  const base = useId();
  const [isOpen, toggle] = useOpenSet();
  const translated = block.fromDocument && locale !== 'nb' && block.cards.every((c) => c.title[locale] !== undefined);
  return (
    <section class="reveal-cards" aria-labelledby={`${base}-h`} data-block="cards" data-translated={translated ? 'true' : undefined}>
      <h2 id={`${base}-h`}>{t(block.title)}</h2>
      {translated && <p class="translation-mark">{ui.courseTranslation}</p>}
      <p class="cards-hint">{ui.cardsHint}</p>
      <ul class={block.fromDocument ? 'cards cards-points' : 'cards'} role="list">
        {block.cards.map((card, i) => {
          const open = isOpen(i);
          return (
            <li key={i} class={`card${open ? ' open' : ''}`}>
              {!open && <IllustrationView illustration={card.illustration} class="card-picture" />}
              <h3 class="card-heading">
                <button type="button" aria-expanded={open} aria-controls={`${base}-c${i}`} data-card={i} onClick={() => toggle(i)}>
                  <span class="card-title">{t(card.title)}</span>
                  <span class="card-action" aria-hidden="true">{open ? ui.hide : ui.readMore}</span>
                </button>
              </h3>
              <div id={`${base}-c${i}`} class="card-body" hidden={!open}>
                <RichText doc={t(card.body)} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
