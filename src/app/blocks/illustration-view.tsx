import type { Illustration } from '../../../course/schema/index.ts';
import { useApp } from '../context.ts';

/**
 * An illustration from course/illustrations/, inlined (no request, recoloured by the theme's
 * CSS custom properties). The markup is the build's: optimised by svgo and checked against an
 * allow-list of SVG elements and attributes (packaging/illustrations/), so it carries no script,
 * no foreign object, no style and no reference outside itself. The wrapper is the image for
 * assistive technology (role="img" + the author's alt), or hidden when marked decorative.
 * `label` is the alt text already in the learner's language (the start page draws this before
 * the app's context exists); without one the picture is hidden, as a decorative one.
 */
export function InlineIllustration({ illustration, label, class: className }: { illustration: Illustration | undefined; label?: string | undefined; class?: string }) {
  if (!illustration?.svg) return null;
  const cls = `illustration${className ? ` ${className}` : ''}`;
  const html = { __html: illustration.svg };
  return label !== undefined && !illustration.decorative ? (
    <div class={cls} role="img" aria-label={label} data-illustration={illustration.src} dangerouslySetInnerHTML={html} />
  ) : (
    <div class={cls} aria-hidden="true" data-illustration={illustration.src} dangerouslySetInnerHTML={html} />
  );
}

/** An illustration inside the app, its alt text in the learner's language. */
export function IllustrationView({ illustration, class: className }: { illustration: Illustration | undefined; class?: string }) {
  const { t } = useApp();
  return <InlineIllustration illustration={illustration} label={illustration?.alt && t(illustration.alt)} class={className} />;
}
