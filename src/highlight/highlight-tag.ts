/**
 * Output of Jekyll's `{% highlight lang [linenos] %}` tag with Rouge (Jekyll 4.3 `Tags::HighlightBlock`).
 */
import type { ClassedText } from './gap-lexer.js';
import { rougeTokensFor, tokensToHtml } from './rouge-html.js';

/** Rouge's `Formatters::HTMLTable` (as Jekyll configures it) around already formatted code. */
function lineNumberTable(tokens: readonly ClassedText[], formatted: string): string {
  const text = tokens.map((t) => t[1]).join('');
  let lines = (text.match(/\n/g) ?? []).length;
  const last = tokens[tokens.length - 1];
  if (!last || !last[1].endsWith('\n')) {
    lines += 1;
    formatted += '\n';
  }
  const gutter = Array.from({ length: lines }, (_, i) => String(i + 1)).join('\n') + '\n';
  return (
    '<table class="rouge-table"><tbody><tr>' +
    `<td class="gutter gl"><pre class="lineno">${gutter}</pre></td>` +
    `<td class="code"><pre>${formatted}</pre></td>` +
    '</tr></tbody></table>'
  );
}

/**
 * The {% highlight lang [linenos] %} tag's output (figure.highlight, data-lang, rouge-table when linenos).
 * `lang` is the tag's language word (downcased here, as Jekyll does); `code` is the raw tag body.
 * `linenos` is on for `true` or any string (Jekyll accepts `linenos`, `linenos=table`, ...).
 */
export function renderHighlightTag(code: string, lang: string, options: { linenos?: boolean | string }): string {
  const language = lang.toLowerCase();
  const body = code.replace(/^[\n\r]+|[\n\r]+$/g, '');
  const tokens = rougeTokensFor(body, language) ?? (body === '' ? [] : [['', body] as ClassedText]);
  let output = tokensToHtml(tokens);
  if (options.linenos !== undefined && options.linenos !== false) output = lineNumberTable(tokens, output);
  output = output.replace(/\r?\n$|\r$/, '');
  return (
    `<figure class="highlight"><pre><code class="language-${language.replace(/\+/g, '-')}" data-lang="${language}">` +
    `${output}</code></pre></figure>`
  );
}
