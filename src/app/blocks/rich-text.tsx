import { useContext } from 'preact/hooks';
import type { Inline, RichDoc } from '../../../course/schema/rich-text.ts';
import { Ctx } from '../context.ts';
import { uiText } from '../i18n/ui-text.ts';

/** Renders the build-time markup tree. Text is always text: nothing here can inject HTML. */
export function InlineText({ nodes }: { nodes: Inline[] }) {
  // Rich text may also render before the course is ready (no context yet): bokmål then.
  const ui = useContext(Ctx)?.ui ?? uiText('nb');
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
                {external && <span class="visually-hidden"> ({ui.opensInNewTab})</span>}
              </a>
            );
          }
          case 'lang':
            return <span key={i} lang={node.lang}><InlineText nodes={node.c} /></span>;
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
