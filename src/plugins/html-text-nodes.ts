/**
 * Rewrites the text nodes of an HTML fragment and prints it the way Nokogiri (libxml2's HTML
 * serializer) does, as the html-pipeline filters of jekyll-mentions and jemoji do: void elements
 * without `/`, `<x/>` as `<x></x>`, boolean attributes bare, entities in text decoded (only `&`, `<`, `>`
 * escaped), `&` in attribute values escaped, URL attributes percent-encoded, and libxml2's formatting
 * newlines inside HTML 4 block elements. libxml2's HTML 4 tree repairs (closing a `<p>` before a block
 * element, for instance) are not reproduced.
 */
import markdownIt from 'markdown-it'

const TOKEN = /<!--[\s\S]*?-->|<![A-Za-z][^>]*>|<\/?[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const RAW_TEXT = new Set(['script', 'style'])
const BOOLEAN_ATTRS = new Set(['checked', 'compact', 'declare', 'defer', 'disabled', 'ismap', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'selected'])
const URI_ATTRS = new Set(['href', 'src', 'action'])
/** HTML 4 elements libxml2 prints inline (no formatting newlines); others it knows are blocks. */
const INLINE = new Set(['a', 'abbr', 'acronym', 'applet', 'b', 'basefont', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'del', 'dfn', 'em', 'embed', 'font', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'map', 'object', 'q', 's', 'samp', 'script', 'select', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'textarea', 'tt', 'u', 'var'])
const BLOCK = new Set(['address', 'area', 'base', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd', 'dir', 'div', 'dl', 'dt', 'fieldset', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'html', 'isindex', 'legend', 'li', 'link', 'menu', 'meta', 'noframes', 'noscript', 'ol', 'optgroup', 'option', 'p', 'param', 'pre', 'style', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul'])

type Node =
  | { type: 'text'; text: string }
  | { type: 'raw'; html: string }
  | { type: 'element'; name: string; start: string; children: Node[] }

const utils = markdownIt().utils

/** Text with its character references decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (entity) => utils.unescapeAll(entity))
}

/** A text node as libxml2 prints it. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeUri(value: string): string {
  return Array.from(value)
    .map((ch) => (/[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>$[\]]/.test(ch) ? ch : encodeURIComponent(ch)))
    .join('')
}

function printAttribute(tag: string, name: string, raw: string | undefined): string {
  if (raw === undefined || BOOLEAN_ATTRS.has(name)) return ` ${name}`
  let value = decodeEntities(raw)
  if (URI_ATTRS.has(name) || (name === 'name' && tag === 'a')) value = escapeUri(value)
  value = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  if (value.includes('"') && !value.includes("'")) return ` ${name}='${value}'`
  return ` ${name}="${value.replace(/"/g, '&quot;')}"`
}

/** Parses a fragment into nodes (no HTML 4 tree repair: an unmatched end tag closes what it can). */
function parse(html: string): Node[] {
  const root: Node[] = []
  const stack: Array<Extract<Node, { type: 'element' }>> = []
  const children = () => (stack.length ? stack[stack.length - 1]!.children : root)
  const addText = (raw: string) => {
    if (raw !== '') children().push({ type: 'text', text: decodeEntities(raw) })
  }
  const token = new RegExp(TOKEN.source, 'g')
  let last = 0
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const raw = m[0]
    addText(html.slice(last, m.index))
    last = m.index + raw.length
    if (raw.startsWith('<!')) {
      children().push({ type: 'raw', html: raw })
      continue
    }
    if (raw.startsWith('</')) {
      const name = raw.slice(2, -1).trim().toLowerCase()
      const at = stack.map((e) => e.name).lastIndexOf(name)
      if (at >= 0) stack.length = at
      continue
    }
    const name = (/^<([A-Za-z][^\s/>]*)/.exec(raw) as RegExpExecArray)[1]!.toLowerCase()
    let attrs = ''
    for (const a of raw.slice(name.length + 1).replace(/\/?>$/, '').matchAll(ATTR)) attrs += printAttribute(name, a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4])
    const element: Node = { type: 'element', name, start: `<${name}${attrs}>`, children: [] }
    children().push(element)
    if (VOID.has(name) || raw.endsWith('/>')) continue
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, last)
      const end = close < 0 ? html.length : close
      if (end > last) element.children.push({ type: 'raw', html: html.slice(last, end) })
      last = end
      token.lastIndex = end
      continue
    }
    stack.push(element)
  }
  addText(html.slice(last))
  return root
}

/** Replaces text nodes (outside ignored elements) by the nodes of `rewrite(escaped text)`. */
function rewriteNodes(nodes: Node[], ignore: ReadonlySet<string>, rewrite: (escapedText: string) => string, ignored: boolean): Node[] {
  const out: Node[] = []
  for (const node of nodes) {
    if (node.type === 'element') {
      node.children = rewriteNodes(node.children, ignore, rewrite, ignored || ignore.has(node.name) || RAW_TEXT.has(node.name))
      out.push(node)
    } else if (node.type === 'text' && !ignored) {
      const escaped = escapeText(node.text)
      const replaced = rewrite(escaped)
      out.push(...(replaced === escaped ? [node] : parse(replaced)))
    } else out.push(node)
  }
  return out
}

const isText = (node: Node | undefined) => node?.type === 'text'
const isBlock = (name: string) => BLOCK.has(name) && !INLINE.has(name)

/** libxml2's htmlNodeDumpFormatOutput for one node (and its children). */
function serialize(node: Node, parent: string | undefined, next: Node | undefined): string {
  if (node.type === 'text') return escapeText(node.text)
  if (node.type === 'raw') return node.html
  let out = node.start
  if (VOID.has(node.name)) return out + separator(node, parent, next)
  const { children } = node
  const block = isBlock(node.name) && !node.name.startsWith('p')
  if (block && children.length > 1 && !isText(children[0])) out += '\n'
  children.forEach((child, i) => {
    out += serialize(child, node.name, children[i + 1])
  })
  if (block && children.length > 1 && !isText(children[children.length - 1])) out += '\n'
  return `${out}</${node.name}>${separator(node, parent, next)}`
}

/** The newline libxml2 prints after a block element followed by a non-text sibling (not inside p/pre). */
function separator(node: Extract<Node, { type: 'element' }>, parent: string | undefined, next: Node | undefined): string {
  return isBlock(node.name) && next !== undefined && !isText(next) && parent !== undefined && !parent.startsWith('p') ? '\n' : ''
}

/**
 * Prints `html` as Nokogiri would after replacing each text node's HTML (escaped text) by
 * `rewrite(html)`; text inside an element named in `ignore` (or script/style) is left as it is.
 */
export function rewriteTextNodes(html: string, ignore: ReadonlySet<string>, rewrite: (escapedText: string) => string): string {
  const nodes = rewriteNodes(parse(html), ignore, rewrite, false)
  // Nokogiri prints a fragment's top-level nodes one by one: no separators between them.
  return nodes.map((node) => serialize(node, undefined, undefined)).join('')
}
