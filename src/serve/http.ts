/**
 * The HTTP server of `utterson serve`: the destination mounted at `baseurl`, Jekyll's URL lookup
 * (see resolve-path.ts), the site's `404.html` with status 404, content types with a charset for text,
 * Jekyll's no-cache headers plus `webrick.headers`, and folder listings. HTML responses get the LiveReload
 * snippet and, while the last build failed, the error panel. Only GET and HEAD; a bad request gets a 4xx
 * and never stops the server.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import path from 'node:path'
import { lookup } from 'mrmime'
import { log } from '../util/log.js'
import { injectAfterHead, injectErrorPanel } from './inject.js'
import { encodePath, isNondisclosed, resolveRequest } from './resolve-path.js'

/** Jekyll's servlet default headers. */
export const DEFAULT_HEADERS: Record<string, string> = {
  'Cache-Control': 'private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate',
}

/** Types that Jekyll's mime_types_charset.json gives a charset, besides every `text/*`. */
const CHARSET_TYPES = new Set([
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'application/vnd.syncml+xml',
  'application/vnd.syncml.dm+wbxml',
  'application/vnd.syncml.dm+xml',
  'application/vnd.syncml.dmddf+xml',
  'application/vnd.wap.wbxml',
])

/** Files up to this size are read whole (faster for pages); larger ones are streamed. */
const READ_WHOLE_BELOW = 1 << 20

export interface SiteServerOptions {
  host: string
  port: number
  /** The destination folder (read on each request: a configuration reload may change it). */
  root: () => string
  /** `baseurl` as a mount point: '' or '/blog'. */
  baseurl: () => string
  /** Extra response headers (`webrick.headers`), over Jekyll's defaults. */
  headers?: Record<string, string>
  /** `encoding` from the configuration, for the charset of text types. */
  encoding?: string
  showDirListing?: boolean
  /** The LiveReload snippet to add to HTML responses (none without --livereload). */
  snippet?: () => string | undefined
  /** The error of the last build, when it failed (shown on every HTML page). */
  buildError?: () => unknown
}

/** Where Jekyll's mime.types differs from mrmime's table. */
const JEKYLL_TYPES: Record<string, string> = { js: 'application/javascript', mjs: 'application/javascript', map: 'application/json' }

export function contentType(file: string, encoding = 'utf-8'): string {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase()
  const type = JEKYLL_TYPES[ext] ?? lookup(file) ?? 'application/octet-stream'
  return type.startsWith('text/') || CHARSET_TYPES.has(type) ? `${type}; charset=${encoding}` : type
}

export class SiteServer {
  private readonly server: http.Server
  private readonly sockets = new Set<Socket>()
  private readonly headers: Record<string, string>

  constructor(private readonly options: SiteServerOptions) {
    this.headers = { ...DEFAULT_HEADERS, ...(options.headers ?? {}) }
    this.server = http.createServer((req, res) => {
      try {
        this.handle(req, res)
      } catch (error) {
        this.fail(res, error)
      }
    })
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    this.server.on('clientError', (_error, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      else socket.destroy()
    })
  }

