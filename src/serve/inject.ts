/**
 * What `utterson serve` adds to HTML responses: Jekyll's LiveReload snippet right after the first `<head>`
 * tag, and, while the last build failed, a panel with the error (file, line, code frame, hint).
 */
import { BuildError } from '../util/errors.js'

export interface SnippetOptions {
  port: number
  minDelay?: string | number
  maxDelay?: string | number
}

/** Jekyll's snippet: loads livereload.js from the page's own host name, on the LiveReload port. */
export function livereloadSnippet(options: SnippetOptions): string {
  let args = ''
  if (options.minDelay !== undefined) args += `&amp;mindelay=${options.minDelay}`
  if (options.maxDelay !== undefined) args += `&amp;maxdelay=${options.maxDelay}`
  args += `&amp;port=${options.port}`
  return [
    '<script>',
    '  document.write(',
    `    '<script src="' + location.protocol + '//' +`,
    `    (location.host || 'localhost').split(':')[0] +`,
    `    ':${options.port}/livereload.js?snipver=1${args}"' +`,
    `    '></' +`,
    `    'script>');`,
    '</script>',
    '',
  ].join('\n')
}

/** Jekyll's HEAD_TAG_REGEX: `<head>` or `<head …>` but not `<header>`. */
const HEAD_TAG = /<head>|<head[^(er)][^<]*>/g

/**
 * Inserts `snippet` after the head tag(s) on the first line that mentions `<head`, as Jekyll's
 * BodyProcessor does. Returns undefined when that line has no head tag (nothing is added then).
 */
export function injectAfterHead(html: string, snippet: string): string | undefined {
  const at = html.indexOf('<head')
  if (at === -1) return undefined
  const start = html.lastIndexOf('\n', at) + 1
  const newline = html.indexOf('\n', at)
  const end = newline === -1 ? html.length : newline + 1
  const line = html.slice(start, end)
  let added = false
  const replaced = line.replace(HEAD_TAG, (match) => {
    added = true
    return `${match}${snippet}`
  })
  if (!added) return undefined
  return html.slice(0, start) + replaced + html.slice(end)
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The error panel shown on every page while the last build failed. */
export function errorPanel(error: unknown): string {
  let text = error instanceof Error ? error.message : String(error)
  if (error instanceof BuildError) {
    const formatted = error.format()
    text = formatted.startsWith(`${error.topic}:`) ? formatted : `${error.topic}: ${formatted}`
  }
  return [
    '<div id="utterson-build-error" role="alert" style="position:fixed;z-index:2147483647;inset:0 0 auto 0;max-height:80vh;overflow:auto;',
    'margin:0;padding:16px 20px;background:#2b0d0d;color:#ffd7d7;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;',
    'border-bottom:4px solid #e5484d;box-shadow:0 4px 24px rgba(0,0,0,.4)">',
    '<strong style="display:block;margin-bottom:8px;color:#fff">Build failed — fix the error and save: the page reloads by itself.</strong>',
    `<pre style="margin:0;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
    '</div>',
  ].join('')
}

/** Adds the error panel just before `</body>`, or at the end. */
export function injectErrorPanel(html: string, error: unknown): string {
  const panel = errorPanel(error)
  const at = html.search(/<\/body\s*>/i)
  return at === -1 ? html + panel : html.slice(0, at) + panel + html.slice(at)
}
