/**
 * End to end in headless Chromium: `utterson serve --livereload` on a blog; editing a post on disk
 * reloads the open page with the new text; editing the stylesheet restyles the page without reloading
 * it; a broken template shows the error on the page, and fixing it brings the page back.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from 'playwright-core'
import { type ServeSession, serve } from '../../src/serve/session.js'
import { log } from '../../src/util/log.js'
import { type Browser, launchChromium } from './helpers/browser.js'
import { writeBlog } from './helpers/blog.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-serve-browser-'))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', JEKYLL_ENV: 'development' }
const savedSink = log.sink
let session: ServeSession
let browser: Browser
let page: Page
const src = path.join(tmp, 'src')
let postFile = ''
let postUrl = ''

before(async () => {
  log.sink = { out: () => undefined, err: () => undefined }
  const posts = writeBlog(src, 3)
  const name = [...posts.keys()].find((n) => n.includes('post-1')) as string
  postFile = path.join(src, '_posts', name)
  session = await serve({ build: { source: src, destination: path.join(tmp, 'site'), env, port: 0 }, livereload: true, livereloadPort: 0, debounceMs: 50 })
  const [date] = /^\d{4}-\d{2}-\d{2}/.exec(name) as RegExpExecArray
  postUrl = `${session.address}${date.replaceAll('-', '/')}/post-1.html`
  browser = await launchChromium()
  page = await browser.context.newPage()
})
after(async () => {
  await browser?.close()
  await session?.close()
  log.sink = savedSink
  rmSync(tmp, { recursive: true, force: true })
})

/** Waits until the page's LiveReload client is connected to the server. */
async function connected(): Promise<void> {
  for (let i = 0; i < 200 && session.livereloadClients === 0; i++) await sleep(25)
  assert.ok(session.livereloadClients > 0, 'the page connected to the LiveReload server')
}

test('editing a post on disk reloads the open page with the new text', async (t) => {
  await page.goto(postUrl)
  assert.match(await page.locator('#title').innerText(), /post-1/)
  await connected()
  await page.evaluate(() => {
    ;(window as unknown as { marker: string }).marker = 'before'
  })
  const text = readFileSync(postFile, 'utf8')
  const saved = performance.now()
  writeFileSync(postFile, text.replace(/\n---\n/, '\n---\nFreshly saved words appear here.\n\n'))
  await page.waitForFunction(() => document.body.innerText.includes('Freshly saved words appear here.'), undefined, { timeout: 20_000 })
  t.diagnostic(`save → page reloaded with the new text: ${Math.round(performance.now() - saved)} ms`)
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: string }).marker), undefined, 'the page was reloaded')
})

test('editing the stylesheet restyles the page without reloading it', async (t) => {
  await connected()
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('title') as HTMLElement).color), 'rgb(0, 0, 255)')
  await page.evaluate(() => {
    ;(window as unknown as { marker: string }).marker = 'kept'
  })
  const css = path.join(src, 'assets/css/style.css')
  const saved = performance.now()
  writeFileSync(css, readFileSync(css, 'utf8').replace('rgb(0, 0, 255)', 'rgb(255, 0, 0)'))
  await page.waitForFunction(() => getComputedStyle(document.getElementById('title') as HTMLElement).color === 'rgb(255, 0, 0)', undefined, { timeout: 20_000 })
  t.diagnostic(`save → new style applied: ${Math.round(performance.now() - saved)} ms`)
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: string }).marker), 'kept', 'no full reload for a CSS change')
})

test('a broken template shows the error in the page; the next good save brings the page back', async () => {
  await connected()
  const good = readFileSync(postFile, 'utf8')
  writeFileSync(postFile, `${good}\n{% if unclosed %}\n`)
  await page.waitForSelector('#utterson-build-error', { timeout: 20_000 })
  const panel = await page.locator('#utterson-build-error').innerText()
  assert.match(panel, /if/)
  assert.match(panel, /_posts\/.*post-1\.md/)
  await connected()
  writeFileSync(postFile, good.replace('Freshly saved words', 'Recovered words'))
  await page.waitForFunction(() => document.body.innerText.includes('Recovered words appear here.'), undefined, { timeout: 20_000 })
  assert.equal(await page.locator('#utterson-build-error').count(), 0)
})
