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
  linkSync,
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

describe('a rebuild reuses the outputs that did not change (hard links to the previous site)', () => {
  const inode = (dest: string, f: string) => statSync(path.join(dest, f)).ino
  const pages = ['index.html', 'about.html', '2023/05/06/hello.html']

  test('an unchanged page keeps its file; a changed one (same size, other bytes) gets a new file', async () => {
    const { src, dest } = await builtSite()
    const before = Object.fromEntries(pages.map((f) => [f, inode(dest, f)]))
    writeFiles(src, { 'about.md': '---\nlayout: default\n---\nAbout v2\n' }) // same length as 'About v1'
    assert.equal((await runBuild(src, dest)).code, 0)
    assert.equal(inode(dest, 'index.html'), before['index.html'], 'unchanged: the same file')
    assert.equal(inode(dest, '2023/05/06/hello.html'), before['2023/05/06/hello.html'])
    assert.notEqual(inode(dest, 'about.html'), before['about.html'], 'changed: a new file')
    assert.match(readFileSync(path.join(dest, 'about.html'), 'utf8'), /About v2/)
    for (const f of pages) assert.equal(statSync(path.join(dest, f)).nlink, 1, `${f}: the previous site is gone, no other link is left`)
    assert.deepEqual(leftovers(dest), [])
  })

  test('a rebuild of an unchanged site produces the same bytes as a fresh build', async () => {
    const { src, dest, before } = await builtSite()
    assert.equal((await runBuild(src, dest)).code, 0)
    assert.deepEqual(snapshot(dest), before)
    const fresh = path.join(path.dirname(dest), 'fresh')
    assert.equal((await runBuild(src, fresh)).code, 0)
    assert.deepEqual(snapshot(fresh), before)
  })

  test('a failed build leaves the previous site and its files as they were (no extra links)', async () => {
    const { src, dest, before } = await builtSite()
    const inodes = Object.fromEntries(pages.map((f) => [f, inode(dest, f)]))
    const ctx = createBuildContext({ source: src, destination: dest, env: { SOURCE_DATE_EPOCH: '1704067200' } })
    for (const [name, stage] of STAGES) {
      if (name === 'write') {
        // the pages come first and are linked from the previous site; then a static file is missing
        unlinkSync(path.join(src, 'robots.txt'))
        await assert.rejects(async () => stage(ctx), (error: unknown) => error instanceof BuildError && error.code === 'WRITE_FAILED')
      } else await stage(ctx)
    }
    assert.deepEqual(snapshot(dest), before)
    for (const f of pages) {
      assert.equal(inode(dest, f), inodes[f])
      assert.equal(statSync(path.join(dest, f)).nlink, 1, `${f}: the staging folder's link is gone with it`)
    }
    assert.deepEqual(leftovers(dest), [])
  })

  test('a file reached through a symbolic link, or with another hard link, is not reused', async () => {
    const { src, dest } = await builtSite()
    const outside = path.join(path.dirname(dest), 'outside')
    mkdirSync(outside)
    // about.html: a symbolic link to an identical file outside the site
    renameSync(path.join(dest, 'about.html'), path.join(outside, 'about.html'))
    symlinkSync(path.join(outside, 'about.html'), path.join(dest, 'about.html'))
    // index.html: also hard-linked from outside (someone's backup)
    linkSync(path.join(dest, 'index.html'), path.join(outside, 'index.html'))
    // 2023/: a symbolic link to an identical folder outside
    renameSync(path.join(dest, '2023'), path.join(outside, '2023'))
    symlinkSync(path.join(outside, '2023'), path.join(dest, '2023'))
    const outsideFiles = ['about.html', 'index.html', '2023/05/06/hello.html']
    const before = Object.fromEntries(outsideFiles.map((f) => [f, inode(outside, f)]))
    assert.equal((await runBuild(src, dest)).code, 0)
    for (const f of outsideFiles) {
      assert.ok(lstatSync(path.join(dest, f)).isFile(), `${f} is a file of the site`)
      assert.notEqual(inode(dest, f), before[f], `${f} shares nothing with the outside`)
      assert.equal(inode(outside, f), before[f])
    }
    assert.ok(!lstatSync(path.join(dest, '2023')).isSymbolicLink())
    assert.match(readFileSync(path.join(dest, 'about.html'), 'utf8'), /About v1/)
  })

  test('a static file where a later document needs a folder: the folder wins', async () => {
    const root = tempDir()
    const src = path.join(root, 'src')
    writeFiles(src, { '_config.yml': 'title: x\n', foo: 'static\n', '_posts/2020-01-01-x.md': '---\npermalink: /foo/\n---\nhi\n' })
    const result = await runBuild(src, path.join(root, 'site'))
    assert.equal(result.code, 0, result.output)
    assert.deepEqual(listFiles(path.join(root, 'site')), ['foo/index.html'])
  })

  test('a page where a static file needs a folder: the build fails, as in Jekyll', async () => {
    const root = tempDir()
    const src = path.join(root, 'src')
    writeFiles(src, { '_config.yml': 'title: x\n', 'foo/bar.txt': 'x', bar: '---\npermalink: /foo\n---\nhi\n' })
    const result = await runBuild(src, path.join(root, 'site'))
    assert.equal(result.code, 1)
    assert.match(result.output, /Could not write foo in the destination: EISDIR/)
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
