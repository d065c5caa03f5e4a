/**
 * A state-machine lexer with the semantics of Rouge's `RegexLexer`, so that lexers written for it
 * print exactly Rouge's tokens:
 * - the current state's rules are tried in order, each anchored at the current position (mixins
 *   are tried in place); the first that matches runs its action;
 * - an action yields a token for the whole match, one token per group, or runs a callback that
 *   may yield tokens, push/pop/replace states or delegate text to another lexer;
 * - when no rule matches, one character is yielded as an error (`err`);
 * - more than 5 successive empty matches count as no match;
 * - consecutive tokens of the same class are merged.
 * Regular expressions follow Ruby: `^` and `$` match at line boundaries (the `m` flag is added),
 * `.` stops at newlines unless the rule's regexp has the `s` flag, and (as with Ruby's
 * StringScanner) a rule sees the text from the current position only.
 * Token classes are Rouge's short CSS classes ('' is plain text).
 */

/** [class, text]; class '' is plain text. */
export type Token = [cls: string, text: string];

/** What a rule's callback can do (Rouge's lexer DSL inside `rule … do … end`). */
export interface RuleContext {
  /** The match: `m[0]` is the whole match, `m[1]`… the groups. */
  readonly m: RegExpExecArray;
  /** The running lexer (its `vars` hold per-lex state such as a heredoc queue). */
  readonly lexer: LexerRun;
  token(cls: string, text?: string): void;
  groups(...classes: string[]): void;
  push(state?: string): void;
  /** Pushes a state built at lex time (Rouge's `push do … end`); `key` identifies its rules. */
  pushDynamic(key: string, build: () => readonly Rule[]): void;
  /** Pushes a one-off state whose rules close over this match (compiled, not cached). */
  pushRules(rules: readonly Rule[]): void;
  pop(times?: number): void;
  goto(state: string): void;
  reset(): void;
  inState(state: string): boolean;
  isState(state: string): boolean;
  /** Lexes `text` (default: the match) with another lexer: a definition starts fresh, a run continues. */
  delegate(lexer: LexerDefinition | LexerRun, text?: string): void;
  /** Lexes `text` with a fresh instance of this lexer. */
  recurse(text?: string): void;
}

export type Callback = (ctx: RuleContext) => void;

/** A rule: regexp, then a class (or '' for text) and optional next state, or a callback. */
export type Rule =
  | readonly [re: RegExp, cls: string]
  | readonly [re: RegExp, cls: string, next: string]
  | readonly [re: RegExp, callback: Callback]
  | { readonly mixin: string };

export interface LexerSpec {
  readonly name: string;
  readonly states: Readonly<Record<string, readonly Rule[]>>;
  /** Runs before each lex (Rouge's `start` blocks): reset per-lex variables. */
  readonly start?: (lexer: LexerRun) => void;
}

interface CompiledRule {
  readonly re: RegExp;
  readonly bol: boolean;
  readonly run: (ctx: Ctx) => void;
}

interface CompiledState {
  readonly name: string;
  readonly rules: ReadonlyArray<CompiledRule | CompiledState>;
}

/** Marks a mixin inside a state's rule list. */
export function mixin(state: string): { mixin: string } {
  return { mixin: state };
}

/** A compiled lexer: create runs from it with `run()`; compiling happens on first use. */
export class LexerDefinition {
  private compiled: Map<string, CompiledState> | undefined;
  private readonly dynamic = new Map<string, CompiledState>();

  constructor(readonly spec: LexerSpec) {}

  /** The compiled state table (compiled once, on first use). */
  states(): Map<string, CompiledState> {
    if (!this.compiled) this.compiled = compile(this.spec);
    return this.compiled;
  }

  /** A state built at lex time (Rouge's `push do … end`), compiled once per key. */
  dynamicState(key: string, build: () => readonly Rule[]): CompiledState {
    let state = this.dynamic.get(key)
    if (!state) {
      const states = this.states()
      state = { name: key, rules: compileRules(this.spec, key, build(), (n) => states.get(n) as never) }
      this.dynamic.set(key, state)
    }
    return state
  }

  /** A state for rules that close over one match (not cached). */
  oneOffState(rules: readonly Rule[]): CompiledState {
    const states = this.states()
    return { name: '(anonymous)', rules: compileRules(this.spec, '(anonymous)', rules, (n) => states.get(n) as never) }
  }

  state(name: string): CompiledState {
    const state = this.states().get(name);
    if (!state) throw new Error(`rouge lexer ${this.spec.name}: no state ${name}`);
    return state;
  }

  /** A fresh lexer run (state stack `[root]`, start hooks applied). */
  run(): LexerRun {
    return new LexerRun(this);
  }

