/**
 * A line diff (longest common subsequence) for the migration report: which lines only one side has.
 * Inputs larger than `maxCells` fall back to the first differing region so huge pages stay fast.
 */

export interface DiffLine {
  op: '-' | '+'
  /** 1-based line number on its own side. */
  line: number
  text: string
}

export function diffLines(expected: string[], actual: string[], maxCells = 4_000_000): DiffLine[] {
  let start = 0
  while (start < expected.length && start < actual.length && expected[start] === actual[start]) start++
  let endA = expected.length
  let endB = actual.length
  while (endA > start && endB > start && expected[endA - 1] === actual[endB - 1]) {
    endA--
    endB--
  }
  const a = expected.slice(start, endA)
  const b = actual.slice(start, endB)
  if (a.length * b.length > maxCells) {
    return [
      ...a.map((text, i) => ({ op: '-' as const, line: start + i + 1, text })),
      ...b.map((text, i) => ({ op: '+' as const, line: start + i + 1, text })),
    ]
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] as number) + 1
        : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number)
    }
  }
  const out: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++
      j++
    } else if (j >= b.length || (i < a.length && (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))) {
      out.push({ op: '-', line: start + i + 1, text: a[i] as string })
      i++
    } else {
      out.push({ op: '+', line: start + j + 1, text: b[j] as string })
      j++
    }
  }
  return out
}
