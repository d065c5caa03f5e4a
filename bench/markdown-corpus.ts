/**
 * Broader check (not a test): converts every Markdown file under the given folders with real
 * kramdown (Jekyll 4.3.1's KramdownParser, Jekyll's default options, Rouge) and with Utterson,
 * and reports how many documents come out equivalent (HTML normalized: whitespace, attribute
 * order, entities). Front matter is removed; Liquid is left as it is (both sides see the same text).
 *
 *   node --import tsx bench/markdown-corpus.ts DIR... [--out DIFFDIR] [--no-code-tokens]
 *
 * `--no-code-tokens` ignores token spans inside <pre> (Markdown differences only); `--out` writes
 * the normalized expected/actual pair of each differing document for inspection. Needs `ruby` with
 * the jekyll gem (JEKYLL_NO_BUNDLER_REQUIRE=true is set here).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULTS } from '../src/config/defaults.js'
import { normalizeHtml } from '../src/compare/normalize-html.js'
import { createMarkdownConverter } from '../src/markup/markdown/index.js'
import { kramdownOptions, markdownHighlighter } from '../src/markup/markdown-converter.js'
import type { SiteConfig } from '../src/config/load.js'

const KRAMDOWN = `
require 'json'
require 'jekyll'
docs = JSON.parse(File.read(ARGV[0]))
config = Jekyll::Utils.deep_merge_hashes(Jekyll::Configuration::DEFAULTS, { 'kramdown' => {} })
parser = Jekyll::Converters::Markdown::KramdownParser.new(config)
out = docs.map do |text|
  begin
    parser.convert(text)
  rescue StandardError => e
    "KRAMDOWN ERROR: #{e.class}"
  end
end
File.write(ARGV[1], JSON.generate(out))
`

function markdownFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) out.push(...markdownFiles(file))
    else if (/\.(md|markdown|mkd|mkdn|mdown)$/i.test(name)) out.push(file)
  }
  return out
}

/** The document body as Jekyll hands it to the converter (BOM and front matter removed). */
function body(raw: string): string {
  const text = raw.replace(/^\uFEFF/, '')
  const m = /^---\s*\r?\n[\s\S]*?\r?\n(---|\.\.\.)\s*$\r?\n?/m.exec(text)
  return m && m.index === 0 ? text.slice(m[0].length) : text
}

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined
const stripCodeTokens = args.includes('--no-code-tokens')
const dirs = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1))
if (dirs.length === 0) {
  console.error('usage: node --import tsx bench/markdown-corpus.ts DIR... [--out DIFFDIR] [--no-code-tokens]')
  process.exit(2)
}

// Jekyll reads UTF-8; files in other encodings (UTF-16 test fixtures) are left out.
const files = dirs.flatMap(markdownFiles).filter((f) => !readFileSync(f).includes(0))
const docs = files.map((f) => body(readFileSync(f, 'utf8')))
const tmp = path.join(os.tmpdir(), `kd-corpus-${process.pid}`)
mkdirSync(tmp, { recursive: true })
writeFileSync(path.join(tmp, 'in.json'), JSON.stringify(docs))
writeFileSync(path.join(tmp, 'kramdown.rb'), KRAMDOWN)
execFileSync('ruby', [path.join(tmp, 'kramdown.rb'), path.join(tmp, 'in.json'), path.join(tmp, 'out.json')], {
  env: { ...process.env, JEKYLL_NO_BUNDLER_REQUIRE: 'true' },
  stdio: 'inherit',
})
const expected = JSON.parse(readFileSync(path.join(tmp, 'out.json'), 'utf8')) as string[]

const kramdown = kramdownOptions(DEFAULTS as SiteConfig)
const converter = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown) })
let equivalent = 0
let skipped = 0
const differing: string[] = []
files.forEach((file, i) => {
  if (expected[i]!.startsWith('KRAMDOWN ERROR')) { skipped++; return }
  const want = normalizeHtml(expected[i]!, { stripCodeTokens })
  let got: string
  try {
    got = normalizeHtml(converter.convert(docs[i]!), { stripCodeTokens })
  } catch (error) {
    got = `UTTERSON ERROR: ${(error as Error).message}`
  }
  if (want === got) { equivalent++; return }
  differing.push(file)
  if (outDir) {
    const base = path.join(outDir, file.replace(/[/\\]/g, '__'))
    mkdirSync(outDir, { recursive: true })
    const lines = (s: string) => s.replace(/(<\/(?:p|li|h\d|div|pre|tr|table|ul|ol|dl|dd|dt|blockquote)>)/g, '$1\n')
    writeFileSync(`${base}.kramdown.html`, lines(want))
    writeFileSync(`${base}.utterson.html`, lines(got))
  }
})
const total = files.length - skipped
console.log(`${equivalent}/${total} documents equivalent (${((100 * equivalent) / total).toFixed(1)}%)` +
  `${stripCodeTokens ? ', code token spans ignored' : ''}${skipped ? `, ${skipped} skipped (kramdown error)` : ''}`)
if (args.includes('--list')) for (const f of differing) console.log(`  differs: ${f}`)
