/**
 * Converting Markdown ahead, in worker threads, while the main thread renders in Jekyll's order.
 *
 * The render stage stays one ordered pass on the main thread (Liquid, converter, layouts, hooks), so
 * everything a template can see is what Jekyll would show. What moves to other threads is the costly,
 * pure part: Markdown conversion. For items near the end of the render order, the main thread guesses
 * the converter's input (the body after Liquid, rendered now by a separate renderer with logging muted)
 * and sends it to a worker; the output is primed in the conversion cache under that exact input. When
 * the real render reaches the item, its converter finds the output if, and only if, the real input is
 * the same string; any other input (a hook changed it, a template read something rendered since) is
 * converted on the spot. So the output is identical to a single-threaded build, whatever the timing.
 *
 * The main thread works forward from the first item and the workers backward from the last, a batch at
 * a time, so both ends meet wherever the work balances out.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ConversionCache } from '../markup/conversion-cache.js'
import type { ConverterChain } from '../markup/converter.js'
import { MARKDOWN_CONVERTER } from '../markup/markdown-converter.js'
import type { Renderable } from '../site/types.js'
import { log } from '../util/log.js'
import type { ConversionJob, ConversionResult } from './conversion-worker.js'

/** Below this many Markdown items, starting a thread costs more than it saves. */
const MIN_ITEMS = 48
/** Items per message to a worker. */
const BATCH = 8
/** A worker is given a new batch while it has fewer than this many. */
const BATCHES_IN_FLIGHT = 2
/** Items just ahead of the main thread are left to it (it would otherwise wait for a batch). */
const LEAD = 2 * BATCH
/** The main thread lets worker messages in every this many items. */
const YIELD_EVERY = 4

/** What the workers convert: the render stage's items and how to guess their converter input. */
export interface ConversionWork {
  /** The pages and documents in render order. */
  items: Renderable[]
  converters: ConverterChain
  cache: ConversionCache
  /** The converter's input for `item` if it were rendered now; undefined when it cannot be guessed. */
  guessInput: (item: Renderable) => string | undefined
  /** Do not render before every thread is up (tests: makes the share of work done ahead predictable). */
  waitForThreads?: boolean
}

interface Job {
  index: number
  input: string
  done: boolean
  settle?: () => void
  settled?: Promise<void>
}

interface Thread {
  worker: Worker
  ready: Promise<void>
  inFlight: number
  jobs: Map<number, Job>
  alive: boolean
}

export class ConversionWorkers {
  private items: Renderable[] = []
  private cache: ConversionCache | undefined
  private guessInput: (item: Renderable) => string | undefined = () => undefined
  /** Render-order indexes of the Markdown items, in order; the workers take them from the end. */
  private candidates: number[] = []
  private next = -1
  private position = 0
  private waitForThreads = false
  private readonly jobsByIndex = new Map<number, Job>()
  private readonly threads: Thread[] = []
  private jobIds = 0
  /** How many conversions the threads did ahead. */
  converted = 0

  /**
   * Starts `threads` workers for Markdown with these kramdown options. They load while the site is read;
   * `assign` gives them work once the render stage knows the items.
   */
  constructor(threads: number, kramdown: Record<string, unknown>) {
    for (let t = 0; t < threads; t++) {
      const worker = createWorker({ kramdown })
      let up = () => {}
      const thread: Thread = { worker, ready: new Promise<void>((resolve) => (up = resolve)), inFlight: 0, jobs: new Map(), alive: true }
      worker.on('message', (results: ConversionResult[] | 'ready') => (results === 'ready' ? up() : this.receive(thread, results)))
      worker.on('error', (error) => (up(), this.lose(thread, error)))
      worker.on('exit', () => (up(), this.lose(thread)))
      this.threads.push(thread)
    }
  }

  /**
   * Hands the workers the Markdown items of `work`, when there are enough that are not in the cache already
   * to be worth it. Returns false (and the caller closes the workers) when not.
   */
  assign(work: ConversionWork): boolean {
    const candidates: number[] = []
    work.items.forEach((item, index) => {
      if (convertsWithMarkdownOnly(work.converters, item)) candidates.push(index)
    })
    if (candidates.length < MIN_ITEMS || work.cache.isWarmFor(candidates.length)) return false
    this.items = work.items
    this.cache = work.cache
    this.guessInput = work.guessInput
    this.waitForThreads = work.waitForThreads === true
    this.candidates = candidates
    this.next = candidates.length - 1
    for (const thread of this.threads) this.feed(thread)
    return true
  }

