/** Stage 6: write rendered files and copy static files into the destination. */
import { copyFileSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext } from './context.js'

export function write(ctx: BuildContext): void {
  const made = new Set<string>()
  for (const [file, output] of ctx.outputs) {
    const dir = path.dirname(file)
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    if (output.kind === 'text') writeFileSync(file, output.content)
    else {
      copyFileSync(output.from, file)
      utimesSync(file, output.mtime, output.mtime)
    }
  }
}
