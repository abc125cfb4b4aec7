import { nnErrors } from '../../errors/learner-messages-nn.ts';
import type { LanguagePack } from './language-pack.ts';
import { nn } from './ui-text-nn.ts';

/** The player's words in nynorsk (course/nynorsk-termliste.md): the nn language pack (language-pack.ts). */
export const nnPack: LanguagePack = { ui: nn, errors: nnErrors };