  /** Tokenises `text` from a fresh state; adjacent tokens of the same class merged. */
  lex(text: string): Token[] {
    return mergeTokens(this.run().tokens(text));
  }
}

const RUBY_SPACE = '\\t\\n\\v\\f\\r ';
const RUBY_SPACE_CHARS = '\t\n\v\f\r ';

/**
 * Ruby's `\s` is ASCII whitespace only (a non-breaking or ideographic space is not a blank):
 * rewrites `\s` and `\S` in a regexp source to the ASCII set. `[\s\S]` keeps meaning any
 * character; a negated class with `\S` (`[^\S\n]`) becomes the whitespace it allows.
 */
export function rubySpaces(source: string): string {
  if (!/\\[sS]/.test(source)) return source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      out += next === 's' ? `[${RUBY_SPACE}]` : next === 'S' ? `[^${RUBY_SPACE}]` : ch + (next ?? '');
      i += 2;
      continue;
    }
    if (ch !== '[') {
      out += ch;
      i++;
      continue;
    }
    // A character class: find its end, then rewrite its \s and \S.
    let j = i + 1;
    if (source[j] === '^') j++;
    if (source[j] === ']') j++;
    while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
    const body = source.slice(i + 1, j);
    out += rewriteClass(body);
    i = j + 1;
  }
  return out;
}

function rewriteClass(body: string): string {
  if (body === '\\s\\S' || body === '\\S\\s') return `[${body}]`;
  const negated = body.startsWith('^');
  const items = negated ? body.slice(1) : body;
  if (!/\\S/.test(items)) return `[${body.replace(/\\s/g, RUBY_SPACE)}]`;
  // [^\S…]: the whitespace characters none of the other items match.
  const others = items.replace(/\\S/g, '').replace(/\\s/g, RUBY_SPACE);
  const excluded = others === '' ? null : new RegExp(`[${others}]`);
  const allowed = [...RUBY_SPACE_CHARS].filter((c) => !excluded?.test(c));
  if (!negated) return `[${body.replace(/\\s/g, RUBY_SPACE)}]`;
  return allowed.length === 0 ? '[^\\s\\S]' : `[${allowed.map((c) => (c === ' ' ? ' ' : JSON.stringify(c).slice(1, -1))).join('')}]`;
}

function sticky(re: RegExp): RegExp {
  const flags = new Set(re.flags.replace(/[gy]/g, ''));
  flags.add('y');
  flags.add('m');
  return new RegExp(rubySpaces(re.source), [...flags].join(''));
}

function compileRules(
  spec: LexerSpec,
  owner: string,
  rules: readonly Rule[],
  lookup: (name: string) => { name: string; rules: Array<CompiledRule | CompiledState> } | undefined,
): Array<CompiledRule | CompiledState> {
  const out: Array<CompiledRule | CompiledState> = []
  for (const rule of rules) {
    if ('mixin' in rule) {
      const mixed = lookup(rule.mixin)
      if (!mixed) throw new Error(`rouge lexer ${spec.name}: no state ${rule.mixin} to mix into ${owner}`)
      out.push(mixed)
      continue
    }
    const [re, action, next] = rule as readonly [RegExp, string | Callback, string?]
    let run: (ctx: Ctx) => void
    if (typeof action === 'function') run = action as (ctx: Ctx) => void
    else if (next === undefined) run = (ctx) => ctx.token(action)
    else if (next === '#pop') run = (ctx) => { ctx.token(action); ctx.pop() }
    else if (next === '#push') run = (ctx) => { ctx.token(action); ctx.push() }
    else {
      if (!spec.states[next]) throw new Error(`rouge lexer ${spec.name}: no state ${next}`)
      run = (ctx) => { ctx.token(action); ctx.push(next) }
    }
    out.push({ re: sticky(re), bol: re.source.startsWith('^'), run })
  }
  return out
}

function compile(spec: LexerSpec): Map<string, CompiledState> {
  const states = new Map<string, { name: string; rules: Array<CompiledRule | CompiledState> }>()
  for (const name of Object.keys(spec.states)) states.set(name, { name, rules: [] })
  for (const [name, rules] of Object.entries(spec.states)) {
    states.get(name)!.rules.push(...compileRules(spec, name, rules, (n) => states.get(n)))
  }
  return states
}

const MAX_NULL_SCANS = 5;

/** One lex in progress: Rouge's lexer instance (state stack, variables, output). */
export class LexerRun {
  readonly stack: CompiledState[];
  /** Per-lex variables of the lexer (Rouge's instance variables). */
  readonly vars: Record<string, unknown> = {};
  private out: Token[] = [];
  private nullSteps = 0;

