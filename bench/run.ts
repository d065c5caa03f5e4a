/**
 * `npm run bench -- N [runs] [--dir DIR] [--only utterson,jekyll,hugo] [--threads N]`
 *
 * Generates a deterministic N-post site (bench/generate-site.ts), builds it with Utterson and, when they are
 * installed, with Jekyll and Hugo, alternating the tools run by run, and prints the median wall time, the
 * peak RSS (GNU time, when installed) and the ratios. Never part of `npm test`.
 *
 * Rows:
 * - `utterson`: a cold build, as in CI: no `.jekyll-cache`, no previous `_site`.
 * - `utterson (rebuild)`: the same build again with nothing changed: the Markdown cache and the previous
 *   site are there (unchanged files are linked from it).
 * - `jekyll` (`--disable-disk-cache`, so every run is cold) and `hugo`.
 * `--dir` puts the sites and outputs somewhere else than the system's temporary folder (e.g. /dev/shm, to
 * leave the disk out of the comparison).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { generateHugoSite, generateJekyllSite } from './generate-site.js'

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string' }, only: { type: 'string' }, threads: { type: 'string' } },
})
const posts = Number(positionals[0] ?? 1000)
const runs = Number(positionals[1] ?? 3)
const only = flags.only ? new Set(flags.only.split(',')) : undefined
const wanted = (name: string) => !only || only.has(name)
const repo = path.resolve(import.meta.dirname, '..')
const cli = path.join(repo, 'dist/bundle/main.js')
if (!existsSync(cli)) throw new Error('dist/bundle/main.js is missing: run `npm run build` first')

const work = mkdtempSync(path.join(flags.dir ?? os.tmpdir(), `utterson-bench-${posts}-`))
const jekyllSite = path.join(work, 'jekyll-site')
const hugoSite = path.join(work, 'hugo-site')
process.stderr.write(`generating ${posts} posts in ${work}\n`)
generateJekyllSite(jekyllSite, posts)
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const withHugo = wanted('hugo') && has('hugo')
if (withHugo) generateHugoSite(hugoSite, posts)

interface Tool {
  name: string
  /** Prepares a run (removes what a cold build must not find) and returns the command. */
  prepare: (out: string) => { cmd: string; args: string[]; cwd: string }
}

const threads = flags.threads === undefined ? [] : ['--threads', flags.threads]
const utterson = (out: string) => ({ cmd: process.execPath, args: [cli, 'build', '-q', '-s', jekyllSite, '-d', out, ...threads], cwd: jekyllSite })
const tools: Tool[] = []
if (wanted('utterson')) {
  tools.push({
    name: 'utterson',
    prepare: (out) => {
      rmSync(out, { recursive: true, force: true })
      rmSync(path.join(jekyllSite, '.jekyll-cache'), { recursive: true, force: true })
      return utterson(out)
    },
  })
  tools.push({ name: 'utterson (rebuild)', prepare: () => utterson(path.join(work, 'out-utterson')) })
}
if (wanted('jekyll') && has('jekyll')) {
  tools.push({
    name: 'jekyll',
    prepare: (out) => {
      rmSync(out, { recursive: true, force: true })
      return { cmd: 'jekyll', args: ['build', '-q', '--disable-disk-cache', '-s', jekyllSite, '-d', out], cwd: jekyllSite }
    },
  })
}
if (withHugo) {
  tools.push({
    name: 'hugo',
    prepare: (out) => {
      rmSync(out, { recursive: true, force: true })
      return { cmd: 'hugo', args: ['--quiet', '-s', hugoSite, '-d', out], cwd: hugoSite }
    },
  })
}
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const outputOf = (tool: Tool) => path.join(work, `out-${tool.name.split(' ')[0]}`)

function measure(tool: Tool): { seconds: number; rssMb: number } {
  const { cmd, args, cwd } = tool.prepare(outputOf(tool))
  const env = { ...process.env, TZ: 'UTC', JEKYLL_NO_BUNDLER_REQUIRE: 'true', SOURCE_DATE_EPOCH: '1704067200' }
  const start = performance.now()
  const result = timeBin
    ? spawnSync(timeBin, ['-f', '%M', cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 })
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0) throw new Error(`${tool.name} failed:\n${result.stderr}`)
  const rssKb = timeBin ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN
  return { seconds, rssMb: rssKb / 1024 }
}

const samples = new Map<string, { seconds: number[]; rss: number[] }>(tools.map((t) => [t.name, { seconds: [], rss: [] }]))
for (let run = 0; run < runs; run++) {
  for (const tool of tools) {
    const m = measure(tool)
    const s = samples.get(tool.name)!
    s.seconds.push(m.seconds)
    s.rss.push(m.rssMb)
    process.stderr.write(`run ${run + 1}/${runs} ${tool.name}: ${m.seconds.toFixed(2)} s, ${m.rssMb.toFixed(0)} MB\n`)
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const base = samples.has('utterson') ? median(samples.get('utterson')!.seconds) : undefined
console.log(`\n${posts} posts, ${runs} runs each, ${os.availableParallelism()} cores, Node ${process.version}, in ${flags.dir ?? os.tmpdir()}`)
console.log('| tool | median wall time | peak RSS | time / Utterson (cold) |')
console.log('| --- | ---: | ---: | ---: |')
for (const tool of tools) {
  const s = samples.get(tool.name)!
  const t = median(s.seconds)
  const ratio = base === undefined ? '' : `${(t / base).toFixed(2)}x`
  console.log(`| ${tool.name} | ${t.toFixed(2)} s | ${Math.max(...s.rss).toFixed(0)} MB | ${ratio} |`)
}
rmSync(work, { recursive: true, force: true })
