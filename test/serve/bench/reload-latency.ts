/**
 * Measures save → browser reloaded for `utterson serve --livereload` in headless Chromium. Not a test
 * (never run by `npm test`):
 *
 *   node --import tsx test/serve/bench/reload-latency.ts example      # the example blog (repository root)
 *   node --import tsx test/serve/bench/reload-latency.ts 4000         # a generated 4,000-post blog
 *
 * The site is copied (or generated) into a temporary folder; one post is edited `runs` times; each time
 * the page must show the new text. Prints each time and the median.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { generateJekyllSite } from '../../../bench/generate-site.js'
import { serve } from '../../../src/serve/session.js'
import { log } from '../../../src/util/log.js'
import { launchChromium } from '../helpers/browser.js'

const which = process.argv[2] ?? 'example'
const runs = Number(process.argv[3] ?? 7)
const repo = path.resolve(import.meta.dirname, '../../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'utterson-latency-'))
const src = path.join(work, 'src')
if (which === 'example') {
  cpSync(repo, src, { recursive: true, filter: (f) => !/\/(node_modules|\.git|_site|dist|test|src|bench)$/.test(f) || f === repo })
} else {
  generateJekyllSite(src, Number(which))
}
log.sink = { out: () => undefined, err: () => undefined }
const start = performance.now()
const session = await serve({ build: { source: src, destination: path.join(work, '_site'), port: 0 }, livereload: true, livereloadPort: 0 })
const initial = performance.now() - start
const postsDir = path.join(src, '_posts')
const names = readdirSync(postsDir).sort()
const name = names[Math.floor(names.length / 2)] as string
const file = path.join(postsDir, name)
const html = readdirSync(path.join(work, '_site'), { recursive: true }).map(String).find((f) => f.endsWith(`${name.slice(11, -3)}.html`))
if (!html) throw new Error(`no output for ${name}`)
const browser = await launchChromium()
const page = await browser.context.newPage()
await page.goto(`${session.address}${html}`)
for (let i = 0; i < 200 && session.livereloadClients === 0; i++) await sleep(25)
const original = readFileSync(file, 'utf8')
const times: number[] = []
for (let i = 0; i < runs; i++) {
  const marker = `Latency marker ${i} ${Date.now()}`
  const saved = performance.now()
  writeFileSync(file, original.replace(/\n---\n/, `\n---\n${marker}\n\n`))
  await page.waitForFunction((m) => document.body.innerText.includes(m), marker, { timeout: 60_000, polling: 10 })
  times.push(performance.now() - saved)
  await sleep(300)
  for (let j = 0; j < 200 && session.livereloadClients === 0; j++) await sleep(25)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)] as number
process.stdout.write(`${which}: ${names.length} posts; initial build ${Math.round(initial)} ms; save → reloaded: ${times.map((t) => Math.round(t)).join(', ')} ms; median ${Math.round(median)} ms\n`)
await browser.close()
await session.close()
rmSync(work, { recursive: true, force: true })
