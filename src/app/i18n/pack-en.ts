import { enErrors } from '../../errors/learner-messages-en.ts';
import type { LanguagePack } from './language-pack.ts';
import { en } from './ui-text-en.ts';

/** The player's words in English (course/english-glossary.md): the en language pack (language-pack.ts). */
export const enPack: LanguagePack = { ui: en, errors: enErrors };
