/**
 * kramdown's Rouge syntax highlighter (`Kramdown::Converter::SyntaxHighlighter::Rouge`) as Jekyll
 * configures it: `syntax_highlighter_opts` (with `default_lang: plaintext` and `guess_lang` from
 * `kramdown.guess_lang`), split into span and block options, formatted by Rouge's HTMLLegacy.
 */
import type { ClassedText } from './gap-lexer.js';
import { formatLegacy, type LegacyOptions } from './rouge-formatters.js';
import { findRougeLexer } from './languages.js';
import { guessLanguage } from './rouge/guess.js';
import { rougeTokensFor } from './rouge-html.js';

/** One highlighter per kramdown configuration: HTML for a code block or span, or null when kramdown prints it unhighlighted. */
export interface KramdownRouge {
  /** `lang` is the language spec (`ruby`, `ruby?start_inline=1`) or undefined for none. */
  block(code: string, lang: string | undefined): string | null;
  span(code: string, lang: string | undefined): string | null;
  /** The language kramdown names in the `language-…` class when the code had none (`default_lang`). */
  readonly defaultLang: string | undefined;
}

type Options = Record<string, unknown>;

/** Ruby truthiness: everything but nil and false. */
function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

function isHash(value: unknown): value is Options {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function legacyOptions(opts: Options): LegacyOptions {
  const number = (v: unknown): number | undefined => (v === undefined || v === null ? undefined : Number(v));
  const text = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
  return {
    css_class: text(opts.css_class) ?? 'highlight',
    line_numbers: truthy(opts.line_numbers),
    wrap: opts.wrap === undefined ? true : truthy(opts.wrap),
    start_line: number(opts.start_line),
    line_format: text(opts.line_format),
    table_class: text(opts.table_class),
    gutter_class: text(opts.gutter_class),
    code_class: text(opts.code_class),
  };
}

function highlighterFor(opts: Options, span: boolean): (code: string, lang: string | undefined) => string | null {
  const defaultLang = opts.default_lang === undefined || opts.default_lang === null ? undefined : String(opts.default_lang);
  const guess = truthy(opts.guess_lang);
  const disabled = truthy(opts.disable);
  const formatting = legacyOptions(span ? { ...opts, wrap: false } : opts);
  return (code, lang) => {
    const spec = lang ?? defaultLang;
    if (spec === undefined) {
      if (!guess) return null;
    }
    if (disabled) return null;
    // No language at all means Rouge guesses (only reachable without a default_lang).
    const name = spec ?? 'guess';
    const tokens: ClassedText[] | null = rougeTokensFor(code, name);
    if (tokens === null) return null;
    const bare = name.replace(/\?.*$/, '');
    if (!guess && findRougeLexer(bare === 'guess' ? guessLanguage(code) : bare)?.[0] === 'plaintext') return null;
    return formatLegacy(tokens, formatting);
  };
}

/** kramdown + Rouge for one `syntax_highlighter_opts` hash (keys as in _config.yml). */
export function createKramdownRouge(syntaxHighlighterOpts: Options): KramdownRouge {
  const { span, block, ...common } = syntaxHighlighterOpts;
  const blockOpts = { ...common, ...(isHash(block) ? block : {}) };
  const spanOpts = { ...common, ...(isHash(span) ? span : {}) };
  const defaultLang = common.default_lang === undefined || common.default_lang === null ? undefined : String(common.default_lang);
  return { block: highlighterFor(blockOpts, false), span: highlighterFor(spanOpts, true), defaultLang };
}

/** Jekyll's defaults: `default_lang: plaintext`, `guess_lang: true`. */
export const jekyllKramdownRouge: KramdownRouge = createKramdownRouge({ default_lang: 'plaintext', guess_lang: true });
