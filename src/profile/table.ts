/**
 * Jekyll's profile tables (terminal-table with its right-aligned style and no top or bottom border):
 * `| a | b |` rows, a `+---+---+` rule under the header, the first column left-aligned.
 */

export function tabulate(rows: string[][]): string {
  const [header, ...body] = rows
  if (!header) return '\n\n'
  const widths = header.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)))
  const line = (row: string[]) =>
    `| ${widths.map((w, col) => (col === 0 ? (row[col] ?? '').padEnd(w) : (row[col] ?? '').padStart(w))).join(' | ')} |`
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`
  return `\n${[line(header), rule, ...body.map(line)].join('\n')}\n`
}
