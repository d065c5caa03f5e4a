/**
 * Per-template rendering statistics for `--profile`, like Jekyll's LiquidRenderer stats: for each file,
 * how many times its Liquid was rendered, the bytes produced and the time taken (parse included).
 */
import { tabulate } from './table.js'

export interface TemplateStats {
  count: number
  bytes: number
  /** Milliseconds. */
  time: number
}

export class RenderStats {
  readonly files = new Map<string, TemplateStats>()

  /** Records one rendering of `file` (path relative to the source) that produced `output` in `ms`. */
  record(file: string, output: string, ms: number): void {
    let stats = this.files.get(file)
    if (!stats) {
      stats = { count: 0, bytes: 0, time: 0 }
      this.files.set(file, stats)
    }
    stats.count += 1
    stats.bytes += Buffer.byteLength(output)
    stats.time += ms
  }

  /** Jekyll's "Site Render Stats" table: the `rows` slowest files, then a TOTAL row over them. */
  table(rows = 50): string {
    const sorted = [...this.files].sort((a, b) => b[1].time - a[1].time).slice(0, rows)
    const total = { count: 0, bytes: 0, time: 0 }
    const body = sorted.map(([file, s]) => {
      total.count += s.count
      total.bytes += s.bytes
      total.time += s.time
      return [file, String(s.count), kilobytes(s.bytes), seconds(s.time, 3)]
    })
    return tabulate([
      ['Filename', 'Count', 'Bytes', 'Time'],
      ...body,
      [`TOTAL (for ${sorted.length} files)`, String(total.count), kilobytes(total.bytes), seconds(total.time, 3)],
    ])
  }
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)}K`
}

/** Milliseconds as seconds with `digits` decimals. */
export function seconds(ms: number, digits: number): string {
  return (ms / 1000).toFixed(digits)
}
