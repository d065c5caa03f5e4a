/** Jekyll 4.3's `Configuration::DEFAULTS`, as one literal. `source`/`destination` are filled in by the loader. */
export const DEFAULTS: Readonly<Record<string, unknown>> = Object.freeze({
  source: '',
  destination: '',
  collections_dir: '',
  cache_dir: '.jekyll-cache',
  plugins_dir: '_plugins',
  layouts_dir: '_layouts',
  data_dir: '_data',
  includes_dir: '_includes',
  collections: {},

  safe: false,
  include: ['.htaccess'],
  exclude: [],
  keep_files: ['.git', '.svn'],
  encoding: 'utf-8',
  markdown_ext: 'markdown,mkdown,mkdn,mkd,md',
  strict_front_matter: false,

  show_drafts: null,
  limit_posts: 0,
  future: false,
  unpublished: false,

  whitelist: [],
  plugins: [],

  markdown: 'kramdown',
  highlighter: 'rouge',
  lsi: false,
  excerpt_separator: '\n\n',
  incremental: false,

  detach: false,
  port: '4000',
  host: '127.0.0.1',
  baseurl: null,
  show_dir_listing: false,

  permalink: 'date',
  paginate_path: '/page:num',
  timezone: null,

  quiet: false,
  verbose: false,
  defaults: [],

  liquid: { error_mode: 'warn', strict_filters: false, strict_variables: false },

  kramdown: {
    auto_ids: true,
    toc_levels: [1, 2, 3, 4, 5, 6],
    entity_output: 'as_char',
    smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
    input: 'GFM',
    hard_wrap: false,
    guess_lang: true,
    footnote_nr: 1,
    show_warnings: false,
  },
})

/** Always appended to the user's `exclude` list (Jekyll's DEFAULT_EXCLUDES). */
export const DEFAULT_EXCLUDES = [
  '.sass-cache',
  '.jekyll-cache',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle/',
  'vendor/cache/',
  'vendor/gems/',
  'vendor/ruby/',
]

/** Jekyll's built-in permalink styles. */
export const PERMALINK_STYLE_TEMPLATES: Readonly<Record<string, string>> = Object.freeze({
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
})
