/**
 * A small blog for the serve tests, written from a seeded PRNG: posts with tags, authors (from _data),
 * excerpts and previous/next links, an index with excerpts, an archive, a tag page, a feed with full
 * content, an about page, includes, two layouts, a stylesheet, a script and images. Every template
 * feature that makes one page depend on another is used somewhere.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** mulberry32: the same sequence for the same seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = 'lantern harbour quiet ledger copper meadow signal orchard velvet compass thistle ember granite willow parcel beacon'.split(' ')
export const TAGS = ['notes', 'travel', 'code', 'garden', 'books']
export const AUTHORS = ['ada', 'lin', 'sam']

export function words(rnd: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ')
}

export function writeFile(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

export interface PostSpec {
  date: string
  slug: string
  title: string
  tags: string[]
  author: string
  paragraphs: string[]
}

export function postText(p: PostSpec): string {
  return `---\nlayout: post\ntitle: "${p.title}"\ntags: [${p.tags.join(', ')}]\nauthor: ${p.author}\n---\n${p.paragraphs.join('\n\n')}\n`
}

export function randomPost(rnd: () => number, date: string, slug: string): PostSpec {
  const tags = TAGS.filter(() => rnd() < 0.4)
  return {
    date,
    slug,
    title: `${words(rnd, 3)} ${slug}`,
    tags,
    author: AUTHORS[Math.floor(rnd() * AUTHORS.length)] as string,
    paragraphs: Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => `${words(rnd, 12)}.`),
  }
}

/** Writes the blog into `dir` with `count` posts; returns the post specs by file name. */
export function writeBlog(dir: string, count = 12, seed = 7): Map<string, PostSpec> {
  const rnd = random(seed)
  writeFile(path.join(dir, '_config.yml'), 'title: Serve Test Blog\ndescription: A blog for the serve tests.\npermalink: date\ntimezone: UTC\nexclude: [notes.txt]\n')
  writeFile(path.join(dir, '_data/authors.yml'), AUTHORS.map((a) => `${a}:\n  name: ${a.toUpperCase()} Writer\n`).join(''))
  writeFile(path.join(dir, '_data/nav.yml'), '- title: Home\n  url: /\n- title: Archive\n  url: /archive/\n')
  writeFile(path.join(dir, '_includes/head.html'), '<head>\n<meta charset="utf-8">\n<title>{{ page.title | default: site.title }}</title>\n<link rel="stylesheet" href="{{ \'/assets/css/style.css\' | relative_url }}">\n</head>\n')
  writeFile(path.join(dir, '_includes/nav.html'), '<nav>{% for item in site.data.nav %}<a href="{{ item.url | relative_url }}">{{ item.title }}</a> {% endfor %}{% for p in site.pages %}{% if p.nav %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}{% endfor %}</nav>\n')
  writeFile(path.join(dir, '_includes/post-list.html'), '<ul>{% for post in include.posts limit: include.limit %}<li><a href="{{ post.url }}">{{ post.title }}</a> <time>{{ post.date | date: "%Y-%m-%d" }}</time>{% if include.excerpts %}<div>{{ post.excerpt }}</div>{% endif %}</li>{% endfor %}</ul>\n')
  writeFile(path.join(dir, '_layouts/default.html'), '<!DOCTYPE html>\n<html>\n{% include head.html %}\n<body>\n{% include nav.html %}\n<main>\n{{ content }}\n</main>\n<footer>{{ site.title }} · {{ site.time | date: "%Y" }}</footer>\n</body>\n</html>\n')
  writeFile(
    path.join(dir, '_layouts/post.html'),
    '---\nlayout: default\n---\n<article>\n<h1 id="title">{{ page.title }}</h1>\n<p class="by">by {{ site.data.authors[page.author].name | default: page.author }}</p>\n<p class="tags">{{ page.tags | join: ", " }}</p>\n{{ content }}\n</article>\n<nav class="pager">{% if page.previous %}<a href="{{ page.previous.url }}">{{ page.previous.title }}</a>{% endif %} | {% if page.next %}<a href="{{ page.next.url }}">{{ page.next.title }}</a>{% endif %}</nav>\n<aside>{% for post in site.related_posts limit: 2 %}<a href="{{ post.url }}">{{ post.title }}</a>{% endfor %}</aside>\n',
  )
  writeFile(path.join(dir, 'index.html'), '---\nlayout: default\ntitle: Home\n---\n<h1>{{ site.title }}</h1>\n<p>{{ site.description }}</p>\n{% include post-list.html posts=site.posts limit=4 excerpts=true %}\n<p>{{ site.posts | size }} posts; pinned: <a href="{% post_url 2020-01-01-pinned %}">pinned</a>; <a href="{% link about.md %}">about</a></p>\n')
  writeFile(path.join(dir, 'archive.html'), '---\nlayout: default\ntitle: Archive\n---\n{% include post-list.html posts=site.posts limit=1000 %}\n')
  writeFile(path.join(dir, 'tags.html'), '---\nlayout: default\ntitle: Tags\nnav: true\n---\n{% for tag in site.tags %}<h2>{{ tag[0] }}</h2>{% assign tagged = tag[1] %}{% include post-list.html posts=tagged limit=100 %}{% endfor %}\n')
  writeFile(path.join(dir, 'feed.xml'), '---\nlayout: null\n---\n<?xml version="1.0" encoding="utf-8"?>\n<feed><title>{{ site.title | xml_escape }}</title><updated>{{ site.time | date_to_xmlschema }}</updated>\n{% for post in site.posts limit: 5 %}<entry><title>{{ post.title | xml_escape }}</title><link href="{{ post.url | absolute_url }}"/><content>{{ post.content | xml_escape }}</content></entry>\n{% endfor %}</feed>\n')
  writeFile(path.join(dir, 'about.md'), '---\nlayout: default\ntitle: About\nnav: true\n---\n# About\n\nThis blog has {{ site.posts | size }} posts by {{ site.data.authors | size }} authors.\n')
  writeFile(path.join(dir, '404.html'), '---\nlayout: default\ntitle: Not here\n---\n<h1 id="missing">Nothing at this address</h1>\n')
  writeFile(path.join(dir, 'assets/css/style.css'), 'body { color: rgb(10, 20, 30); }\n#title { color: rgb(0, 0, 255); }\n')
  writeFile(path.join(dir, 'assets/js/app.js'), 'console.log("hello")\n')
  writeFile(path.join(dir, 'assets/img/dot.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cfc0f01f0005000201' + 'a5f5b3e10000000049454e44ae426082', 'hex'))
  writeFile(path.join(dir, 'notes.txt'), 'excluded\n')
  const posts = new Map<string, PostSpec>()
  const pinned: PostSpec = { date: '2020-01-01', slug: 'pinned', title: 'Pinned post', tags: ['notes'], author: 'ada', paragraphs: ['The pinned post.', 'Always here.'] }
  posts.set('2020-01-01-pinned.md', pinned)
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2021, 0, 1) + i * 5 * 86400000).toISOString().slice(0, 10)
    posts.set(`${day}-post-${i}.md`, randomPost(rnd, day, `post-${i}`))
  }
  for (const [name, spec] of posts) writeFile(path.join(dir, '_posts', name), postText(spec))
  return posts
}

/** Relative paths of every file under `dir`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name)
      if (statSync(file).isDirectory()) walk(file)
      else out.push(path.relative(dir, file))
    }
  }
  walk(dir)
  return out.sort()
}

/** Differences between two folders (missing, extra and differing files); empty when identical. */
export function treeDifferences(expected: string, actual: string): string[] {
  const a = listFiles(expected)
  const b = listFiles(actual)
  const diffs: string[] = []
  const inB = new Set(b)
  const inA = new Set(a)
  for (const f of a) if (!inB.has(f)) diffs.push(`missing: ${f}`)
  for (const f of b) if (!inA.has(f)) diffs.push(`extra: ${f}`)
  for (const f of a) {
    if (!inB.has(f)) continue
    const x = readFileSync(path.join(expected, f))
    const y = readFileSync(path.join(actual, f))
    if (!x.equals(y)) {
      const xs = x.toString('utf8')
      const ys = y.toString('utf8')
      let i = 0
      while (i < xs.length && xs[i] === ys[i]) i++
      diffs.push(`differs: ${f} at ${i}: expected ${JSON.stringify(xs.slice(i, i + 80))} got ${JSON.stringify(ys.slice(i, i + 80))}`)
    }
  }
  return diffs
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
