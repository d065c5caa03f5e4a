/**
 * CSV/TSV as Ruby's CSV reads them with `headers: true`: rows become hashes keyed by the header row,
 * values are strings, an empty unquoted field is nil (null).
 */
export function parseDelimited(text: string, separator: ',' | '\t'): Record<string, string | null>[] {
  const rows = parseRows(text, separator)
  const header = rows.shift()
  if (!header) return []
  return rows.map((row) => {
    const out: Record<string, string | null> = {}
    header.forEach((name, i) => {
      out[name ?? ''] = row[i] ?? null
    })
    return out
  })
}

/** Splits text into rows of fields (null for an empty unquoted field). Throws on an unclosed quote. */
export function parseRows(text: string, separator: string): (string | null)[][] {
  const rows: (string | null)[][] = []
  let row: (string | null)[] = []
  let i = 0
  const n = text.length
  if (n === 0) return rows
  while (i <= n) {
    if (text[i] === '"') {
      let value = ''
      i++
      for (;;) {
        if (i >= n) throw new Error(`Unclosed quoted field in line ${rows.length + 1}.`)
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"'
            i += 2
            continue
          }
          i++
          break
        }
        value += text[i++]
      }
      row.push(value)
    } else {
      let j = i
      while (j < n && text[j] !== separator && text[j] !== '\n' && text[j] !== '\r') j++
      const value = text.slice(i, j)
      row.push(value === '' ? null : value)
      i = j
    }
    if (i >= n) {
      rows.push(row)
      break
    }
    if (text[i] === separator) {
      i++
      continue
    }
    if (text[i] === '\r') i++
    if (text[i] === '\n') i++
    rows.push(row)
    row = []
    if (i >= n) break
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === null))
}
