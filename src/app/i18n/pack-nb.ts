import type { LanguagePack } from './language-pack.ts';
import { nb } from './ui-text.ts';

/** The player's words in bokmål: the nb language pack (language-pack.ts). Its learner messages are the catalogue's own text, in the app. */
export const nbPack: LanguagePack = { ui: nb };
