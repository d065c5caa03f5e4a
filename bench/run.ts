/**
 * `npm run bench -- N [runs]`: builds a generated N-post site with Utterson and, when installed, with Jekyll and Hugo,
 * alternating runs, and prints the median wall time, peak RSS and the ratios. Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateHugoSite, generateJekyllSite } from './generate-site.js'

interface Tool {
  name: string
  command: (out: string) => [string, string[], string]
}

const posts = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 3)
const repo = path.resolve(import.meta.dirname, '..')
const cli = path.join(repo, 'dist/cli/main.js')
if (!existsSync(cli)) throw new Error('dist/cli/main.js is missing: run `npm run build` first')

const work = mkdtempSync(path.join(os.tmpdir(), `utterson-bench-${posts}-`))
const jekyllSite = path.join(work, 'jekyll-site')
const hugoSite = path.join(work, 'hugo-site')
generateJekyllSite(jekyllSite, posts)
generateHugoSite(hugoSite, posts)

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const tools: Tool[] = [{ name: 'utterson', command: (out) => [process.execPath, [cli, 'build', '-q', '-s', jekyllSite, '-d', out], jekyllSite] }]
if (has('jekyll')) {
  tools.push({ name: 'jekyll', command: (out) => ['jekyll', ['build', '-q', '--disable-disk-cache', '-s', jekyllSite, '-d', out], jekyllSite] })
}
if (has('hugo')) tools.push({ name: 'hugo', command: (out) => ['hugo', ['--quiet', '-s', hugoSite, '-d', out], hugoSite] })
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

function measure(tool: Tool, out: string): { seconds: number; rssMb: number } {
  rmSync(out, { recursive: true, force: true })
  const [cmd, args, cwd] = tool.command(out)
  const env = { ...process.env, TZ: 'UTC', JEKYLL_NO_BUNDLER_REQUIRE: 'true', SOURCE_DATE_EPOCH: '1704067200' }
  const start = performance.now()
  const result = timeBin
    ? spawnSync(timeBin, ['-f', '%M', cmd, ...args], { cwd, env, encoding: 'utf8' })
    : spawnSync(cmd, args, { cwd, env, encoding: 'utf8' })
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0) throw new Error(`${tool.name} failed:\n${result.stderr}`)
  const rssKb = timeBin ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN
  return { seconds, rssMb: rssKb / 1024 }
}

const samples = new Map<string, { seconds: number[]; rss: number[] }>(tools.map((t) => [t.name, { seconds: [], rss: [] }]))
for (let run = 0; run < runs; run++) {
  for (const tool of tools) {
    const m = measure(tool, path.join(work, `out-${tool.name}`))
    const s = samples.get(tool.name)!
    s.seconds.push(m.seconds)
    s.rss.push(m.rssMb)
    process.stderr.write(`run ${run + 1}/${runs} ${tool.name}: ${m.seconds.toFixed(2)} s\n`)
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const ours = median(samples.get('utterson')!.seconds)
console.log(`\n${posts} posts, ${runs} runs each, ${os.cpus().length} cores, Node ${process.version}`)
console.log('| tool | median wall time | peak RSS | time / Utterson |')
console.log('| --- | ---: | ---: | ---: |')
for (const tool of tools) {
  const s = samples.get(tool.name)!
  const t = median(s.seconds)
  console.log(`| ${tool.name} | ${t.toFixed(2)} s | ${Math.max(...s.rss).toFixed(0)} MB | ${(t / ours).toFixed(1)}x |`)
}
rmSync(work, { recursive: true, force: true })
