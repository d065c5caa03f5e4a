/** Runs the `utterson` command from source (through tsx), as a user would, from any working folder. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export const REPO = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(REPO, 'src/cli/main.ts')
const TSX = import.meta.resolve('tsx')

export interface CliResult {
  code: number | null
  out: string
  err: string
}

/** `utterson ...args` in `cwd`, with a pinned clock (SOURCE_DATE_EPOCH 2024-01-01), UTC and no colour unless `env` says otherwise. */
export function utterson(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): CliResult {
  const merged: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', NO_COLOR: '1', ...env }
  for (const key of ['FORCE_COLOR', 'CI', 'JEKYLL_ENV']) if (!(key in env)) delete merged[key]
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key]
  const result = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd, encoding: 'utf8', env: merged })
  return { code: result.status, out: result.stdout, err: result.stderr }
}
