/**
 * The migration report: page by page, what differs between Jekyll's `_site` and Utterson's output,
 * as log lines (topic, message), then one summary line.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { diffFileLines, type FileDiff } from './site-diff.js'

export interface ReportLine {
  topic: string
  message: string
}

export interface CompareSummary {
  total: number
  equivalent: number
  different: number
  missing: number
  extra: number
}

export interface ReportOptions {
  /** Diff lines shown per different file (default 12). */
  maxLinesPerFile?: number
  /** Longest diff line shown, in characters (default 160). */
  maxLineLength?: number
}

export function summarize(diffs: FileDiff[]): CompareSummary {
  const count = (status: FileDiff['status']) => diffs.filter((d) => d.status === status).length
  return { total: diffs.length, equivalent: count('equivalent'), different: count('different'), missing: count('missing'), extra: count('extra') }
}

/** One line: how many files match, and how many differ, are missing or extra. */
export function summaryLine(s: CompareSummary): string {
  const compared = s.total - s.extra
  const pct = compared === 0 ? 100 : (100 * s.equivalent) / compared
  return `${s.equivalent} of ${compared} files match Jekyll (${pct.toFixed(1)}%); ${s.different} different, ${s.missing} missing, ${s.extra} extra.`
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** The report lines for every file that is not equivalent, then the summary. */
export function compareReport(diffs: FileDiff[], expectedDir: string, actualDir: string, options: ReportOptions = {}): ReportLine[] {
  const maxLines = options.maxLinesPerFile ?? 12
  const maxLength = options.maxLineLength ?? 160
  const out: ReportLine[] = []
  for (const diff of diffs) {
    if (diff.status === 'missing') out.push({ topic: 'Missing:', message: `${diff.file} (written by Jekyll, not by Utterson)` })
    else if (diff.status === 'extra') out.push({ topic: 'Extra:', message: `${diff.file} (written by Utterson, not by Jekyll)` })
    else if (diff.status === 'different') {
      out.push({ topic: 'Differs:', message: diff.file })
      const lines = diffFileLines(diff.file, readFileSync(path.join(expectedDir, diff.file)), readFileSync(path.join(actualDir, diff.file)))
      for (const line of lines.slice(0, maxLines)) {
        out.push({ topic: '', message: clip(`${line.op === '-' ? '- jekyll' : '+ utterson'} ${line.line}: ${line.text}`, maxLength) })
      }
      if (lines.length > maxLines) out.push({ topic: '', message: `… ${lines.length - maxLines} more differing lines` })
    }
  }
  out.push({ topic: 'Summary:', message: summaryLine(summarize(diffs)) })
  return out
}
