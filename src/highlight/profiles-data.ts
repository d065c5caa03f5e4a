/** Profiles for JSON, YAML, SQL, diff, Dockerfile and Markdown (see language-profile.ts). */
import type { LanguageProfile } from './language-profile.js';

export const json: LanguageProfile = {
  whitespace: 'w',
  scopes: { attr: 'nl', 'literal>keyword': 'kc', string: 's2' },
};

export const yaml: LanguageProfile = {
  numbers: 'm',
  strings: 's',
  scopes: { bullet: 'pi', literal: 'no', meta: 'nl', punctuation: 'pi' },
  punctuationClass: 'pi',
  refine(cls, text, { scope }) {
    if (scope === 'attr' && text.endsWith(':')) return [['na', text.slice(0, -1)], ['pi', ':']];
    if (scope === 'string' && /^[>|][-+]?\n/.test(text)) {
      const indicator = /^[>|][-+]?/.exec(text)![0];
      return [['pi', indicator], ['s', text.slice(indicator.length)]];
    }
    return cls;
  },
};

export const sql: LanguageProfile = {
  name: 'n',
  strings: 's1',
  scopes: { type: 'nb', built_in: 'k' },
  words: { LIMIT: 'k', OFFSET: 'k' },
};

export const diff: LanguageProfile = {
  plainText: '',
  scopes: { meta: 'p', comment: 'gh' },
  refine(cls, _text, { nodeText, scope }) {
    if (scope === 'comment' && nodeText.startsWith('---')) return 'gd';
    if (scope === 'comment' && nodeText.startsWith('+++')) return 'gi';
    return cls;
  },
};

export const dockerfile: LanguageProfile = {
  lineComment: 'c',
  numbers: 's',
  plainText: 's',
  embedded: { bash: { plainText: 's', strings: 's', scopes: { built_in: 's', variable: 's' } } },
};

export const markdown: LanguageProfile = {
  plainText: '',
  scopes: { string: 'nv', link: 'sx', quote: 'gt', code: 'sb', bullet: 'p' },
};
