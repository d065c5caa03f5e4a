/**
 * Reproducible builds: with the same SOURCE_DATE_EPOCH, two builds of the same source are byte-identical
 * (same files, same bytes: file order, JSON key order, timestamps), also when the source was copied
 * elsewhere with new modification times.
 */
import assert from 'node:assert/strict'
import { cpSync, existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs'
import path from 'node:path'
import { after, test } from 'node:test'
import { build } from '../../src/pipeline/index.js'
import { log } from '../../src/util/log.js'
import { listFiles, removeTempDirs, tempDir, writeFiles } from './harness.js'

after(removeTempDirs)

const REPO = path.resolve(import.meta.dirname, '../..')
const SITES = path.join(REPO, 'test/sites')
const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production' }

async function buildInto(source: string, destination: string): Promise<Map<string, Buffer>> {
  const level = log.level
  log.level = 'error'
  try {
    await build({ source, destination, env: ENV })
  } finally {
    log.level = level
  }
  return new Map(listFiles(destination).map((f) => [f, readFileSync(path.join(destination, f))]))
}

function assertIdentical(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  assert.deepEqual([...b.keys()], [...a.keys()], 'the same files')
  const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file) ?? Buffer.alloc(0))).map(([file]) => file)
  assert.deepEqual(differing, [], 'the same bytes')
}

/** Sets every file's modification time below `dir` to `when` (a fresh checkout, another machine). */
function touchAll(dir: string, when: Date): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) utimesSync(path.join(entry.parentPath, entry.name), when, when)
  }
}

const fixtures = ['basics', 'permalinks-pretty'].filter((name) => existsSync(path.join(SITES, name, 'src')))

for (const name of fixtures) {
  test(`${name}: two builds with the same SOURCE_DATE_EPOCH are byte-identical, from any copy of the source`, async () => {
    const root = tempDir()
    const source = path.join(SITES, name, 'src')
    const first = await buildInto(source, path.join(root, 'one'))
    assert.ok(first.size > 0)
    assertIdentical(first, await buildInto(source, path.join(root, 'two')))
    const copy = path.join(root, 'copy')
    cpSync(source, copy, { recursive: true })
    touchAll(copy, new Date('2031-02-03T04:05:06Z'))
    assertIdentical(first, await buildInto(copy, path.join(root, 'three')))
  })
}

test('lists, hashes and times printed by templates come out the same in every build', async () => {
  const root = tempDir()
  const source = path.join(root, 'src')
  writeFiles(source, {
    '_config.yml': 'title: Order\ncollections:\n  notes:\n    output: true\n',
    '_data/zeta.yml': 'b: 2\na: 1\nnested: {y: 1, x: 2}\n',
    '_data/alpha.json': '{"z": [3, 2, 1], "a": {"k": "v"}}\n',
    '_data/table.csv': 'name,value\nb,2\na,1\n',
    '_posts/2024-01-01-b.md': '---\ncategories: [zed, alpha]\ntags: [t2, t1]\n---\nB\n',
    '_posts/2024-01-01-a.md': '---\ncategories: [alpha]\n---\nA\n',
    '_notes/two.md': '---\n---\ntwo\n',
    '_notes/one.md': '---\n---\none\n',
    'assets/z.css': 'z{}',
    'assets/a.css': 'a{}',
    'index.html': [
      '---',
      '---',
      '{{ site.data | jsonify }}',
      '{{ site.time | date_to_xmlschema }} {{ site.time }}',
      '{{ site.pages | map: "url" | jsonify }}',
      '{{ site.static_files | map: "path" | jsonify }}',
      '{% for c in site.categories %}{{ c[0] }}:{{ c[1] | map: "url" | join: "," }};{% endfor %}',
      '{% for t in site.tags %}{{ t[0] }};{% endfor %}',
      '{{ site.notes | map: "url" | jsonify }}',
      '{{ site.posts | map: "url" | jsonify }}',
      '{{ site.posts | map: "categories" | jsonify }} {{ site.posts | map: "tags" | jsonify }}',
      '',
    ].join('\n'),
  })
  const first = await buildInto(source, path.join(root, 'one'))
  assert.match(first.get('index.html')?.toString() ?? '', /2024-01-01T00:00:00\+00:00/)
  assertIdentical(first, await buildInto(source, path.join(root, 'two')))
  const copy = path.join(root, 'copy')
  cpSync(source, copy, { recursive: true })
  touchAll(copy, new Date('2031-02-03T04:05:06Z'))
  assertIdentical(first, await buildInto(copy, path.join(root, 'three')))
})

test('the example blog: two builds are byte-identical', { timeout: 120_000 }, async () => {
  const root = tempDir()
  const first = await buildInto(REPO, path.join(root, 'one'))
  assert.ok(first.has('index.html'))
  assertIdentical(first, await buildInto(REPO, path.join(root, 'two')))
})
