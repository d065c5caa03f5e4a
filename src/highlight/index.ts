/**
 * Rouge-compatible syntax highlighting on highlight.js: Rouge's (Pygments short) token classes
 * and the exact kramdown/Jekyll markup around them, so Jekyll themes' stylesheets apply unchanged.
 */
export { highlightToRouge } from './rouge-html.js';
export { isRougeLanguage } from './languages.js';
export { renderMarkdownCodeBlock, renderMarkdownCodeSpan } from './markdown-code.js';
export { renderHighlightTag } from './highlight-tag.js';
