/**
 * The long fuzz run: `npm run fuzz` (100,000 inputs per entry point), or
 *   node --import tsx bench/fuzz.ts [--runs N] [--seed S] [--limit-ms 1000] [frontMatter liquid markdown url]
 *
 * Each entry point runs in a worker thread; the main thread watches it, so an input that never finishes
 * (an endless loop, a catastrophic regular expression) is reported with the input instead of hanging.
 * Prints, per entry point: inputs run, failures, the slowest input's time and the 99th percentile.
 * Exits 1 on the first failure (after fast-check has shrunk the input), printing the input as JSON.
 */
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import fc from 'fast-check'
import { frontMatterText, liquidText, markdownText, urlText } from '../test/fuzz/arbitraries.js'
import { createTargets, FuzzFailure, type Targets } from '../test/fuzz/targets.js'

const ARBITRARIES = { frontMatter: frontMatterText, liquid: liquidText, markdown: markdownText, url: urlText } as const
type Name = keyof typeof ARBITRARIES
const INPUT_BYTES = 1 << 20

interface Job {
  name: Name
  runs: number
  seed: number
  limitMs: number
  /** [inputs done, length in bytes of the current input] then the current input's bytes. */
  shared: SharedArrayBuffer
}

interface Report {
  name: Name
  runs: number
  seed: number
  maxMs: number
  p99Ms: number
  totalMs: number
  failure?: string
  input?: string
  /** The slowest input (the start of it). */
  slowest?: string
}

if (isMainThread) await main()
else await work(workerData as Job)

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const option = (flag: string, fallback: number) => {
    const at = args.indexOf(flag)
    return at === -1 ? fallback : Number(args.splice(at, 2)[1])
  }
  const runs = option('--runs', 100_000)
  const seed = option('--seed', Date.now() % 2 ** 31)
  const limitMs = option('--limit-ms', 1000)
  const names = (args.length > 0 ? args : Object.keys(ARBITRARIES)) as Name[]
  console.log(`fuzz: ${runs} inputs per entry point, seed ${seed}, limit ${limitMs} ms per input`)
  let failed = false
  for (const name of names) {
    const report = await runWorker({ name, runs, seed, limitMs, shared: new SharedArrayBuffer(8 + INPUT_BYTES) })
    const line = `${name.padEnd(12)} ${String(report.runs).padStart(7)} inputs  max ${report.maxMs.toFixed(1).padStart(7)} ms  p99 ${report.p99Ms.toFixed(2).padStart(6)} ms  total ${(report.totalMs / 1000).toFixed(1)} s`
    console.log(report.failure ? `${line}  FAILED` : `${line}  ok`)
    if (process.env.FUZZ_VERBOSE && report.slowest) console.log(`  slowest: ${JSON.stringify(report.slowest)}`)
    if (report.failure) {
      failed = true
      console.log(`  ${report.failure.split('\n').slice(0, 12).join('\n  ')}`)
      const saved = path.join(os.tmpdir(), `utterson-fuzz-${name}-${report.seed}.json`)
      writeFileSync(saved, JSON.stringify(report.input ?? null))
      console.log(`  input (${report.input?.length ?? 0} chars, saved as JSON in ${saved}): ${JSON.stringify(report.input?.slice(0, 500))}`)
      console.log(`  replay: node --import tsx bench/fuzz.ts --seed ${report.seed} --runs ${runs} ${name}`)
    }
  }
  process.exitCode = failed ? 1 : 0
}

/** Runs one entry point in a worker; kills it when no input finishes for 10 × the limit. */
function runWorker(job: Job): Promise<Report> {
  return new Promise((resolve, reject) => {
    // Node 20 does not pass tsx's loader to workers: the worker registers tsx (for import and require) itself.
    const api = (name: string) => JSON.stringify(import.meta.resolve(`tsx/${name}/api`))
    const code = `Promise.all([import(${api('cjs')}), import(${api('esm')})])
      .then(([cjs, esm]) => { cjs.register(); esm.register(); return import(${JSON.stringify(import.meta.url)}) })`
    const worker = new Worker(code, { eval: true, workerData: job })
    const counters = new Int32Array(job.shared, 0, 2)
    let last = -1
    let stuckSince = performance.now()
    const watchdog = setInterval(() => {
      const done = Atomics.load(counters, 0)
      if (done !== last) {
        last = done
        stuckSince = performance.now()
        return
      }
      if (performance.now() - stuckSince < Math.max(10_000, job.limitMs * 10)) return
      clearInterval(watchdog)
      const length = Atomics.load(counters, 1)
      const input = new TextDecoder().decode(new Uint8Array(job.shared, 8, Math.min(length, INPUT_BYTES)).slice())
      void worker.terminate()
      resolve({ name: job.name, runs: done, seed: job.seed, maxMs: Infinity, p99Ms: Infinity, totalMs: 0, failure: 'hang: one input ran for over 10 s', input })
    }, 500)
    worker.once('message', (report: Report) => {
      clearInterval(watchdog)
      void worker.terminate()
      resolve(report)
    })
    worker.once('error', (error) => {
      clearInterval(watchdog)
      reject(error)
    })
  })
}

async function work(job: Job): Promise<void> {
  const targets: Targets = await createTargets(job.limitMs)
  const target = targets[job.name]
  const counters = new Int32Array(job.shared, 0, 2)
  const bytes = new Uint8Array(job.shared, 8, INPUT_BYTES)
  const encoder = new TextEncoder()
  const times: number[] = []
  let slowest = { took: -1, text: '' }
  const start = performance.now()
  let failure: string | undefined
  let input: string | undefined
  try {
    fc.assert(
      fc.property(ARBITRARIES[job.name], (text) => {
        const { written } = encoder.encodeInto(text, bytes)
        Atomics.store(counters, 1, written)
        const t0 = performance.now()
        target(text)
        const took = performance.now() - t0
        if (took > slowest.took) slowest = { took, text }
        times.push(took)
        Atomics.add(counters, 0, 1)
      }),
      { numRuns: job.runs, seed: job.seed, endOnFailure: false },
    )
  } catch (error) {
    const cause = (error as Error).cause
    failure = cause instanceof Error ? `${cause.message}` : (error as Error).message
    input = cause instanceof FuzzFailure ? cause.input : undefined
  } finally {
    targets.close()
  }
  times.sort((a, b) => a - b)
  const report: Report = {
    name: job.name,
    runs: times.length,
    seed: job.seed,
    maxMs: times.at(-1) ?? 0,
    p99Ms: times[Math.floor(times.length * 0.99)] ?? 0,
    totalMs: performance.now() - start,
    failure,
    input,
    slowest: slowest.text.slice(0, 300),
  }
  parentPort?.postMessage(report)
}
