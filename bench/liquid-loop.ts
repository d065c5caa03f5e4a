/**
 * Benchmark (not a test): one template with a 1,000-item `for` loop using `date` and `where`, parsed once
 * and rendered many times by our Liquid engine, once with our `date` filter (Ruby strftime, src/util/strftime.ts)
 * and once with liquidjs's own `date` filter swapped in. Prints ms per render for both.
 *
 *   node --import tsx bench/liquid-loop.ts [renders=200]
 */
import { filters } from 'liquidjs'
import type { SiteConfig } from '../src/config/load.js'
import { LiquidEngine } from '../src/liquid/engine.js'
import type { TemplateSource } from '../src/liquid/errors.js'
import type { Site } from '../src/site/types.js'

process.env.TZ = 'UTC'
const RENDERS = Number(process.argv[2] ?? 200)
const WARMUP = 20

const TEMPLATE = `{%- assign featured = list | where: "category", "c3" -%}
<p>{{ featured | size }} featured</p>
<ul>
{%- for item in list %}
  <li>{{ item.date | date: "%Y-%m-%d %H:%M" }} {{ item.title }} ({{ item.date | date: "%b %-d, %Y" }})</li>
{%- endfor %}
</ul>
{%- for item in featured %}{{ item.title }}{% unless forloop.last %}, {% endunless %}{% endfor %}`

const list = Array.from({ length: 1000 }, (_, i) => ({
  title: `Item ${i}`,
  date: new Date(Date.UTC(2020, 0, 1) + i * 36e5 * 7),
  category: `c${i % 5}`,
}))

function engine(): LiquidEngine {
  const site = {
    config: {} as SiteConfig,
    source: '/bench',
    includesDirs: [],
    collections: new Map(),
    pages: [],
    staticFiles: [],
  } as unknown as Site
  return new LiquidEngine({ site, markdownify: (s) => s })
}

function measure(label: string, e: LiquidEngine): { ms: number; output: string } {
  const source: TemplateSource = { file: 'bench.html', sourceText: TEMPLATE, lineOffset: 0, parsedAs: '/bench/bench.html' }
  const templates = e.parse(TEMPLATE, source)
  let output = ''
  for (let i = 0; i < WARMUP; i++) output = e.render(templates, { list }, source)
  const start = performance.now()
  for (let i = 0; i < RENDERS; i++) output = e.render(templates, { list }, source)
  const ms = (performance.now() - start) / RENDERS
  console.log(`${label.padEnd(34)} ${ms.toFixed(3)} ms per render (${RENDERS} renders, ${output.length} chars)`)
  return { ms, output }
}

const ours = measure('our filters (Ruby strftime date)', engine())
const withLiquidjsDate = engine()
withLiquidjsDate.liquid.registerFilter('date', filters.date)
const theirs = measure("liquidjs's own date filter", withLiquidjsDate)
console.log(`ratio ours / liquidjs date: ${(ours.ms / theirs.ms).toFixed(2)}`)
console.log(`same output: ${ours.output === theirs.output}`)
