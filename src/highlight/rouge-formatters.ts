/**
 * Rouge's HTML formatters over a [class, text] token stream: `HTML` (flat spans), `HTMLTable`
 * (line-number gutter) and `HTMLPygments` (the `div.highlight > pre > code` wrapper), and
 * `HTMLLegacy`, the combination kramdown configures from `syntax_highlighter_opts`.
 */
import type { ClassedText } from './gap-lexer.js';
import { escapeCode } from './rouge-html.js';

/** Rouge's `Formatters::HTML`: one `<span class="…">` per token, plain text for class ''. */
export function formatHtml(tokens: readonly ClassedText[]): string {
  let html = '';
  for (const [cls, text] of tokens) html += cls ? `<span class="${cls}">${escapeCode(text)}</span>` : escapeCode(text);
  return html;
}

export interface TableOptions {
  start_line?: number;
  line_format?: string;
  table_class?: string;
  gutter_class?: string;
  code_class?: string;
}

/** Ruby's `sprintf` for the integer formats Rouge's `line_format` uses (`%i`, `%d`, `%3i`, `%-4d`, `%03i`). */
function formatLineNumber(format: string, n: number): string {
  return format.replace(/%([-0]?)(\d*)[id]/g, (_m, flag: string, width: string) => {
    const text = String(n);
    const w = Number(width || 0);
    if (flag === '-') return text.padEnd(w);
    return text.padStart(w, flag === '0' ? '0' : ' ');
  });
}

/** Rouge's `Formatters::HTMLTable` around already formatted code. */
export function formatTable(tokens: readonly ClassedText[], formatted: string, opts: TableOptions = {}): string {
  const start = Number(opts.start_line ?? 1);
  let lines = 0;
  for (const [, text] of tokens) lines += (text.match(/\n/g) ?? []).length;
  const last = tokens[tokens.length - 1];
  if (!last || !last[1].endsWith('\n')) {
    lines += 1;
    formatted += '\n';
  }
  const format = opts.line_format ?? '%i';
  let gutter = '';
  for (let i = start; i <= start + lines - 1; i++) gutter += (i > start ? '\n' : '') + formatLineNumber(format, i);
  gutter += '\n';
  return (
    `<table class="${opts.table_class ?? 'rouge-table'}"><tbody><tr>` +
    `<td class="${opts.gutter_class ?? 'rouge-gutter'} gl"><pre class="lineno">${gutter}</pre></td>` +
    `<td class="${opts.code_class ?? 'rouge-code'}"><pre>${formatted}</pre></td>` +
    '</tr></tbody></table>'
  );
}

export interface LegacyOptions extends TableOptions {
  css_class?: string;
  line_numbers?: boolean;
  wrap?: boolean;
}

/** Rouge's `Formatters::HTMLLegacy` (what kramdown uses): HTML, optionally in a table, optionally wrapped. */
export function formatLegacy(tokens: readonly ClassedText[], opts: LegacyOptions = {}): string {
  let html = formatHtml(tokens);
  if (opts.line_numbers) html = formatTable(tokens, html, opts);
  if (opts.wrap !== false) html = `<div class="highlight"><pre class="${opts.css_class ?? 'codehilite'}"><code>${html}</code></pre></div>`;
  return html;
}
