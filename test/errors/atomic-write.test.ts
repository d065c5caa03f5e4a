/**
 * Nothing is lost: the destination is replaced in one step, so a build that fails (or is killed) while
 * writing leaves the previous site exactly as it was; keep_files survive; files outside the destination
 * are never touched; unsafe destinations are refused; watch mode can write in place.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { createBuildContext, STAGES } from '../../src/pipeline/index.js'
import { assertSafeDestination } from '../../src/pipeline/reset.js'
import { BuildError } from '../../src/util/errors.js'
import { listFiles, removeTempDirs, runBuild, tempDir, writeFiles } from './harness.js'

after(removeTempDirs)

const REPO = path.resolve(import.meta.dirname, '../..')

/** A small site: two pages, a post, a layout, static files. */
function site(version: string): Record<string, string> {
  return {
    '_config.yml': 'title: Atomic\n',
    '_layouts/default.html': `---\n---\n<html>${version}{{ content }}</html>\n`,
    'index.md': `---\nlayout: default\n---\nHome ${version}\n`,
    'about.md': `---\nlayout: default\n---\nAbout ${version}\n`,
    '_posts/2023-05-06-hello.md': `---\nlayout: default\n---\nPost ${version}\n`,
    'assets/app.js': `console.log(${JSON.stringify(version)})\n`,
    'robots.txt': `${version}\n`,
  }
}

/** Every file below `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), 'latin1')]))
}

/** Folders an unfinished build left beside `dest`. */
function leftovers(dest: string): string[] {
  return readdirSync(path.dirname(dest)).filter((n) => n.startsWith(`.${path.basename(dest)}.utterson-`))
}

async function builtSite(version = 'v1'): Promise<{ src: string; dest: string; before: Record<string, string> }> {
  const root = tempDir()
  const src = path.join(root, 'src')
  writeFiles(src, site(version))
  const dest = path.join(root, 'site')
  const first = await runBuild(src, dest)
  assert.equal(first.code, 0, first.output)
  return { src, dest, before: snapshot(dest) }
}

describe('a failed build leaves the previous site intact', () => {
  test('an error in the last page rendered: exit 1, previous site unchanged', async () => {
    const { src, dest, before } = await builtSite()
    writeFiles(src, { ...site('v2'), 'zzz.md': '---\n---\nok\n{{ 1 | divided_by: 0 }}\n' })
    const result = await runBuild(src, dest)
    assert.equal(result.code, 1)
    assert.match(result.output, /zzz\.md:4/)
    assert.deepEqual(snapshot(dest), before)
    assert.deepEqual(leftovers(dest), [])
  })

  test('an error while writing (a static file vanished): exit 1, previous site unchanged, no leftovers', async () => {
    const { src, dest, before } = await builtSite()
    writeFiles(src, site('v2'))
    const ctx = createBuildContext({ source: src, destination: dest, env: { SOURCE_DATE_EPOCH: '1704067200' } })
    for (const [name, stage] of STAGES) {
      if (name === 'write') {
        // the write stage has planned 7 files; take one away before it copies them
        unlinkSync(path.join(src, 'robots.txt'))
        await assert.rejects(
          async () => stage(ctx),
          (error: unknown) => error instanceof BuildError && error.code === 'WRITE_FAILED' && /robots\.txt/.test(error.message),
        )
      } else await stage(ctx)
    }
    assert.deepEqual(snapshot(dest), before)
    assert.deepEqual(leftovers(dest), [])
  })

  test('a build killed while writing leaves the previous site; the next build recovers', { timeout: 120_000 }, async () => {
    const root = tempDir()
    const src = path.join(root, 'src')
    const dest = path.join(root, 'site')
    const big = Buffer.alloc(64 * 1024, 'x')
    const files: Record<string, string | Buffer> = { ...site('v1') }
    for (let i = 0; i < 800; i++) files[`assets/blob-${String(i).padStart(4, '0')}.bin`] = big
    writeFiles(src, files)
    assert.equal((await runBuild(src, dest)).code, 0)
    const before = snapshot(dest)
    writeFiles(src, site('v2'))
    for (let i = 0; i < 800; i++) writeFileSync(path.join(src, `assets/blob-${String(i).padStart(4, '0')}.bin`), Buffer.alloc(64 * 1024, 'y'))

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/cli/main.ts'), 'build', '-s', src, '-d', dest], {
      cwd: REPO,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1704067200' },
      stdio: 'ignore',
    })
    const killedWhileWriting = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        const staging = leftovers(dest)[0]
        if (staging && readdirSync(path.join(root, staging)).length > 0) {
          child.kill('SIGKILL')
          clearInterval(poll)
          resolve(true)
        }
      }, 2)
      child.once('exit', () => {
        clearInterval(poll)
        resolve(false)
      })
    })
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)))
    assert.ok(killedWhileWriting, 'the build was killed while it was writing')
    assert.equal(child.signalCode, 'SIGKILL')
    assert.deepEqual(snapshot(dest), before, 'the previous site is intact')
    assert.equal(leftovers(dest).length, 1, 'the killed build left its unfinished folder')

    const next = await runBuild(src, dest)
    assert.equal(next.code, 0, next.output)
    assert.deepEqual(leftovers(dest), [], 'the next build removed it')
    assert.match(readFileSync(path.join(dest, 'index.html'), 'utf8'), /Home v2/)
    assert.equal(readFileSync(path.join(dest, 'assets/blob-0000.bin'), 'latin1')[0], 'y')
  })
})