  start(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject)
        resolve(this.port)
      })
    })
  }

  get port(): number {
    return (this.server.address() as AddressInfo | null)?.port ?? this.options.port
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const method = req.method ?? 'GET'
    if (method !== 'GET' && method !== 'HEAD') {
      this.sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' }, method)
      return
    }
    const resolution = resolveRequest(req.url ?? '/', {
      root: this.options.root(),
      baseurl: this.options.baseurl(),
      showDirListing: this.options.showDirListing,
    })
    switch (resolution.kind) {
      case 'bad-request':
        log.debug('Bad request:', `${req.url} (${resolution.reason})`)
        this.sendText(res, 400, 'Bad Request', {}, method)
        return
      case 'redirect': {
        const query = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : ''
        this.send(res, 301, { Location: resolution.location + query, 'Content-Type': 'text/html; charset=utf-8' }, Buffer.from(`<a href="${resolution.location}">Moved</a>\n`), method)
        return
      }
      case 'not-found':
        this.notFound(res, method)
        return
      case 'directory':
        this.sendHtml(res, 200, listing(resolution.dir, resolution.urlPath), method)
        return
      case 'file':
        this.sendFile(res, resolution.file, resolution.stats.size, resolution.stats.mtime, method)
    }
  }

  private sendFile(res: http.ServerResponse, file: string, size: number, mtime: Date, method: string): void {
    const type = contentType(file, this.options.encoding)
    const headers = { 'Content-Type': type, 'Last-Modified': mtime.toUTCString() }
    if (type.startsWith('text/html')) {
      this.sendHtml(res, 200, readFileSync(file, 'utf8'), method, headers)
      return
    }
    if (size < READ_WHOLE_BELOW) {
      this.send(res, 200, headers, readFileSync(file), method)
      return
    }
    res.writeHead(200, { ...this.headers, ...headers, 'Content-Length': size })
    if (method === 'HEAD') {
      res.end()
      return
    }
    const stream = createReadStream(file)
    stream.on('error', () => res.destroy())
    stream.pipe(res)
  }

  private notFound(res: http.ServerResponse, method: string): void {
    const page = resolveRequest('/404.html', { root: this.options.root(), baseurl: '' })
    if (page.kind === 'file') {
      this.sendHtml(res, 404, readFileSync(page.file, 'utf8'), method, { 'Content-Type': 'text/html; charset=UTF-8' })
      return
    }
    this.sendHtml(res, 404, '<!DOCTYPE html>\n<html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>\n', method)
  }

  /** HTML with the LiveReload snippet and the build error panel added. */
  private sendHtml(res: http.ServerResponse, status: number, html: string, method: string, headers: Record<string, string> = {}): void {
    const extra: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', ...headers }
    let body = html
    const snippet = this.options.snippet?.()
    if (snippet) {
      const injected = injectAfterHead(body, snippet)
      if (injected !== undefined) {
        body = injected
        extra['X-Rack-LiveReload'] = '1'
      }
    }
    const error = this.options.buildError?.()
    if (error !== undefined) {
      body = injectErrorPanel(body, error)
      extra['X-Utterson-Build-Error'] = '1'
    }
    this.send(res, status, extra, Buffer.from(body), method)
  }

  private sendText(res: http.ServerResponse, status: number, text: string, headers: Record<string, string>, method: string): void {
    this.send(res, status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, Buffer.from(`${text}\n`), method)
  }

  private send(res: http.ServerResponse, status: number, headers: Record<string, string>, body: Buffer, method: string): void {
    res.writeHead(status, { ...this.headers, ...headers, 'Content-Length': body.length })
    res.end(method === 'HEAD' ? undefined : body)
  }

  private fail(res: http.ServerResponse, error: unknown): void {
    log.error('Server error:', error instanceof Error ? error.message : String(error))
    if (res.headersSent) res.destroy()
    else this.sendText(res, 500, 'Internal Server Error', {}, 'GET')
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A folder listing like WEBrick's fancy index (names, sizes, dates), hiding nondisclosed names. */
function listing(dir: string, urlPath: string): string {
  const base = urlPath.endsWith('/') ? urlPath : `${urlPath}/`
  const rows = readdirSync(dir)
    .filter((name) => !isNondisclosed(name))
    .sort()
    .map((name) => {
      const stats = statSync(path.join(dir, name), { throwIfNoEntry: false })
      const isDir = stats?.isDirectory() ?? false
      const label = isDir ? `${name}/` : name
      const size = isDir ? '-' : String(stats?.size ?? 0)
      const date = stats ? stats.mtime.toISOString().replace('T', ' ').slice(0, 16) : ''
      return `<tr><td><a href="${escapeHtml(encodePath(base + label))}">${escapeHtml(label)}</a></td><td>${date}</td><td align="right">${size}</td></tr>`
    })
  const title = `Index of ${escapeHtml(urlPath)}`
  const parent = urlPath === '/' ? '' : '<tr><td><a href="..">Parent Directory</a></td><td></td><td></td></tr>'
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><table><tr><th>Name</th><th>Last modified</th><th>Size</th></tr>${parent}${rows.join('')}</table></body></html>\n`
}
