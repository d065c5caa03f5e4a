/**
 * How one language's Rouge lexer differs from the generic scope map in rouge-classes.ts.
 * Profiles are keyed by highlight.js module name (see language-profiles.ts).
 */
import type { ClassedText } from './gap-lexer.js';

/** What a profile's `refine` hook can see about a token. */
export interface TokenContext {
  /** Text of the whole highlight.js scope node the class came from (a whole string, a whole comment). */
  readonly nodeText: string;
  /** The normalized scope name the class came from (`title.class`, `string`...). */
  readonly scope: string;
  /** The previous non-blank token's text, e.g. `class` before a class name. */
  readonly previous: string;
}

export interface LanguageProfile {
  /**
   * Last word on a token's class, after the table lookups. Return '' to have the token's text
   * split by the gap lexer instead (e.g. `Blog::Post` → `no` `o` `no`).
   */
  readonly refine?: (cls: string, text: string, context: TokenContext) => string | ClassedText[];
  /** Class for a bare identifier, decided by the gap lexer (return undefined for the default rules). */
  readonly word?: (word: string, before: string, after: string) => string | undefined;
  /** Class for all unscoped text, instead of splitting it with the gap lexer. */
  readonly plainText?: string;
  /** Class for punctuation runs (default `p`; Rouge's Java lexer uses `o`). */
  readonly punctuationClass?: string;
  /** Class of a block comment (default `cm`). */
  readonly blockComment?: string;
  /** Profiles for grammars embedded in this one (`bash` inside `dockerfile`). */
  readonly embedded?: Readonly<Record<string, LanguageProfile>>;
  /** Scope overrides. Keys are a normalized scope (`title.class`) or `parent>child` for a scope inside another. */
  readonly scopes?: Readonly<Record<string, string>>;
  /** Exact token text → class, for keywords, built-ins, literals and bare identifiers (`const` → `kd`). */
  readonly words?: Readonly<Record<string, string>>;
  /** Class of a bare identifier that highlight.js left unscoped (Rouge: `n`, `nx`, ...; '' = plain text). */
  readonly name?: string;
  /** Class of a bare identifier right after `.` (defaults to `name`). */
  readonly member?: string;
  /** Class of a bare identifier right before `(` (defaults to `member`/`name`). */
  readonly call?: string;
  /** Class of a bare identifier starting with a capital letter (defaults to `name`). */
  readonly constant?: string;
  /** Identifier pattern for the gap lexer; must be sticky (`y`). Default: letters, digits, `_`, no leading digit. */
  readonly identifier?: RegExp;
  /** Operator characters (default `-+*\/%=<>!&|^~?`). Runs of them become one `o` token. */
  readonly operators?: string;
  /** Punctuation characters (default `()[]{},;.:`). Runs of them become one `p` token. */
  readonly punctuation?: string;
  /** Class for whitespace outside tokens: Rouge's JSON, console and Liquid lexers use `w`. */
  readonly whitespace?: string;
  /** `exact` (default): mi/mf/mh/mo/mb from the literal; otherwise this class for every number. */
  readonly numbers?: string;
  /** `quote` (default): s2/s1/sb from the opening quote; otherwise this class for every string. */
  readonly strings?: string;
  /** Class of a single-line comment (default `c1`; block comments are always `cm`). */
  readonly lineComment?: string;
  /** Rouge's JavaScript lexer marks the quotes of '…' and "…" strings as `dl` (delimiter). */
  readonly quoteDelimiters?: boolean;
  /** Class of the `#{` / `${` … `}` around an interpolation (default `si`). */
  readonly substDelimiter?: string;
}
