/**
 * The LiveReload server, as `jekyll serve --livereload` runs it: one port that serves `livereload.js` over
 * HTTP and speaks LiveReload protocol 7 over WebSocket. Browsers (the injected script or a LiveReload
 * extension) get `hello` on connect and `{"command":"reload","path":…,"liveCSS":true}` for each change;
 * the client swaps stylesheets in place when only CSS changed and reloads the page otherwise.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo, Socket } from 'node:net'
import { WebSocket, WebSocketServer } from 'ws'
import { log } from '../util/log.js'

const PROTOCOL_7 = 'http://livereload.com/protocols/official-7'

export interface LiveReloadOptions {
  host: string
  port: number
}

/** The livereload.js client shipped by the livereload-js package (the same script Jekyll serves). */
export function livereloadScript(): Buffer {
  const require = createRequire(import.meta.url)
  return readFileSync(require.resolve('livereload-js/dist/livereload.js'))
}

export class LiveReloadServer {
  private readonly http: http.Server
  private readonly wss = new WebSocketServer({ noServer: true })
  private readonly clients = new Set<WebSocket>()
  private readonly sockets = new Set<Socket>()
  private script: Buffer | undefined
  private connections = 0

  constructor(private readonly options: LiveReloadOptions) {
    this.http = http.createServer((req, res) => this.serveHttp(req, res))
    this.http.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    this.http.on('clientError', (_error, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
      else socket.destroy()
    })
    this.http.on('upgrade', (req, socket, head) => {
      socket.on('error', () => socket.destroy())
      this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws))
    })
  }

  /** Listens; resolves with the port (useful when 0 asked for any free port). */
  start(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject)
      this.http.listen(this.options.port, this.options.host, () => {
        this.http.off('error', reject)
        resolve(this.port)
      })
    })
  }

  get port(): number {
    return (this.http.address() as AddressInfo | null)?.port ?? this.options.port
  }

  /** How many browsers are connected. */
  get clientCount(): number {
    return this.clients.size
  }

  /** Tells every browser that these paths changed (one message each, as Jekyll does). */
  reload(paths: string[]): void {
    for (const path of paths) {
      const message = JSON.stringify({ command: 'reload', path, liveCSS: true })
      log.debug('LiveReload:', `Reloading URL ${JSON.stringify(path)}`)
      for (const ws of this.clients) if (ws.readyState === WebSocket.OPEN) ws.send(message)
    }
  }

  close(): Promise<void> {
    for (const ws of this.clients) ws.terminate()
    this.clients.clear()
    this.wss.close()
    for (const socket of this.sockets) socket.destroy()
    return new Promise((resolve) => this.http.close(() => resolve()))
  }

  private serveHttp(req: http.IncomingMessage, res: http.ServerResponse): void {
    try {
      if (req.method === 'GET' && (req.url ?? '').startsWith('/livereload.js')) {
        this.script ??= livereloadScript()
        res.writeHead(200, { 'Content-Type': 'application/javascript', 'Content-Length': this.script.length })
        res.end(this.script)
        return
      }
      const body = 'This port only serves livereload.js over HTTP.\n'
      res.writeHead(400, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) })
      res.end(body)
    } catch {
      res.destroy()
    }
  }

  private connect(ws: WebSocket): void {
    this.connections += 1
    if (this.connections === 1) log.info('LiveReload:', 'Browser connected')
    this.clients.add(ws)
    ws.on('close', () => this.clients.delete(ws))
    ws.on('error', () => this.clients.delete(ws))
    ws.on('message', (data) => {
      let message: { command?: unknown; url?: unknown }
      try {
        message = JSON.parse(String(data)) as typeof message
      } catch {
        return
      }
      if (message.command === 'url') log.info('LiveReload:', `Browser URL: ${String(message.url)}`)
    })
    ws.send(JSON.stringify({ command: 'hello', protocols: [PROTOCOL_7], serverName: 'utterson' }))
  }
}
