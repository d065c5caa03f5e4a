/** Temporary folders with files, for the theme and Sass tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after } from 'node:test'

const made: string[] = []
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A new temporary folder holding `files` (relative path → content); removed after the test file. */
export function tempTree(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'utterson-theme-'))
  made.push(root)
  writeTree(root, files)
  return root
}

export function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
}
