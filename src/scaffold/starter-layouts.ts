/** Layouts, includes and the stylesheet of the starter blog (`utterson new`). */

export const DEFAULT_LAYOUT = `<!DOCTYPE html>
<html lang="{{ site.lang | default: "en" }}">
  {%- include head.html -%}
  <body>
    {%- include header.html -%}
    <main class="page-content" aria-label="Content">
      <div class="wrapper">
        {{ content }}
      </div>
    </main>
    {%- include footer.html -%}
  </body>
</html>
`

export const HOME_LAYOUT = `---
layout: default
---
<div class="home">
  {{ content }}
  {%- if site.posts.size > 0 -%}
  <h2 class="post-list-heading">{{ page.list_title | default: "Posts" }}</h2>
  <ul class="post-list">
    {%- for post in site.posts -%}
    <li>
      <span class="post-meta">{{ post.date | date: site.date_format }}</span>
      <h3><a class="post-link" href="{{ post.url | relative_url }}">{{ post.title | escape }}</a></h3>
      {{ post.excerpt }}
    </li>
    {%- endfor -%}
  </ul>
  {%- endif -%}
</div>
`

export const POST_LAYOUT = `---
layout: default
---
<article class="post">
  <header class="post-header">
    <h1 class="post-title">{{ page.title | escape }}</h1>
    <p class="post-meta">
      <time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: site.date_format }}</time>
      {%- if page.author %} · {{ page.author }}{% endif -%}
    </p>
  </header>
  <div class="post-content">
    {{ content }}
  </div>
  {%- if page.tags.size > 0 %}
  <p class="post-tags">Tags: {{ page.tags | join: ", " }}</p>
  {%- endif %}
  <nav class="post-nav">
    {%- if page.previous %}<a href="{{ page.previous.url | relative_url }}">&larr; {{ page.previous.title | escape }}</a>{% endif -%}
    {%- if page.next %}<a href="{{ page.next.url | relative_url }}">{{ page.next.title | escape }} &rarr;</a>{% endif -%}
  </nav>
</article>
`

export const PAGE_LAYOUT = `---
layout: default
---
<article class="page">
  <h1 class="page-title">{{ page.title | escape }}</h1>
  {{ content }}
</article>
`

export const HEAD_INCLUDE = `<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>
  <meta name="description" content="{{ page.excerpt | default: site.description | strip_html | normalize_whitespace | truncate: 160 | escape }}">
  <link rel="canonical" href="{{ page.url | absolute_url }}">
  <link rel="stylesheet" href="{{ "/assets/css/style.css" | relative_url }}">
</head>
`

export const HEADER_INCLUDE = `<header class="site-header">
  <div class="wrapper">
    <a class="site-title" rel="author" href="{{ "/" | relative_url }}">{{ site.title | escape }}</a>
    <nav class="site-nav">
      {%- for item in site.pages -%}
      {%- if item.title and item.nav != false %}
      <a class="page-link" href="{{ item.url | relative_url }}">{{ item.title | escape }}</a>
      {%- endif -%}
      {%- endfor %}
    </nav>
  </div>
</header>
`

export const FOOTER_INCLUDE = `<footer class="site-footer">
  <div class="wrapper">
    <p>{{ site.description | escape }}</p>
    <p>&copy; {{ site.time | date: "%Y" }} {{ site.author | escape }} · Built with Utterson</p>
  </div>
</footer>
`

export const STYLESHEET = `/* The starter blog's style: one readable column, light and dark. */
:root { --text: #1f2328; --muted: #656d76; --link: #0969da; --rule: #d0d7de; --bg: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6edf3; --muted: #8d96a0; --link: #4493f8; --rule: #30363d; --bg: #0d1117; }
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: var(--bg); font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: var(--link); }
.wrapper { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
.site-header { border-bottom: 1px solid var(--rule); padding: 1rem 0; }
.site-header .wrapper { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; }
.site-title { font-weight: 700; font-size: 1.3rem; color: var(--text); text-decoration: none; }
.site-nav a { margin-left: 1rem; }
.page-content { padding: 2rem 0; }
.post-list { list-style: none; padding: 0; }
.post-list li { margin-bottom: 2rem; }
.post-list h3 { margin: 0.2rem 0; }
.post-meta, .post-tags { color: var(--muted); font-size: 0.9rem; }
.post-nav { display: flex; justify-content: space-between; margin-top: 3rem; }
img { max-width: 100%; height: auto; }
pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 0.9em; }
pre { padding: 1rem; overflow-x: auto; border: 1px solid var(--rule); border-radius: 6px; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.7rem; }
.site-footer { border-top: 1px solid var(--rule); padding: 1.5rem 0; color: var(--muted); font-size: 0.9rem; }
/* Rouge token classes, as Jekyll themes style them */
.highlight .k, .highlight .kd, .highlight .kr { color: #cf222e; }
.highlight .s, .highlight .s1, .highlight .s2 { color: #0a3069; }
.highlight .c, .highlight .c1, .highlight .cm { color: #6e7781; font-style: italic; }
.highlight .nf, .highlight .nx { color: #8250df; }
.highlight .mi, .highlight .mf { color: #0550ae; }
`
