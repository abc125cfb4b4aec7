import { registerAllPacks } from '../../src/app/i18n/register-all-packs.ts';

// Tests read and render the player's words in Node, where no browser fetches the language packs (language-pack.ts).
registerAllPacks();
