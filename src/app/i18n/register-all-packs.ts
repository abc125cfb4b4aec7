import type { Locale } from '../../../course/schema/locales.ts';
import { registerPack, type LanguagePack } from './language-pack.ts';
import { enPack } from './pack-en.ts';
import { nbPack } from './pack-nb.ts';
import { nnPack } from './pack-nn.ts';

export const PACKS: Record<Locale, LanguagePack> = { nb: nbPack, nn: nnPack, en: enPack };

/**
 * Every language's words at once, for Node (tests, build tools) that read the player's texts
 * without a browser to fetch the packs. Never imported by the player: that would put the
 * packs back into the app script.
 */
export function registerAllPacks(): void {
  for (const [locale, pack] of Object.entries(PACKS) as [Locale, LanguagePack][]) registerPack(locale, pack);
}
