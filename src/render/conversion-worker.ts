/**
 * A worker thread of the render stage: converts Markdown handed to it by `ConversionWorkers`, with the
 * same converter the main thread builds from the same kramdown options. Nothing else crosses the thread
 * boundary: strings in, strings out. A conversion that throws is reported as failed; the main thread then
 * converts that input itself and reports the error with its file and line.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { markdownHighlighter } from '../markup/markdown-converter.js'
import { createMarkdownConverter } from '../markup/markdown/index.js'

export interface ConversionJob {
  id: number
  input: string
}

export interface ConversionResult {
  id: number
  /** Absent when the conversion threw. */
  output?: string
}

const kramdown = (workerData as { kramdown: Record<string, unknown> }).kramdown
const markdown = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown) })

parentPort?.on('message', (jobs: ConversionJob[]) => {
  const results: ConversionResult[] = jobs.map(({ id, input }) => {
    try {
      return { id, output: markdown.convert(input) }
    } catch {
      return { id }
    }
  })
  parentPort?.postMessage(results)
})
parentPort?.postMessage('ready')
