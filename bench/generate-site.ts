/**
 * Generates a deterministic N-post blog, as a Jekyll site and as an equivalent Hugo site, for the benchmark.
 * Each post is about 5 KB of mixed English and Chinese Markdown with a heading, a list, one fenced code block,
 * a table and an image through `{{ site.img_path }}`; the home page lists every post.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A small seeded PRNG (mulberry32), so every run generates the same site. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EN = 'static site generator builds pages from templates and posts with layouts includes data collections permalinks feeds fast reliable preview watch server markdown liquid theme plugin deploy cache incremental output'.split(' ')
const ZH = '静态网站生成器把模板和文章转换成页面布局数据集合链接快速可靠预览服务器主题插件部署缓存输出'.split('')
const CODE: Array<[string, string]> = [
  ['ruby', 'def greet(name)\n  puts "Hello, #{name}!"\nend\n\ngreet("world")\n'],
  ['javascript', 'const add = (a, b) => a + b\nconsole.log(add(1, 2)) // 3\n'],
  ['python', 'def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n'],
  ['bash', 'npm install\nnpx utterson build --source . --destination _site\n'],
  ['yaml', 'title: My Blog\npermalink: pretty\nplugins:\n  - jekyll-feed\n'],
]

function words(rnd: () => number, list: string[], n: number, sep: string): string {
  return Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)]).join(sep)
}

function postBody(i: number, rnd: () => number, imagePath: string): string {
  const [lang, code] = CODE[i % CODE.length] as [string, string]
  const para = () => `${capitalize(words(rnd, EN, 40, ' '))}. ${words(rnd, ZH, 60, '')}。`
  return [
    para(),
    para(),
    `## Section ${i}`,
    para(),
    `- ${words(rnd, EN, 6, ' ')}\n- ${words(rnd, ZH, 12, '')}\n- ${words(rnd, EN, 6, ' ')}`,
    `\`\`\`${lang}\n${code}\`\`\``,
    `| Name | Value | 说明 |\n|------|------:|------|\n| alpha | ${i} | ${words(rnd, ZH, 6, '')} |\n| beta | ${i * 2} | ${words(rnd, ZH, 6, '')} |`,
    `![diagram](${imagePath}/diagram.png)`,
    para(),
    para(),
    para(),
    para(),
  ].join('\n\n')
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** Posts spread evenly over 2015-2023, so none is in the future of the pinned build time (2024-01-01). */
function postDate(i: number, posts: number): { ymd: string; time: string } {
  const start = Date.UTC(2015, 0, 1)
  const step = Math.max(60_000, Math.floor((Date.UTC(2023, 11, 31) - start) / Math.max(posts, 1)))
  const d = new Date(start + i * step)
  const ymd = d.toISOString().slice(0, 10)
  return { ymd, time: `${ymd}T${d.toISOString().slice(11, 19)}Z` }
}

const PNG_1X1 = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cfc0f01f0005000201' + 'a5f5b3e10000000049454e44ae426082', 'hex')

function write(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

export function generateJekyllSite(dir: string, posts: number): void {
  write(path.join(dir, '_config.yml'), 'title: Bench Blog\nimg_path: /assets/img\npermalink: date\ntimezone: UTC\nmarkdown: kramdown\n')
  write(path.join(dir, 'assets/img/diagram.png'), PNG_1X1)
  write(path.join(dir, '_layouts/default.html'), '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ page.title }} | {{ site.title }}</title></head>\n<body>\n{{ content }}\n</body>\n</html>\n')
  write(path.join(dir, '_layouts/post.html'), '---\nlayout: default\n---\n<article>\n<h1>{{ page.title }}</h1>\n<time>{{ page.date | date: "%b %-d, %Y" }}</time>\n{{ content }}\n</article>\n')
  write(path.join(dir, 'index.html'), '---\nlayout: default\ntitle: Home\n---\n<ul>\n{% for post in site.posts %}<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> {{ post.date | date: "%b %-d, %Y" }}</li>\n{% endfor %}</ul>\n')
  const rnd = random(42)
  for (let i = 0; i < posts; i++) {
    const { ymd } = postDate(i, posts)
    const body = postBody(i, rnd, '{{ site.img_path }}')
    write(path.join(dir, '_posts', `${ymd}-post-${i}.md`), `---\nlayout: post\ntitle: "Post number ${i}"\n---\n${body}\n`)
  }
}

export function generateHugoSite(dir: string, posts: number): void {
  write(path.join(dir, 'config.toml'), 'baseURL = "https://example.com/"\ntitle = "Bench Blog"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[markup.highlight]\nnoClasses = false\n[permalinks]\nposts = "/:year/:month/:day/:slug/"\n')
  write(path.join(dir, 'static/assets/img/diagram.png'), PNG_1X1)
  write(path.join(dir, 'layouts/_default/baseof.html'), '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>\n<body>\n{{ block "main" . }}{{ end }}\n</body>\n</html>\n')
  write(path.join(dir, 'layouts/_default/single.html'), '{{ define "main" }}<article>\n<h1>{{ .Title }}</h1>\n<time>{{ .Date.Format "Jan 2, 2006" }}</time>\n{{ .Content }}\n</article>{{ end }}\n')
  write(path.join(dir, 'layouts/_default/list.html'), '{{ define "main" }}{{ .Content }}{{ end }}\n')
  write(path.join(dir, 'layouts/index.html'), '{{ define "main" }}<ul>\n{{ range where .Site.RegularPages "Section" "posts" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "Jan 2, 2006" }}</li>\n{{ end }}</ul>{{ end }}\n')
  const rnd = random(42)
  for (let i = 0; i < posts; i++) {
    const { time } = postDate(i, posts)
    const body = postBody(i, rnd, '/assets/img')
    write(path.join(dir, 'content/posts', `post-${i}.md`), `---\ntitle: "Post number ${i}"\ndate: ${time}\nslug: post-${i}\n---\n${body}\n`)
  }
}
