/** Lists the files of an output folder, as sorted `/`-separated paths relative to it. */
import { readdirSync } from 'node:fs'
import path from 'node:path'

export function listFiles(root: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    const entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(relPath)
      else out.push(relPath)
    }
  }
  walk('')
  return out
}
