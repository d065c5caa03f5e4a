/**
 * The server of `utterson serve` over real sockets: Jekyll's URL lookup, the 404 page, content types,
 * headers, `baseurl`, LiveReload injection, `site.url`, bad requests, and path traversal probes.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { ServeSession } from '../../src/serve/session.js'
import { serve } from '../../src/serve/session.js'
import { log } from '../../src/util/log.js'
import { writeBlog, writeFile } from './helpers/blog.js'
import { rawGet, rawRequest } from './helpers/http.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-serve-http-'))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', JEKYLL_ENV: 'development' }
const SECRET = 'TOP SECRET outside the destination'
after(() => rmSync(tmp, { recursive: true, force: true }))

describe('serving a built site', () => {
  let session: ServeSession
  let port: number
  const src = path.join(tmp, 'site')
  const dest = path.join(tmp, 'out', '_site')

  const savedSink = log.sink
  before(async () => {
    log.sink = { out: () => undefined, err: () => undefined }
    writeBlog(src, 4)
    writeFile(path.join(src, 'contact.html'), '---\nlayout: default\ntitle: Contact\n---\n<p id="contact">Write to us.</p>\n')
    writeFile(path.join(src, 'docs/guide/index.md'), '---\ntitle: Guide\n---\nThe guide.\n')
    writeFile(path.join(src, 'downloads/readme.txt'), 'plain text\n')
    writeFile(path.join(tmp, 'out', 'secret.txt'), SECRET)
    session = await serve({ build: { source: src, destination: dest, env, port: 0 }, watch: false, livereload: true, livereloadPort: 0 })
    port = session.port
    symlinkSync(path.join(tmp, 'out', 'secret.txt'), path.join(dest, 'leak.txt'))
    symlinkSync(path.join(tmp, 'out'), path.join(dest, 'up'))
  })
  after(async () => {
    await session.close()
    log.sink = savedSink
  })

  test('binds to the loopback address by default', () => {
    assert.match(session.address, /^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  test('pages get Jekyll headers, a charset and the LiveReload snippet right after <head>', async () => {
    const res = await rawGet(port, '/')
    assert.equal(res.status, 200)
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8')
    assert.equal(res.headers['cache-control'], 'private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate')
    assert.equal(res.headers['x-rack-livereload'], '1')
    assert.match(res.body, /<head><script>\n {2}document\.write\(/)
    assert.ok(res.body.includes(`:${session.livereloadPort}/livereload.js?snipver=1&amp;port=${session.livereloadPort}`))
    const onDisk = readFileSync(path.join(dest, 'index.html'), 'utf8')
    assert.ok(!onDisk.includes('livereload'), 'the snippet is added when serving, never written')
  })

  test('extension-less URLs find .html files; folders redirect to the slash and serve their index', async () => {
    const contact = await rawGet(port, '/contact')
    assert.equal(contact.status, 200)
    assert.match(contact.body, /id="contact"/)
    const folder = await rawGet(port, '/docs/guide')
    assert.equal(folder.status, 301)
    assert.equal(folder.headers.location, '/docs/guide/')
    const index = await rawGet(port, '/docs/guide/')
    assert.equal(index.status, 200)
    assert.match(index.body, /The guide\./)
  })

  test('unknown URLs get the site 404.html with status 404', async () => {
    const res = await rawGet(port, '/no/such/page')
    assert.equal(res.status, 404)
    assert.equal(res.headers['content-type'], 'text/html; charset=UTF-8')
    assert.match(res.body, /id="missing"/)
  })

  test('content types follow the extension', async () => {
    assert.equal((await rawGet(port, '/assets/css/style.css')).headers['content-type'], 'text/css; charset=utf-8')
    assert.equal((await rawGet(port, '/assets/js/app.js')).headers['content-type'], 'application/javascript; charset=utf-8')
    assert.equal((await rawGet(port, '/assets/img/dot.png')).headers['content-type'], 'image/png')
    assert.equal((await rawGet(port, '/downloads/readme.txt')).headers['content-type'], 'text/plain; charset=utf-8')
  })

  test('site.url is the local address while serving, as Jekyll sets it in development', async () => {
    const feed = await rawGet(port, '/feed.xml')
    assert.equal(feed.status, 200)
    assert.ok(feed.body.includes(`<link href="http://localhost:${port}/20`), feed.body.slice(0, 400))
  })

  test('HEAD has the headers without a body; other methods get 405', async () => {
    const get = await rawGet(port, '/archive.html')
    const head = await rawGet(port, '/archive.html', 'HEAD')
    assert.equal(head.status, 200)
    assert.equal(head.body, '')
    assert.equal(head.headers['content-length'], get.headers['content-length'])
    assert.equal((await rawGet(port, '/', 'POST')).status, 405)
    assert.equal((await rawGet(port, '/', 'DELETE')).status, 405)
  })

  test('path traversal probes are all refused, and nothing outside the destination is read', async () => {
    const probes = [
      '/../secret.txt',
      '/../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/.%2e/secret.txt',
      '/%252e%252e/secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/%25%32%65%25%32%65/secret.txt',
      '/..\\secret.txt',
      '/%5c..%5csecret.txt',
      '/..%5csecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/secret.txt%00.html',
      '/%00',
      '/index.html%00',
      '/leak.txt',
      '/up/secret.txt',
      '/up/',
      '//etc/passwd',
      'http://localhost/../secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/%ff',
    ]
    for (const probe of probes) {
      const res = await rawGet(port, probe)
      assert.ok(res.status === 400 || res.status === 404, `${probe} → ${res.status}`)
      assert.ok(!res.body.includes(SECRET), `${probe} leaked the file outside the destination`)
      assert.ok(!res.body.includes('root:x:0:0'), `${probe} leaked /etc/passwd`)
    }
    assert.equal((await rawGet(port, '/')).status, 200, 'the server still answers')
  })

  test('malformed requests get 400 and never stop the server', async () => {
    const garbage = ['GARBAGE\r\n\r\n', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 'GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n', Buffer.from([0, 255, 13, 10, 13, 10])]
    for (const request of garbage) {
      const res = await rawRequest(port, request)
      assert.ok(res.status === 400 || res.status === 0, `status ${res.status}`)
    }
    const long = await rawGet(port, `/${'a'.repeat(20000)}`)
    assert.ok(long.status === 404 || long.status === 431 || long.status === 400, `long URL: ${long.status}`)
    assert.equal((await rawGet(port, '/')).status, 200, 'the server still answers')
  })

  test('the LiveReload port serves livereload.js and refuses anything else', async () => {
    const lr = session.livereloadPort as number
    const script = await rawGet(lr, '/livereload.js?snipver=1')
    assert.equal(script.status, 200)
    assert.equal(script.headers['content-type'], 'application/javascript')
    assert.match(script.body, /LiveReload/)
    assert.equal((await rawGet(lr, '/other')).status, 400)
  })
})

describe('serving under a baseurl', () => {
  let session: ServeSession
  const src = path.join(tmp, 'based')

  before(async () => {
    writeBlog(src, 3)
    session = await serve({ build: { source: src, destination: path.join(tmp, 'based-out'), env, port: 0, baseurl: '/blog' }, watch: false })
  })
  after(() => session.close())

  test('the site is mounted at baseurl; other paths are 404 and the bare baseurl redirects', async () => {
    const port = session.port
    assert.match(session.address, /:\d+\/blog\/$/)
    assert.equal((await rawGet(port, '/blog/')).status, 200)
    assert.equal((await rawGet(port, '/blog/archive')).status, 200)
    const bare = await rawGet(port, '/blog')
    assert.equal(bare.status, 301)
    assert.equal(bare.headers.location, '/blog/')
    assert.equal((await rawGet(port, '/archive.html')).status, 404)
    assert.equal((await rawGet(port, '/blogger/')).status, 404)
    const page = await rawGet(port, '/blog/')
    assert.ok(page.body.includes('href="/blog/assets/css/style.css"'))
  })
})
