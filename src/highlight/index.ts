/**
 * Rouge-compatible syntax highlighting: Rouge's (Pygments short) token classes and the exact
 * kramdown/Jekyll markup around them, so Jekyll themes' stylesheets apply unchanged. The common
 * languages are lexed by ports of Rouge's own lexers (./rouge: same rules, same tokens); the
 * others by highlight.js with a class mapping, loaded only when such a language is met.
 */
export { highlightToRouge } from './rouge-html.js';
export { isRougeLanguage } from './languages.js';
export { renderMarkdownCodeBlock, renderMarkdownCodeSpan } from './markdown-code.js';
export { createKramdownRouge, jekyllKramdownRouge, type KramdownRouge } from './kramdown-rouge.js';
export { renderHighlightTag } from './highlight-tag.js';