  /** Call before rendering `items[index]`: waits when a worker is converting it, and lets results in now and then. */
  async before(index: number): Promise<void> {
    this.position = index
    if (this.waitForThreads) {
      this.waitForThreads = false
      await Promise.all(this.threads.map((thread) => thread.ready))
    }
    const job = this.jobsByIndex.get(index)
    if (job && !job.done) {
      job.settled ??= new Promise<void>((resolve) => (job.settle = resolve))
      await job.settled
    } else if (index % YIELD_EVERY === 0 && this.threads.some((t) => t.inFlight > 0)) {
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
  }

  async close(): Promise<void> {
    const threads = this.threads.splice(0)
    for (const thread of threads) thread.alive = false
    await Promise.all(threads.map((thread) => thread.worker.terminate()))
  }

  /** Gives `thread` batches from the end of the list until it has enough, or nothing is left. */
  private feed(thread: Thread): void {
    while (thread.alive && thread.inFlight < BATCHES_IN_FLIGHT) {
      const batch: ConversionJob[] = []
      while (batch.length < BATCH && this.next >= 0) {
        const index = this.candidates[this.next] as number
        if (index < this.position + LEAD) {
          this.next = -1 // the main thread is about to reach the rest
          break
        }
        this.next--
        const input = this.guess(this.items[index] as Renderable)
        if (input === undefined || this.cache?.has(input)) continue
        const job: Job = { index, input, done: false }
        const id = this.jobIds++
        thread.jobs.set(id, job)
        this.jobsByIndex.set(index, job)
        batch.push({ id, input })
      }
      if (batch.length === 0) return
      thread.inFlight++
      thread.worker.postMessage(batch)
    }
  }

  private guess(item: Renderable): string | undefined {
    try {
      return log.muted(() => this.guessInput(item))
    } catch {
      return undefined // the real render reports the error
    }
  }

  private receive(thread: Thread, results: ConversionResult[]): void {
    thread.inFlight--
    for (const { id, output } of results) {
      const job = thread.jobs.get(id)
      if (!job) continue
      thread.jobs.delete(id)
      if (output !== undefined) {
        this.cache?.prime(job.input, output)
        this.converted++
      }
      this.settle(job)
    }
    this.feed(thread)
  }

  /** A worker that failed or stopped: its jobs are left to the main thread. */
  private lose(thread: Thread, error?: Error): void {
    if (!thread.alive) return
    thread.alive = false
    if (error) log.debug('Rendering:', `a conversion thread stopped (${error.message}); converting on the main thread`)
    for (const job of thread.jobs.values()) this.settle(job)
    thread.jobs.clear()
  }

  private settle(job: Job): void {
    job.done = true
    job.settle?.()
  }
}

/** True when only the built-in Markdown converter (then the identity) converts `item`. */
function convertsWithMarkdownOnly(converters: ConverterChain, item: Renderable): boolean {
  const chain = converters.for(item.ext)
  return chain.length === 2 && chain[0]?.name === MARKDOWN_CONVERTER && chain[1]?.name === 'Identity'
}

/**
 * A thread running ./conversion-worker: the compiled module when installed; from source (tests, under tsx),
 * through tsx's loader, which Node 20 does not pass on to worker threads by itself.
 */
function createWorker(workerData: unknown): Worker {
  // compiled (dist/render/), or bundled: scripts/bundle.mjs writes the worker's entry next to this code
  const js = new URL('./conversion-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData })
  const ts = JSON.stringify(new URL('./conversion-worker.ts', import.meta.url).href)
  const cjs = JSON.stringify(import.meta.resolve('tsx/cjs/api'))
  const esm = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const boot = `import(${cjs}).then((cjs) => { cjs.register(); return import(${esm}) }).then((esm) => esm.tsImport(${ts}, ${ts}))`
  return new Worker(boot, { eval: true, workerData })
}