  constructor(readonly definition: LexerDefinition) {
    this.stack = [definition.state('root')];
    definition.spec.start?.(this);
  }

  get state(): CompiledState {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('empty stack!');
    return top;
  }

  /** Continues lexing `text` from the current state; returns the tokens it produced (unmerged). */
  tokens(text: string): Token[] {
    const saved = this.out;
    this.out = [];
    const ctx = new Ctx(this, text);
    while (ctx.pos < text.length) {
      if (!this.step(this.state, ctx)) {
        // Rouge yields one character (a code point) as an error.
        const ch = String.fromCodePoint(text.codePointAt(ctx.pos)!);
        this.out.push(['err', ch]);
        ctx.pos += ch.length;
      }
    }
    const result = this.out;
    this.out = saved;
    return result;
  }

  emit(cls: string, text: string | undefined): void {
    if (text) this.out.push([cls, text]);
  }

  /** Emits tokens produced elsewhere (another lexer's output). */
  emitAll(tokens: readonly Token[]): void {
    for (const [cls, text] of tokens) this.emit(cls, text);
  }

  private step(state: CompiledState, ctx: Ctx): boolean {
    for (const rule of state.rules) {
      if ('rules' in rule) {
        if (this.step(rule, ctx)) return true;
        continue;
      }
      if (rule.bol && ctx.pos > 0 && ctx.text.charCodeAt(ctx.pos - 1) !== 0x0a) continue;
      // Ruby's StringScanner matches as if the text began at the scan position: lookbehinds see
      // nothing before it, and `^`, `\A` and `\b` treat it as the start of the string.
      rule.re.lastIndex = 0;
      const m = rule.re.exec(ctx.rest());
      if (!m) continue;
      ctx.m = m;
      ctx.pos += rule.re.lastIndex;
      rule.run(ctx);
      if (m[0].length === 0) {
        if (++this.nullSteps > MAX_NULL_SCANS) return false;
      } else {
        this.nullSteps = 0;
      }
      return true;
    }
    return false;
  }
}

class Ctx implements RuleContext {
  m!: RegExpExecArray;
  pos = 0;
  private restAt = -1;
  private restText = '';

  /** The text from the current position on (what Ruby's StringScanner lets a rule see). */
  rest(): string {
    if (this.restAt !== this.pos) {
      this.restText = this.text.slice(this.pos);
      this.restAt = this.pos;
    }
    return this.restText;
  }

  constructor(readonly lexer: LexerRun, readonly text: string) {}

  token(cls: string, text: string | undefined = this.m[0]): void {
    this.lexer.emit(cls, text);
  }

  groups(...classes: string[]): void {
    classes.forEach((cls, i) => this.lexer.emit(cls, this.m[i + 1]));
  }

  push(state?: string): void {
    const stack = this.lexer.stack;
    stack.push(state === undefined ? this.lexer.state : this.lexer.definition.state(state));
  }

  pushDynamic(key: string, build: () => readonly Rule[]): void {
    this.lexer.stack.push(this.lexer.definition.dynamicState(key, build));
  }

  pushRules(rules: readonly Rule[]): void {
    this.lexer.stack.push(this.lexer.definition.oneOffState(rules));
  }

  pop(times = 1): void {
    const stack = this.lexer.stack;
    if (stack.length === 0) throw new Error('empty stack!');
    stack.splice(Math.max(0, stack.length - times), times);
  }

  goto(state: string): void {
    const stack = this.lexer.stack;
    stack[stack.length - 1] = this.lexer.definition.state(state);
  }

  reset(): void {
    const stack = this.lexer.stack;
    stack.length = 0;
    stack.push(this.lexer.definition.state('root'));
  }

  inState(state: string): boolean {
    return this.lexer.stack.some((s) => s.name === state);
  }

  isState(state: string): boolean {
    return this.lexer.state.name === state;
  }

  delegate(lexer: LexerDefinition | LexerRun, text: string = this.m[0]): void {
    const run = lexer instanceof LexerDefinition ? lexer.run() : lexer;
    for (const [cls, value] of run.tokens(text)) this.lexer.emit(cls, value);
  }

  recurse(text: string = this.m[0]): void {
    this.delegate(this.lexer.definition, text);
  }
}

/** Merges adjacent tokens of the same class and drops empty ones (Rouge's `Lexer#lex`). */
export function mergeTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const [cls, text] of tokens) {
    if (text === '') continue;
    const last = out[out.length - 1];
    if (last && last[0] === cls) last[1] += text;
    else out.push([cls, text]);
  }
  return out;
}
