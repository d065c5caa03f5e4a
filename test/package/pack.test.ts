/**
 * The published package, as a user gets it: `npm pack`, install the tarball into an empty folder (from the
 * local npm cache, no network needed), then `npx utterson new blog && npx utterson build -s blog` must give a
 * working site; the programmatic API (`build`, `serve`) must type-check from the installed package. The command
 * is the bundled one (dist/bundle/): it must find what it loads at run time, from the bundle (lexers) or from
 * the installed dependencies (dart-sass, highlight.js, gemoji).
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'

const REPO = path.resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-pack-'))
const app = path.join(tmp, 'app')
after(() => rmSync(tmp, { recursive: true, force: true }))

const env = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', NO_COLOR: '1', npm_config_update_notifier: 'false' }
/** Runs a command; on failure the error message carries its output (tsc and npm print errors on stdout). */
function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw Object.assign(new Error(`${cmd} ${args.join(' ')} failed:\n${stdout}\n${stderr}`), { stdout })
  }
}

let tarball = ''

before(() => {
  // `npm pack` runs the `prepare` script, which compiles src/ into dist/
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], REPO)) as Array<{ filename: string }>
  tarball = path.join(tmp, (packed[0] as { filename: string }).filename)
  mkdirSync(app)
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }))
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app)
})

test('the tarball holds the compiled CLI and types, ESM, with Node >= 20.19 in engines', () => {
  const pkg = JSON.parse(readFileSync(path.join(app, 'node_modules/utterson/package.json'), 'utf8'))
  assert.equal(pkg.type, 'module')
  assert.equal(pkg.engines.node, '>=20.19')
  assert.equal(pkg.bin.utterson, 'dist/bundle/main.js', 'the command is the esbuild bundle (scripts/bundle.mjs)')
  assert.ok(existsSync(path.join(app, 'node_modules/utterson', pkg.bin.utterson)))
  assert.ok(existsSync(path.join(app, 'node_modules/utterson/dist/index.js')), 'the library is the tsc output')
  assert.ok(existsSync(path.join(app, 'node_modules/utterson/dist/index.d.ts')))
  assert.ok(!existsSync(path.join(app, 'node_modules/utterson/src')), 'sources stay out of the package')
  assert.ok(!existsSync(path.join(app, 'node_modules/utterson/test')), 'tests stay out of the package')
})

test('npx utterson new blog && npx utterson build -s blog: a working site', () => {
  run('npx', ['utterson', 'new', 'blog'], app)
  const log = run('npx', ['utterson', 'build', '-s', 'blog', '-d', 'blog/_site'], app)
  assert.match(log, /done in \d+\.\d{3} seconds\./)
  const site = path.join(app, 'blog/_site')
  const post = path.join(site, 'notes/2024/01/01/welcome-to-utterson.html')
  for (const file of ['index.html', 'about/index.html', '404.html', 'assets/css/style.css']) {
    assert.ok(existsSync(path.join(site, file)), `${file} is written`)
  }
  const html = readFileSync(post, 'utf8')
  assert.match(html, /<h1 class="post-title">Welcome to your Utterson blog<\/h1>/)
  const images = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] as string)
  assert.equal(images.length, 2)
  for (const src of images) {
    const file = path.join(site, src)
    assert.ok(existsSync(file), `${src} exists: no broken image`)
    assert.deepEqual([...readFileSync(file).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${src} is a PNG`)
  }
  assert.match(readFileSync(path.join(site, 'index.html'), 'utf8'), /href="\/notes\/2024\/01\/01\/welcome-to-utterson\.html"/)
})

test('the installed command highlights code (ported lexers and highlight.js), compiles Sass and finds gemoji', () => {
  const site = path.join(app, 'features')
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
    writeFileSync(path.join(site, file), text)
  }
  write('_config.yml', 'title: Features\nplugins: [jemoji]\n')
  write('_sass/_colors.scss', '$accent: #336699;\n')
  write('assets/css/main.scss', '---\n---\n@use "sass:math";\n@import "colors";\n.post { color: $accent; width: math.div(100%, 4); }\n')
  write('_posts/2023-06-01-code.md', [
    '---', 'title: Code', '---', 'Nice :+1:', '',
    '```ruby', 'def hello = puts "hi"', '```', '',
    '```perl', 'my $n = 1;', '```', '',
  ].join('\n'))
  run('npx', ['utterson', 'build', '-s', 'features', '-d', 'features/_site'], app)
  const html = readFileSync(path.join(site, '_site/2023/06/01/code.html'), 'utf8')
  assert.match(html, /<code><span class="k">def<\/span> <span class="nf">hello<\/span>/, 'Ruby, by the ported lexer')
  assert.match(html, /<code><span class="k">my<\/span> <span class="nv">\$n<\/span>/, 'Perl, by highlight.js')
  assert.match(html, /<img class="emoji" title=":\+1:"/)
  assert.match(readFileSync(path.join(site, '_site/assets/css/main.css'), 'utf8'), /color: #336699;\n\s+width: 25%;/)
})

test("import { build, serve } from 'utterson' type-checks against the package's declarations", () => {
  writeFileSync(path.join(app, 'use.ts'), [
    "import { build, serve, type BuildOptions, type ServeOptions } from 'utterson'",
    "const options: BuildOptions = { source: 'blog', destination: 'blog/_site' }",
    'const result = await build(options)',
    'const stages: string[] = Object.keys(result.timings)',
    'const start: (o: ServeOptions) => Promise<unknown> = serve',
    'console.log(stages, start)',
    '',
  ].join('\n'))
  const tsconfig = {
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true,
      typeRoots: [path.join(REPO, 'node_modules/@types')], types: ['node'] },
    files: ['use.ts'],
  }
  writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(tsconfig))
  run(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', '.'], app)
  writeFileSync(path.join(app, 'use.ts'), "import { build } from 'utterson'\nconst n: number = build\nconsole.log(n)\n")
  assert.throws(() => run(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', '.'], app),
    (error: { stdout?: string }) => /TS2322/.test(String(error.stdout)), 'a wrong use of the API is a type error')
})
