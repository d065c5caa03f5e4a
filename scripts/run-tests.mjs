#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's test runner through tsx (Node 20's --test does not expand globs).
// Extra arguments are passed on, e.g. `npm test -- --test-name-pattern=slugify`.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) {
      if (name !== 'node_modules' && name !== 'expected' && name !== 'src') walk(file)
    } else if (name.endsWith('.test.ts')) files.push(path.relative(root, file))
  }
}
walk(path.join(root, 'test'))
const args = ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files]
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
