/**
 * sitemap.xml and robots.txt as Liquid templates, one element a line as jekyll-sitemap prints them:
 * written documents of output collections, HTML pages (not 404.html), and the HTML/PDF static files
 * listed in `page.static_files`; anything with `sitemap: false` is left out.
 */
const URL_LOC = "{{ LOC | replace: '/index.html', '/' | absolute_url | xml_escape }}"

export const SITEMAP_TEMPLATE = [
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  `{% if page.xsl %}<?xml-stylesheet type="text/xsl" href="{{ '/sitemap.xsl' | absolute_url }}"?>\n{% endif %}`,
  '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
  "{% assign sitemap_collections = site.collections | where_exp: 'collection', 'collection.output != false' %}",
  '{% for collection in sitemap_collections %}',
  "{% assign sitemap_docs = collection.docs | where_exp: 'doc', 'doc.sitemap != false' %}",
  '{% for doc in sitemap_docs %}',
  `<url>\n<loc>${URL_LOC.replace('LOC', 'doc.url')}</loc>\n`,
  '{% if doc.last_modified_at or doc.date %}<lastmod>{{ doc.last_modified_at | default: doc.date | date_to_xmlschema }}</lastmod>\n{% endif %}',
  '</url>\n{% endfor %}{% endfor %}',
  "{% assign sitemap_pages = site.html_pages | where_exp: 'doc', 'doc.sitemap != false' | where_exp: 'doc', 'doc.url != \"/404.html\"' %}",
  '{% for html_page in sitemap_pages %}',
  `<url>\n<loc>${URL_LOC.replace('LOC', 'html_page.url')}</loc>\n`,
  '{% if html_page.last_modified_at %}<lastmod>{{ html_page.last_modified_at | date_to_xmlschema }}</lastmod>\n{% endif %}',
  '</url>\n{% endfor %}',
  "{% assign sitemap_files = page.static_files | where_exp: 'file', 'file.sitemap != false' | where_exp: 'file', 'file.name != \"404.html\"' %}",
  '{% for file in sitemap_files %}',
  `<url>\n<loc>${URL_LOC.replace('LOC', 'file.path')}</loc>\n`,
  '<lastmod>{{ file.modified_time | date_to_xmlschema }}</lastmod>\n',
  '</url>\n{% endfor %}',
  '</urlset>\n',
].join('')

export const ROBOTS_TEMPLATE = "Sitemap: {{ 'sitemap.xml' | absolute_url }}\n"
