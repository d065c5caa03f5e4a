/** Small file-system helpers shared by the readers. */
import { closeSync, openSync, readSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'

/** Reads a text file as UTF-8, dropping a byte-order mark (Jekyll reads with `bom|utf-8`). */
export function readText(file: string): string {
  const text = readFileSync(file, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function statOrNull(file: string): Stats | null {
  try {
    return statSync(file)
  } catch {
    return null
  }
}

/** Entries of a directory, sorted as Ruby's Dir.entries would list them after Jekyll's processing (by name). */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

/** Every file below `dir` (like Ruby's recursive Dir glob: no dot-entries), as paths relative to `dir` with `/`. */
export function listFilesRecursive(dir: string): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const name of listDir(path.join(dir, rel))) {
      if (name.startsWith('.')) continue
      const relPath = rel ? `${rel}/${name}` : name
      const stat = statOrNull(path.join(dir, relPath))
      if (!stat) continue
      if (stat.isDirectory()) walk(relPath)
      else out.push(relPath)
    }
  }
  walk('')
  return out.sort()
}

/** The first bytes of a file as text: enough to tell whether it starts with front matter. */
export function readHead(file: string, bytes = 256): string {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const n = readSync(fd, buffer, 0, bytes, 0)
    const text = buffer.subarray(0, n).toString('utf8')
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } finally {
    closeSync(fd)
  }
}
