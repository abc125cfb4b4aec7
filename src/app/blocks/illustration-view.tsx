import type { Illustration } from '../../../course/schema/index.ts';
import { useApp } from '../context.ts';

/**
 * An illustration from course/illustrations/, inlined (no request, recoloured by the theme's
 * CSS custom properties). The markup is the build's: optimised by svgo and checked against an
 * allow-list of SVG elements and attributes (packaging/illustrations/), so it carries no script,
 * no foreign object, no style and no reference outside itself. The wrapper is the image for
 * assistive technology (role="img" + the author's alt), or hidden when marked decorative.
 */
export function IllustrationView({ illustration, class: className }: { illustration: Illustration | undefined; class?: string }) {
  const { t } = useApp();
  if (!illustration?.svg) return null;
  const cls = `illustration${className ? ` ${className}` : ''}`;
  const html = { __html: illustration.svg };
  return illustration.alt ? (
    <div class={cls} role="img" aria-label={t(illustration.alt)} data-illustration={illustration.src} dangerouslySetInnerHTML={html} />
  ) : (
    <div class={cls} aria-hidden="true" data-illustration={illustration.src} dangerouslySetInnerHTML={html} />
  );
}
