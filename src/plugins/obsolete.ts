/** The payload of `clean:on_obsolete`: files in the destination that this build does not write (nor keeps). */
import { readdirSync } from 'node:fs'
import path from 'node:path'

export function obsoleteFiles(dest: string, outputs: ReadonlySet<string>, keepFiles: readonly string[]): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name)
      const relative = path.relative(dest, file).split(path.sep).join('/')
      if (keepFiles.some((k) => relative.startsWith(k))) continue
      if (entry.isDirectory()) walk(file)
      else if (!outputs.has(file)) found.push(file)
    }
  }
  walk(dest)
  return found.sort()
}
