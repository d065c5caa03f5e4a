// Rouge/kramdown/Jekyll markup around highlighted code, against output recorded from real
// Jekyll 4.3.1 by test/compat/record-rouge.rb (rouge-wrappers.json, rouge-samples.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  renderHighlightTag,
  renderMarkdownCodeBlock,
  renderMarkdownCodeSpan,
} from '../../src/highlight/index.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../compat/${name}`, import.meta.url), 'utf8'));
const wrappers = load('rouge-wrappers.json');
const samples = load('rouge-samples.json').samples as Array<Record<string, any>>;

/** Removes Rouge's token spans, keeping everything else (the wrappers and the escaped text). */
const withoutTokenSpans = (html: string): string => html.replace(/<span class="[a-z0-9]+">|<\/span>/g, '');

for (const c of wrappers.blocks) {
  test(`code block ${JSON.stringify(c.markdown)}`, () => {
    const [code, lang, classes] = c.args as [string, string, string[] | undefined];
    const actual = renderMarkdownCodeBlock(code, lang, classes);
    assert.equal(withoutTokenSpans(actual), withoutTokenSpans(c.expected));
    // Code Rouge prints without token spans (plaintext, unknown languages, show-whitespaces) must match byte for byte.
    if (!/<span class="[a-z0-9]+">/.test(c.expected) || c.expected.includes('ws-')) assert.equal(actual, c.expected);
  });
}

for (const c of wrappers.spans) {
  test(`code span ${JSON.stringify(c.markdown)}`, () => {
    const [code, lang] = c.args as [string, string | undefined];
    const actual = renderMarkdownCodeSpan(code, lang);
    assert.equal(withoutTokenSpans(actual), withoutTokenSpans(c.expected));
    if (!/<span /.test(c.expected)) assert.equal(actual, c.expected);
  });
}

for (const c of wrappers.tags) {
  test(`{% highlight ${c.markup} %} ${JSON.stringify(c.body)}`, () => {
    const [code, lang, options] = c.args as [string, string, { linenos?: boolean | string }];
    const actual = renderHighlightTag(code, lang, options);
    assert.equal(withoutTokenSpans(actual), withoutTokenSpans(c.expected));
    if (!/<span /.test(c.expected)) assert.equal(actual, c.expected);
  });
}

test('ruby, rb and js blocks in the Jekyll spec example match Rouge exactly, spans included', () => {
  for (const c of wrappers.blocks.filter((b: any) => ['rb', 'js', 'ruby'].includes(b.args[1]) && b.args[0] !== '')) {
    const [code, lang, classes] = c.args;
    assert.equal(renderMarkdownCodeBlock(code, lang, classes), c.expected);
  }
  const tag = wrappers.tags.find((t: any) => t.markup === 'ruby linenos');
  assert.equal(renderHighlightTag(tag.args[0], tag.args[1], tag.args[2]), tag.expected);
});

for (const s of samples) {
  test(`${s.lang} sample: fenced block and highlight tag wrappers match Jekyll`, () => {
    const code = s.code as string;
    assert.equal(withoutTokenSpans(renderMarkdownCodeBlock(code, s.lang)), withoutTokenSpans(s.markdown));
    assert.equal(withoutTokenSpans(renderHighlightTag(code, s.lang, {})), withoutTokenSpans(s.tag));
    assert.equal(withoutTokenSpans(renderHighlightTag(code, s.lang, { linenos: true })), withoutTokenSpans(s.tagLinenos));
  });
}
