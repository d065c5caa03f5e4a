// Token classes and text fidelity of src/highlight against Rouge 3.30's own token streams,
// recorded by test/compat/record-rouge.rb into rouge-samples.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { highlightToRouge } from '../../src/highlight/index.js';
import { classFamily } from '../../src/highlight/rouge-classes.js';

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

/**
 * Lowest accepted share (%) of non-blank characters whose class equals Rouge's exactly.
 * Set a few points under what the implementation reaches, so a regression fails the test.
 */
const EXACT_FLOOR: Record<string, number> = {
  ruby: 95, python: 93, javascript: 95, typescript: 83, shell: 90, sh: 77, bash: 77, console: 92, json: 95,
  yaml: 95, html: 76, css: 77, scss: 77, go: 94, rust: 87, java: 84, c: 88, cpp: 88, sql: 92, diff: 95,
  dockerfile: 74, markdown: 67, plaintext: 95, xml: 67, php: 87, liquid: 85,
};

test('every sample language has an agreement floor', () => {
  assert.deepEqual(samples.map((s) => s.lang).sort(), Object.keys(EXACT_FLOOR).sort());
});

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
    let family = 0;
    rouge.forEach(([cls, ch], i) => {
      if (/\s/.test(ch)) return;
      total++;
      if (ours[i]![0] === cls) exact++;
      if (classFamily(ours[i]![0]) === classFamily(cls)) family++;
    });
    const exactPct = (100 * exact) / total;
    report.push(`${sample.lang.padEnd(11)} exact ${exactPct.toFixed(1).padStart(5)}%  family ${((100 * family) / total).toFixed(1).padStart(5)}%`);
    assert.ok(exactPct >= EXACT_FLOOR[sample.lang]!, `${sample.lang}: ${exactPct.toFixed(1)}% < floor ${EXACT_FLOOR[sample.lang]}%`);
  });
}

test('agreement report', () => {
  console.log(`Rouge class agreement per non-blank character:\n${report.join('\n')}`);
  assert.equal(report.length, samples.length);
});
