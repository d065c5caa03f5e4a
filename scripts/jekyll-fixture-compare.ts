/**
 * Compares Jekyll's build of its fixture site with Utterson's (see jekyll-fixture-conformance.sh):
 * every file of Jekyll's output except `*.css.map` counts; prints each file that is not equivalent
 * and the figure `N/M equivalent`. Exit 1 when under `--min` percent (default 95).
 *
 *   node --import tsx scripts/jekyll-fixture-compare.ts JEKYLL_OUT UTTERSON_OUT [--min 95]
 */
import { diffSites } from '../src/compare/site-diff.js'

const args = process.argv.slice(2)
const minAt = args.indexOf('--min')
const min = minAt === -1 ? 95 : Number(args[minAt + 1])
const [expected, actual] = args.filter((_, i) => i !== minAt && i !== minAt + 1)
if (!expected || !actual || !Number.isFinite(min)) {
  console.error('usage: jekyll-fixture-compare.ts JEKYLL_OUT UTTERSON_OUT [--min PERCENT]')
  process.exit(2)
}

const ignored = (file: string) => file.endsWith('.css.map')
const diffs = diffSites(expected, actual, { ignore: ignored })
const counted = diffs.filter((d) => d.status !== 'extra')
const equivalent = counted.filter((d) => d.status === 'equivalent').length
for (const d of diffs) {
  if (d.status === 'equivalent') continue
  console.log(`${d.status.padEnd(9)} ${d.file}`)
  if (d.detail) console.log(`          ${d.detail.replace(/\n/g, '\n          ')}`)
}
const percent = counted.length === 0 ? 0 : (100 * equivalent) / counted.length
console.log(`Jekyll fixture (test/source @ v4.3.1): ${equivalent}/${counted.length} equivalent (${percent.toFixed(1)}%), ` +
  `${diffs.filter((d) => d.status === 'extra').length} extra; *.css.map not counted`)
process.exit(percent >= min ? 0 : 1)
