// The Rouge lexer/alias table in src/highlight against Rouge's own table
// (Rouge::Lexer.all, recorded by test/compat/record-rouge.rb into rouge-lexers.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { highlightToRouge, isRougeLanguage } from '../../src/highlight/index.js';
import { ROUGE_LEXERS } from '../../src/highlight/rouge-lexer-table.js';

const { lexers } = JSON.parse(readFileSync(new URL('../compat/rouge-lexers.json', import.meta.url), 'utf8')) as {
  lexers: Array<{ tag: string; aliases: string[] }>;
};
const recordedNames = new Set(lexers.flatMap((l) => [l.tag, ...l.aliases]));

test('the table has exactly the names Rouge registers', () => {
  const ours = new Set(ROUGE_LEXERS.flatMap(([tag, aliases]) => [tag, ...aliases]));
  assert.deepEqual([...ours].sort(), [...recordedNames].sort());
  assert.deepEqual(ROUGE_LEXERS.map(([tag]) => tag), lexers.map((l) => l.tag));
});

test('isRougeLanguage knows every recorded name and alias, case-sensitively like Rouge', () => {
  for (const name of recordedNames) assert.ok(isRougeLanguage(name), name);
  for (const name of ['Ruby', 'RUBY', 'mermaid', 'foo', '', 'Python']) {
    assert.equal(isRougeLanguage(name), recordedNames.has(name), name);
  }
});

test('every highlight.js module named in the table exists', () => {
  const require = createRequire(import.meta.url);
  for (const [tag, , module] of ROUGE_LEXERS) {
    if (module) assert.doesNotThrow(() => require.resolve(`highlight.js/lib/languages/${module}`), `${tag} → ${module}`);
  }
});

test('every Rouge language highlights a snippet without losing a character', () => {
  const code = 'x = "a & <b>" # c\n  if (y > 1) { return [1, 2.5]; } // d\n';
  for (const [tag] of ROUGE_LEXERS) {
    const html = highlightToRouge(code, tag);
    assert.ok(html !== null, tag);
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.equal(text, code, tag);
  }
});

test('languages without a Rouge lexer give null', () => {
  assert.equal(highlightToRouge('x', 'mermaid'), null);
  assert.equal(highlightToRouge('x', 'Ruby'), null);
});
