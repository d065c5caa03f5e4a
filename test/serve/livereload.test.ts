/**
 * The LiveReload protocol as the browser extensions speak it: a WebSocket client says hello, gets the
 * server's hello (protocol 7), then one `reload` message per changed file (`liveCSS` on); files matching
 * `--livereload-ignore` send nothing.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { WebSocket } from 'ws'
import { type ServeSession, serve } from '../../src/serve/session.js'
import { log } from '../../src/util/log.js'
import { writeBlog, writeFile } from './helpers/blog.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-livereload-'))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', JEKYLL_ENV: 'development' }
const savedSink = log.sink
const src = path.join(tmp, 'src')
let session: ServeSession
let ws: WebSocket
const messages: Array<Record<string, unknown>> = []

before(async () => {
  log.sink = { out: () => undefined, err: () => undefined }
  writeBlog(src, 2)
  writeFile(path.join(src, 'files/ignored.txt'), 'one\n')
  session = await serve({
    build: { source: src, destination: path.join(tmp, 'site'), env, port: 0 },
    livereload: true,
    livereloadPort: 0,
    livereloadIgnore: ['files/*.txt'],
    debounceMs: 30,
  })
  ws = new WebSocket(`ws://127.0.0.1:${session.livereloadPort}/livereload`)
  ws.on('message', (data) => messages.push(JSON.parse(String(data)) as Record<string, unknown>))
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
  ws.send(JSON.stringify({ command: 'hello', protocols: ['http://livereload.com/protocols/official-7'] }))
})
after(async () => {
  ws?.close()
  await session?.close()
  log.sink = savedSink
  rmSync(tmp, { recursive: true, force: true })
})

async function waitFor(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !predicate(); i++) await sleep(25)
  assert.ok(predicate(), JSON.stringify(messages))
}

test('the server greets with hello and LiveReload protocol 7', async () => {
  await waitFor(() => messages.length > 0)
  assert.deepEqual(messages[0], { command: 'hello', protocols: ['http://livereload.com/protocols/official-7'], serverName: 'utterson' })
})

test('a stylesheet change sends only the stylesheet path, with liveCSS', async () => {
  messages.length = 0
  writeFileSync(path.join(src, 'assets/css/style.css'), 'body { color: teal; }\n')
  await waitFor(() => messages.length > 0)
  await session.settled()
  assert.deepEqual(messages, [{ command: 'reload', path: '/assets/css/style.css', liveCSS: true }])
})

test('ignored files send nothing; other changes send their pages', async () => {
  messages.length = 0
  writeFileSync(path.join(src, 'files/ignored.txt'), 'two\n')
  await sleep(300)
  await session.settled()
  assert.deepEqual(messages, [])
  writeFileSync(path.join(src, 'about.md'), '---\nlayout: default\ntitle: About\nnav: true\n---\nChanged.\n')
  await waitFor(() => messages.length > 0)
  await session.settled()
  assert.deepEqual(messages, [{ command: 'reload', path: '/about.html', liveCSS: true }])
})
