/**
 * A short fuzz run of each parser that reads user files (a few seconds in all; `npm run fuzz` is the long
 * run): front matter, Liquid, Markdown, and URLs turned into destination paths. No input may throw
 * anything but a BuildError, a BuildError may not hide a JavaScript bug, and no input may take over 1 s;
 * no URL may lead outside the destination. FUZZ_SEED and FUZZ_RUNS change the seed and the count.
 */
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import { frontMatterText, liquidText, markdownText, urlText } from './arbitraries.js'
import { createTargets, type Targets } from './targets.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20240101)
const RUNS = Number(process.env.FUZZ_RUNS ?? 600)

let targets: Targets
before(async () => {
  targets = await createTargets(1000)
})
after(() => targets.close())

describe('fuzzed parsers neither crash nor hang', () => {
  const cases = [
    ['front matter', frontMatterText, () => targets.frontMatter],
    ['Liquid', liquidText, () => targets.liquid],
    ['Markdown', markdownText, () => targets.markdown],
    ['destination paths', urlText, () => targets.url],
  ] as const
  for (const [name, arbitrary, target] of cases) {
    test(`${name}: ${RUNS} inputs (seed ${SEED})`, { timeout: 60_000 }, () => {
      const run = target()
      fc.assert(
        fc.property(arbitrary, (input) => run(input)),
        { numRuns: RUNS, seed: SEED },
      )
    })
  }
})
