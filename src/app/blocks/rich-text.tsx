import { useContext } from 'preact/hooks';
import type { Inline, RichDoc } from '../../../course/schema/rich-text.ts';
import { Ctx } from '../context.ts';
import { languageText } from '../i18n/language-text.ts';

/** Renders the build-time markup tree. Text is always text: nothing here can inject HTML. */
export function InlineText({ nodes }: { nodes: Inline[] }) {
  // Outside the app (the start page while lessons load) the words are bokmål.
  const newTab = languageText(useContext(Ctx)?.locale ?? 'nb').opensInNewTab;
  return (
    <>
      {nodes.map((node, i) => {
        if (typeof node === 'string') return node;
        switch (node.t) {
          case 'em':
            return <em key={i}><InlineText nodes={node.c} /></em>;
          case 'strong':
            return <strong key={i}><InlineText nodes={node.c} /></strong>;
          case 'a': {
            const external = /^https:/.test(node.href);
            return (
              <a key={i} href={node.href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
                <InlineText nodes={node.c} />
                {external && <span class="visually-hidden"> {newTab}</span>}
              </a>
            );
          }
          default:
            return node satisfies never;
        }
      })}
    </>
  );
}

export function RichText({ doc }: { doc: RichDoc }) {
  return (
    <>
      {doc.map((block, i) => {
        switch (block.t) {
          case 'p':
            return <p key={i}><InlineText nodes={block.c} /></p>;
          case 'h':
            return block.level === 2 ? <h2 key={i}><InlineText nodes={block.c} /></h2> : <h3 key={i}><InlineText nodes={block.c} /></h3>;
          case 'ul':
          case 'ol': {
            const List = block.t;
            return <List key={i}>{block.items.map((item, j) => <li key={j}><InlineText nodes={item} /></li>)}</List>;
          }
          default:
            return block satisfies never;
        }
      })}
    </>
  );
}
