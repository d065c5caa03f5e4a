/**
 * The GitHub Pages workflow: valid YAML, only GitHub's official `actions/*`, pinned to a major version,
 * and it runs the install and build commands the README's Publishing section gives.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'

const REPO = path.resolve(import.meta.dirname, '../..')

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; id?: string }
interface Job { 'runs-on': string; needs?: string | string[]; steps: Step[]; environment?: { name: string; url: string } }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

const workflow = parse(readFileSync(path.join(REPO, '.github/workflows/pages.yml'), 'utf8')) as Workflow
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8')
const publishing = readme.slice(readme.indexOf('## Publishing'), readme.indexOf('\n## ', readme.indexOf('## Publishing') + 1))

test('only official actions/* actions, each pinned to a major version', () => {
  const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []))
  for (const action of uses) assert.match(action, /^actions\/[a-z-]+@v\d+$/, action)
  const names = new Set(uses.map((u) => u.split('@')[0]))
  for (const name of ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
    assert.ok(names.has(name), `uses ${name}`)
  }
})

test("installs with npm ci and builds with JEKYLL_ENV=production using the README's build command", () => {
  const runs = steps.flatMap((s) => (s.run ? [s.run] : []))
  assert.ok(runs.includes('npm ci'))
  const buildCommand = /Build command `([^`]+)` with `JEKYLL_ENV=production`; output folder `([^`]+)`/.exec(publishing)
  assert.ok(buildCommand, 'the README states the build command and output folder')
  const build = steps.find((s) => s.run?.startsWith(buildCommand[1] as string))
  assert.ok(build, `a step runs ${buildCommand[1]}`)
  assert.equal(build.env?.JEKYLL_ENV, 'production')
  const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))
  assert.equal(upload?.with?.path, buildCommand[2])
  const setupNode = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))
  const engines = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node
  assert.ok(Number(setupNode?.with?.['node-version']) >= Number(/\d+/.exec(engines)?.[0]), 'Node version satisfies engines')
  assert.ok(steps.indexOf(steps.find((s) => s.run === 'npm ci') as Step) < steps.indexOf(build), 'install before build')
})

test('deploys after the build, with only the permissions Pages needs', () => {
  assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' })
  const deploy = Object.values(workflow.jobs).find((job) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')))
  assert.ok(deploy)
  assert.deepEqual([deploy.needs].flat(), ['build'])
  assert.equal(deploy.environment?.name, 'github-pages')
  assert.ok('push' in workflow.on && 'workflow_dispatch' in workflow.on)
})

test('the README names the other hosts with the same command and folder', () => {
  for (const host of ['Netlify', 'Cloudflare Pages', 'S3']) assert.match(publishing, new RegExp(host))
  assert.match(publishing, /command = "npx utterson build"\n\s+publish = "_site"/)
  assert.match(publishing, /JEKYLL_ENV=production npx utterson build\naws s3 sync _site /)
})
