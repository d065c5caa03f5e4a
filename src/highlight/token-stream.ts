/**
 * A highlight.js emitter that records a flat token stream instead of HTML.
 *
 * highlight.js builds nested scopes (a `subst` inside a `string`, a `keyword` inside `meta`,
 * whole sub-languages inside `xml`). Rouge's output is flat, so each piece of text is recorded
 * with the stack of scopes that enclose it; classify.ts then picks one Rouge class per piece.
 */
import type { Emitter } from 'highlight.js';

/** One scope node highlight.js opened; `id` tells two nodes with the same name apart. */
export interface ScopeNode {
  readonly name: string;
  readonly id: number;
}

/** One run of text and the highlight.js scopes around it, outermost first. */
export interface ScopedText {
  readonly scopes: readonly ScopeNode[];
  readonly text: string;
}

let nextId = 0;

/** Emitter for `hljs.configure({ __emitter })`; read the result from `tokens` after highlighting. */
export class TokenStreamEmitter implements Emitter {
  readonly tokens: ScopedText[] = [];
  private readonly stack: ScopeNode[] = [];

  // highlight.js passes its options; nothing in them matters here.
  constructor(_options?: unknown) {}

  addText(text: string): void {
    if (text !== '') this.tokens.push({ scopes: this.stack.slice(), text });
  }

  startScope(name: string): void {
    this.stack.push({ name, id: nextId++ });
  }

  endScope(): void {
    this.stack.pop();
  }

  /** highlight.js also calls these older names for modes that carry a `scope`. */
  openNode(name: string): void {
    this.startScope(name);
  }

  closeNode(): void {
    this.endScope();
  }

  __addSublanguage(emitter: Emitter, subLanguageName: string): void {
    const sub = emitter as TokenStreamEmitter;
    const prefix = subLanguageName ? [...this.stack, { name: `language:${subLanguageName}`, id: nextId++ }] : this.stack;
    for (const token of sub.tokens) this.tokens.push({ scopes: [...prefix, ...token.scopes], text: token.text });
  }

  finalize(): void {
    this.stack.length = 0;
  }

  /** Unused: highlight.js stores whatever this returns in `result.value`. */
  toHTML(): string {
    return '';
  }
}
