/**
 * Markdown + highlighting throughput (not a test): converts real-sized posts (about 5 KB of mixed
 * English and Chinese text with headers, lists, a table, emphasis, links, footnotes and a fenced
 * code block) with the converter a site gets (Jekyll's kramdown options, Rouge-compatible
 * highlighting) and reports KB/s, after a warm-up.
 *
 *   node --import tsx bench/markdown-throughput.ts [--seconds 5] [--no-highlight]
 */
import { DEFAULTS } from '../src/config/defaults.js'
import type { SiteConfig } from '../src/config/load.js'
import { createMarkdownConverter } from '../src/markup/markdown/index.js'
import { kramdownOptions, markdownHighlighter } from '../src/markup/markdown-converter.js'

const CODE_BLOCKS = [
  ['ruby', `class Post\n  attr_reader :title, :date\n\n  def initialize(title, date = Time.now)\n    @title = title\n    @date = date\n  end\n\n  def slug\n    title.downcase.gsub(/[^a-z0-9]+/, '-') + "-#{date.year}"\n  end\nend\n`],
  ['javascript', `export async function load(url) {\n  const res = await fetch(url, { headers: { Accept: 'application/json' } });\n  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);\n  return (await res.json()).filter((p) => !p.draft).slice(0, 10);\n}\n`],
  ['python', `def load(path: str) -> list[dict]:\n    """Read every post."""\n    with open(path, encoding="utf-8") as fh:\n        return [json.loads(line) for line in fh if line.strip()]\n`],
  ['bash', `#!/usr/bin/env bash\nset -euo pipefail\nfor f in _posts/*.md; do\n  echo "building $f"\ndone\nbundle exec jekyll build --trace\n`],
  ['yaml', `title: 博客\nurl: "https://example.com"\nkramdown:\n  input: GFM\nplugins:\n  - jekyll-feed\n`],
] as const

/** One post of about 5 KB; `n` varies the text so no two posts are identical. */
function post(n: number): string {
  const [lang, code] = CODE_BLOCKS[n % CODE_BLOCKS.length]!
  const paragraphs = [
    `This is post number ${n}. It mixes English and 中文 in one paragraph: 我们在第${n}篇文章里讨论 **static site generators**, *Markdown* and \`code spans\`, with a [link](https://example.com/${n} "title") and a footnote[^${n}].`,
    `在静态网站生成器中，Markdown 是最常见的写作格式。它的语法简单，“引号”和‘单引号’以及 -- 破折号 ... 省略号都会被转换。Jekyll 使用 kramdown 来解析它，而 Rouge 负责代码高亮。`,
    `Smart "quotes" and 'single quotes', an em---dash, an ellipsis... and <abbr title="HyperText Markup Language">HTML</abbr> inline. Some ~~strikethrough~~ and a line  \nbreak.`,
  ]
  const lines = [`# Post ${n}: 标题 ${n}`, '', paragraphs[0], '', '## 背景 Background', '', paragraphs[1], '', paragraphs[2], '']
  lines.push('* first item with **bold**', '* 第二项 with a [link](/about/)', '  * nested item', '* third item', '')
  lines.push('1. step one', '2. step two', '3. step three', '')
  lines.push(`\`\`\`${lang}`, code.trimEnd(), '```', '')
  lines.push('| 名称 | Value | Notes |', '|:-----|:-----:|------:|')
  for (let r = 0; r < 6; r++) lines.push(`| row ${r} | ${r * n} | 说明 ${r} |`)
  lines.push('', '> A quote with *emphasis* and `code`.', '> 第二行引用。', '')
  lines.push('## 总结 Summary {#summary}', '')
  for (let p = 0; p < 18; p++) lines.push(paragraphs[p % 3]!, '')
  lines.push(`[^${n}]: The footnote of post ${n}.`, '')
  return lines.join('\n')
}

const args = process.argv.slice(2)
const seconds = Number(args[args.indexOf('--seconds') + 1] ?? 5) || 5
const highlight = !args.includes('--no-highlight')
const kramdown = kramdownOptions(DEFAULTS as SiteConfig)
const converter = createMarkdownConverter({ kramdown, highlighter: highlight ? markdownHighlighter(kramdown) : undefined })

const posts = Array.from({ length: 200 }, (_, i) => post(i))
const bytes = posts.reduce((sum, p) => sum + Buffer.byteLength(p), 0)
const averageKb = bytes / posts.length / 1024

for (const p of posts.slice(0, 50)) converter.convert(p)
let converted = 0
let convertedBytes = 0
const start = performance.now()
while (performance.now() - start < seconds * 1000) {
  const p = posts[converted % posts.length]!
  converter.convert(p)
  convertedBytes += Buffer.byteLength(p)
  converted++
}
const elapsed = (performance.now() - start) / 1000
console.log(
  `${converted} posts (avg ${averageKb.toFixed(1)} KB) in ${elapsed.toFixed(1)} s: ` +
    `${(convertedBytes / 1024 / elapsed).toFixed(0)} KB/s, ${(converted / elapsed).toFixed(0)} posts/s` +
    `${highlight ? ', with highlighting' : ', without highlighting'}`,
)
