// Token classes and text fidelity of src/highlight against Rouge 3.30's own token streams,
// recorded by test/compat/record-rouge.rb into rouge-samples.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { highlightToRouge } from '../../src/highlight/index.js';

const { samples } = JSON.parse(readFileSync(new URL('../compat/rouge-samples.json', import.meta.url), 'utf8')) as {
  samples: Array<{ lang: string; code: string; tokens: Array<[string, string]>; html: string }>;
};

const unescape = (html: string): string => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** [class, char] per character of Rouge-style HTML (flat spans). */
function classPerChar(html: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of html.matchAll(/<span class="([a-z0-9]+)">([^<]*)<\/span>|([^<]+)/g)) {
    for (const ch of unescape(m[2] ?? m[3] ?? '')) out.push([m[1] ?? '', ch]);
  }
  return out;
}

const report: string[] = [];
for (const sample of samples) {
  test(`${sample.lang}: output is flat spans over exactly the original code`, () => {
    const html = highlightToRouge(sample.code, sample.lang);
    assert.ok(html !== null);
    assert.doesNotMatch(html, /<span[^>]*>[^<]*<span/, 'Rouge never nests spans');
    assert.doesNotMatch(html.replace(/<[^>]+>/g, ''), /[<>]|&(?!amp;|lt;|gt;)/, '& < > are escaped');
    assert.doesNotMatch(html, /&quot;|&#/, 'quotes are not escaped');
    assert.equal(unescape(html.replace(/<[^>]+>/g, '')), sample.code);
    // Rouge's own HTML for the same code, as the reference for the same check.
    assert.equal(unescape(sample.html.replace(/<[^>]+>/g, '')), sample.code);
  });

  test(`${sample.lang}: token classes agree with Rouge`, () => {
    const ours = classPerChar(highlightToRouge(sample.code, sample.lang)!);
    const rouge = classPerChar(sample.html);
    assert.equal(ours.length, rouge.length);
    let total = 0;
    let exact = 0;
    rouge.forEach(([cls, ch], i) => {
      if (/\s/.test(ch)) return;
      total++;
      if (ours[i]![0] === cls) exact++;
    });
    report.push(`${sample.lang.padEnd(11)} exact ${((100 * exact) / total).toFixed(1).padStart(5)}%`);
    // Every sample language has a ported Rouge lexer: the HTML is Rouge's, byte for byte.
    assert.equal(highlightToRouge(sample.code, sample.lang), sample.html);
  });
}

test('agreement report', () => {
  console.log(`Rouge class agreement per non-blank character:\n${report.join('\n')}`);
  assert.equal(report.length, samples.length);
});
