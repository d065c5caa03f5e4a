/**
 * highlight.js scope → Rouge (Pygments short name) CSS class, the part every language shares.
 * Per-language differences live in language-profiles.ts.
 */

/** Scope names as highlight.js emits them, with the trailing `_` of `title.class_` etc. removed. */
export function normalizeScope(name: string): string {
  return name.replace(/_(?=\.|$)/g, '');
}

/**
 * The generic map. `''` marks a container scope: it names a region (a parameter list, a whole
 * function or tag) rather than a token, so its text is split by the gap lexer instead.
 */
export const SCOPE_CLASSES: Readonly<Record<string, string>> = {
  keyword: 'k',
  built_in: 'nb',
  type: 'kt',
  literal: 'kc',
  number: 'm',
  operator: 'o',
  punctuation: 'p',
  regexp: 'sr',
  string: 's',
  'char.escape': 'se',
  subst: 'si',
  symbol: 'ss',
  comment: 'c',
  doctag: 'c',
  meta: 'cp',
  'meta.prompt': 'gp',
  'meta keyword': 'cp',
  'meta.keyword': 'cp',
  'meta.string': 'cpf',
  title: 'nf',
  'title.function': 'nf',
  'title.function.invoke': 'nf',
  'title.class': 'nc',
  'title.class.inherited': 'nc',
  params: '',
  function: '',
  class: '',
  tag: '',
  name: 'nt',
  attr: 'na',
  attribute: 'na',
  property: 'py',
  variable: 'nv',
  'variable.language': 'bp',
  'variable.constant': 'no',
  'template-variable': 'nv',
  'template-tag': 'p',
  'selector-tag': 'nt',
  'selector-id': 'nn',
  'selector-class': 'nc',
  'selector-attr': 'na',
  'selector-pseudo': 'nd',
  section: 'gh',
  bullet: 'p',
  code: 'sb',
  emphasis: 'ge',
  strong: 'gs',
  quote: 'c',
  link: 'nl',
  addition: 'gi',
  deletion: 'gd',
  formula: 'm',
  label: 'nl',
};

/** Classes that belong to one family; the first letter(s) say which (Pygments naming). */
export function classFamily(cls: string): string {
  if (cls === '') return '';
  if (cls === 'w') return 'w';
  if (cls.startsWith('g')) return cls; // generic tokens: gh, gi, gd, gp, go... are all distinct
  return cls[0] === 'b' ? 'n' : cls[0]!; // bp (builtin pseudo) is a Name in Pygments
}

/** Refines a number class from the literal text: hex, octal, binary, float or integer. */
export function numberClass(text: string): string {
  const t = text.replace(/^[-+]/, '');
  if (/^0x/i.test(t)) return 'mh';
  if (/^0o/i.test(t) || /^0[0-7]+$/.test(t)) return 'mo';
  if (/^0b/i.test(t)) return 'mb';
  if (/^\d[\d_]*$/.test(t) || /^\d[\d_]*(?:[uUlL]+|[iu](?:8|16|32|64|128|size))$/.test(t)) return 'mi';
  if (/^[\d._]+(?:e[-+]?\d+)?[fFdDlL]?$/i.test(t) || /^[\d._]*\.?\d+e/i.test(t) || /_f(?:32|64)$/.test(t)) return 'mf';
  return 'm';
}

/** Refines a string class from its opening delimiter. */
export function quotedStringClass(text: string): string {
  if (text.startsWith('"""') || text.startsWith("'''")) return 's';
  switch (text[0]) {
    case '"': return 's2';
    case "'": return 's1';
    case '`': return 'sb';
    default: return 's';
  }
}

/** Refines a comment class from its opening delimiter; `lineClass` is the language's single-line class. */
export function commentClass(text: string, lineClass: string, blockClass: string): string {
  if (text.startsWith('/*') || text.startsWith('(*') || text.startsWith('{-')) return blockClass;
  if (text.startsWith('<!--')) return 'c';
  return lineClass;
}