test('a build killed between its two renames: the next build puts the old site back first (its .git survives)', async () => {
  const { src, dest } = await builtSite()
  writeFiles(dest, { '.git/HEAD': 'ref: main\n' })
  const deadPid = 2 ** 22 + 12345 // above Linux's pid_max default: no such process
  renameSync(dest, path.join(path.dirname(dest), `.site.utterson-old-${deadPid}-abcdef`))
  writeFiles(path.join(path.dirname(dest), `.site.utterson-new-${deadPid}-abcdef`), { 'index.html': 'half' })
  const result = await runBuild(src, dest)
  assert.equal(result.code, 0, result.output)
  assert.equal(readFileSync(path.join(dest, '.git/HEAD'), 'utf8'), 'ref: main\n')
  assert.match(readFileSync(path.join(dest, 'index.html'), 'utf8'), /Home v1/)
  assert.deepEqual(leftovers(dest), [])
})

describe('what the new site keeps and what it drops', () => {
  test('keep_files are carried over, other files of the old site are gone', async () => {
    const { src, dest } = await builtSite()
    writeFiles(src, { '_config.yml': 'keep_files: [.git, assets/vendor, robots.txt]\n' })
    writeFiles(dest, { '.git/HEAD': 'ref: main\n', 'assets/vendor/lib.js': 'lib', 'assets/vendor-old.js': 'old', 'stale.html': 'stale' })
    const result = await runBuild(src, dest)
    assert.equal(result.code, 0, result.output)
    assert.equal(readFileSync(path.join(dest, '.git/HEAD'), 'utf8'), 'ref: main\n')
    assert.equal(readFileSync(path.join(dest, 'assets/vendor/lib.js'), 'utf8'), 'lib')
    assert.equal(readFileSync(path.join(dest, 'assets/vendor-old.js'), 'utf8'), 'old', 'keep_files match by prefix, as in Jekyll')
    assert.ok(!existsSync(path.join(dest, 'stale.html')))
    assert.equal(readFileSync(path.join(dest, 'robots.txt'), 'utf8'), 'v1\n', 'a kept path the build writes gets the new file')
  })

  test('files beside the destination and in its parent are never touched', async () => {
    const { src, dest } = await builtSite()
    const parent = path.dirname(dest)
    writeFiles(parent, { 'site.bak/index.html': 'backup', 'notes.txt': 'mine', '.site.other': 'other' })
    const outside = () => Object.fromEntries(['site.bak/index.html', 'notes.txt', '.site.other'].map((f) => [f, readFileSync(path.join(parent, f), 'utf8')]))
    const before = outside()
    assert.equal((await runBuild(src, dest)).code, 0)
    writeFiles(src, { 'bad.md': '---\n---\n{% if %}\n' })
    assert.equal((await runBuild(src, dest)).code, 1)
    assert.deepEqual(outside(), before)
    assert.deepEqual(readdirSync(parent).sort(), ['.site.other', 'notes.txt', 'site', 'site.bak', 'src'])
  })

  test('unchanged static files are hard-linked from the previous site, changed ones are new files', async () => {
    const { src, dest } = await builtSite()
    const inode = (f: string) => statSync(path.join(dest, f)).ino
    const app = inode('assets/app.js')
    const robots = inode('robots.txt')
    writeFileSync(path.join(src, 'robots.txt'), 'changed\n')
    utimesSync(path.join(src, 'robots.txt'), new Date(2020, 1, 1), new Date(2020, 1, 1))
    assert.equal((await runBuild(src, dest)).code, 0)
    assert.equal(inode('assets/app.js'), app)
    assert.notEqual(inode('robots.txt'), robots)
    assert.equal(readFileSync(path.join(dest, 'robots.txt'), 'utf8'), 'changed\n')
  })

  test('the new site folder has the old folder\'s permissions (or the usual ones), not a temporary folder\'s', async () => {
    const { src, dest } = await builtSite()
    assert.equal(statSync(dest).mode & 0o777, 0o777 & ~process.umask())
    chmodSync(dest, 0o750)
    assert.equal((await runBuild(src, dest)).code, 0)
    assert.equal(statSync(dest).mode & 0o777, 0o750)
  })

  test('a destination that is a symbolic link stays one; the folder it points to gets the site', async () => {
    const root = tempDir()
    const src = path.join(root, 'src')
    writeFiles(src, site('v1'))
    mkdirSync(path.join(root, 'real'))
    symlinkSync('real', path.join(root, 'site'))
    assert.equal((await runBuild(src, path.join(root, 'site'))).code, 0)
    assert.ok(lstatSync(path.join(root, 'site')).isSymbolicLink())
    assert.ok(existsSync(path.join(root, 'real/index.html')))
  })
})

