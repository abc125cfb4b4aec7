import { describe, expect, it } from 'vitest';
import { catalogue, type ErrorName } from '../../../src/errors/catalogue.ts';
import { errorMessage } from '../../../src/errors/learner-messages.ts';
import { errorMessageAll } from '../../../src/errors/learner-messages-all.ts';
import { bootStuckHtml } from '../../../packaging/vite/boot-message.ts';

const names = Object.keys(catalogue) as ErrorName[];
const learner = names.filter((n) => catalogue[n].audience === 'learner');

describe('error messages in the learner\'s language', () => {
  it('there are learner messages to translate', () => {
    expect(learner).toContain('SAVE_FAILING');
    expect(learner.length).toBeGreaterThanOrEqual(7);
  });

  it.each(['nn', 'en'] as const)('every learner message has its own %s text, what happened and what to do', (locale) => {
    for (const name of learner) {
      // errorMessageAll: the app's, the language packs' and index.html's own (SCRIPT_BLOCKED) translations.
      const m = errorMessageAll(name as Parameters<typeof errorMessageAll>[0]).find((x) => x.locale === locale)?.message ?? { what: '', todo: '' };
      if (name !== 'SCRIPT_BLOCKED') expect(errorMessage(name, locale), name).toEqual(m);
      expect(m.what.trim(), name).not.toBe('');
      expect(m.todo.trim(), name).not.toBe('');
      expect(m.what, name).not.toBe(catalogue[name].what);
      expect(m.todo, name).not.toBe(catalogue[name].todo);
    }
  });

  it('bokmål is the catalogue itself, and admin and author messages stay as written in every language', () => {
    for (const name of names) {
      const { what, todo } = catalogue[name];
      expect(errorMessage(name, 'nb')).toEqual({ what, todo });
      if (catalogue[name].audience !== 'learner') expect(errorMessage(name, 'en')).toEqual({ what, todo });
    }
  });

  it('nynorsk uses the chosen forms', () => {
    expect(errorMessage('SAVE_FAILING', 'nn').todo).toContain('Ikkje lukk kurset før det står at alt er lagra.');
    expect(errorMessage('NO_LMS', 'nn').what).toContain('læringsplattforma');
  });

  it('the message for a course whose script never ran stands in all three languages, each marked with its language', () => {
    const all = errorMessageAll('SCRIPT_BLOCKED');
    expect(all.map((m) => m.locale)).toEqual(['nb', 'nn', 'en']);
    const html = bootStuckHtml();
    expect(html.startsWith(`<p>${catalogue.SCRIPT_BLOCKED.what} `)).toBe(true);
    expect(html).toContain(`<p lang="nn">${all[1]?.message.what ?? '?'} `);
    expect(html).toContain(`<p lang="en">${all[2]?.message.what ?? '?'} `);
    expect(all[1]?.message.what).not.toBe(catalogue.SCRIPT_BLOCKED.what);
  });
});