describe('in-place writing (watch mode)', () => {
  test('updates the existing folder: unchanged files untouched, obsolete ones removed, keep_files kept', async () => {
    const { src, dest } = await builtSite()
    writeFiles(dest, { '.git/HEAD': 'x', 'stale.html': 'stale' })
    const folder = statSync(dest).ino
    const aboutTime = statSync(path.join(dest, 'about.html')).mtimeMs
    writeFiles(src, { 'index.md': '---\nlayout: default\n---\nHome v2\n' })
    const ctx = createBuildContext({ source: src, destination: dest, env: { SOURCE_DATE_EPOCH: '1704067200' } })
    ctx.writeMode = 'in-place'
    await new Promise((resolve) => setTimeout(resolve, 20))
    for (const [, stage] of STAGES) await stage(ctx)
    assert.equal(statSync(dest).ino, folder, 'the same folder')
    assert.equal(statSync(path.join(dest, 'about.html')).mtimeMs, aboutTime, 'an unchanged page is not rewritten')
    assert.match(readFileSync(path.join(dest, 'index.html'), 'utf8'), /Home v2/)
    assert.ok(!existsSync(path.join(dest, 'stale.html')))
    assert.equal(readFileSync(path.join(dest, '.git/HEAD'), 'utf8'), 'x')
    assert.deepEqual(leftovers(dest), [])
  })
})

describe('destinations that would destroy files are refused before anything is deleted', () => {
  const refused = (src: string, dest: string, home?: string) =>
    assert.throws(() => assertSafeDestination(src, dest, home), (e: unknown) => e instanceof BuildError && e.code === 'UNSAFE_DESTINATION')

  test('the source, a folder containing it, the home folder, the root', () => {
    const root = tempDir()
    const src = path.join(root, 'blog')
    mkdirSync(src)
    refused(src, src)
    refused(src, root)
    refused(src, path.join(root, 'home'), path.join(root, 'home'))
    refused(src, '/')
    assert.doesNotThrow(() => assertSafeDestination(src, path.join(src, '_site')))
    assert.doesNotThrow(() => assertSafeDestination(src, path.join(root, 'public')))
  })

  test('a symbolic link to the source is refused too', () => {
    const root = tempDir()
    const src = path.join(root, 'blog')
    mkdirSync(src)
    symlinkSync(src, path.join(root, 'link'))
    refused(src, path.join(root, 'link'))
  })

  test('through the command line: the home folder is refused and nothing in it is touched', async () => {
    const root = tempDir()
    const home = path.join(root, 'home')
    const src = path.join(home, 'blog')
    writeFiles(src, site('v1'))
    writeFiles(home, { 'thesis.tex': 'years of work' })
    const previousHome = process.env.HOME
    process.env.HOME = home
    try {
      const result = await runBuild(src, home)
      assert.equal(result.code, 1)
      assert.match(result.output, /would contain the source|home folder/)
    } finally {
      process.env.HOME = previousHome
    }
    assert.equal(readFileSync(path.join(home, 'thesis.tex'), 'utf8'), 'years of work')
    assert.deepEqual(readdirSync(home).sort(), ['blog', 'thesis.tex'])
  })

  test('a destination that is a file is refused and kept', async () => {
    const root = tempDir()
    const src = path.join(root, 'src')
    writeFiles(src, site('v1'))
    writeFileSync(path.join(root, 'site'), 'a file')
    const result = await runBuild(src, path.join(root, 'site'))
    assert.equal(result.code, 1)
    assert.match(result.output, /is not a folder/)
    assert.equal(readFileSync(path.join(root, 'site'), 'utf8'), 'a file')
  })
})
