/**
 * Every error and warning a user can get from a build, in one place (like Astro's error catalog).
 * An entry has a stable `code`, the `title` printed in the log's topic column (Jekyll's wording),
 * a `message` built from its arguments and a `hint` saying what to do.
 *
 * `fatal`: whether the build stops (exit 1) or logs and goes on. It follows what Jekyll 4.3 does with the
 * same problem (test/errors/jekyll-outcomes.json is the evidence, checked by test/errors/jekyll-parity.test.ts).
 * Build errors with `catalogError` and warnings with `catalogWarning` (src/errors/index.ts).
 */

export interface CatalogEntry<A> {
  code: string
  title: string
  fatal: boolean
  message: (args: A) => string
  hint?: string | ((args: A) => string | undefined)
}

/** Defines an entry with its argument type (keeps the catalog below readable). */
function entry<A = Record<string, never>>(e: CatalogEntry<A>): CatalogEntry<A> {
  return e
}

const TAB_HINT = 'YAML does not allow tabs for indentation; indent with spaces.'

/** The hint for a YAML syntax error, from the parser's reason. */
function yamlHint({ reason }: { reason: string }): string {
  if (/tab/i.test(reason)) return TAB_HINT
  if (/quote|quoted/i.test(reason)) return 'A quoted value is not closed: add the closing quote, or drop the opening one.'
  if (/Flow (sequence|map)|end with an? [\]}]/i.test(reason)) return 'A [ or { is not closed: add the closing ] or }.'
  if (/indent|nested mapping|compact mapping|mapping values/i.test(reason)) {
    return 'Check the indentation: keys of one map line up, and a value containing ": " must be quoted.'
  }
  return 'Check the indentation and quoting around this line.'
}

export const ErrorCatalog = {
  // ---- configuration --------------------------------------------------------------------------
  ConfigYamlSyntax: entry<{ file: string; reason: string }>({
    code: 'CONFIG_YAML_SYNTAX',
    title: 'YAML Exception',
    fatal: true,
    message: ({ file, reason }) => `${reason} in ${file}`,
    hint: yamlHint,
  }),
  YamlSyntax: entry<{ file: string; reason: string }>({
    code: 'YAML_SYNTAX',
    title: 'YAML Exception',
    fatal: true,
    message: ({ file, reason }) => `${reason} in ${file}`,
    hint: yamlHint,
  }),
  ConfigNotAMap: entry<{ file: string; kind: string }>({
    code: 'CONFIG_NOT_A_MAP',
    title: 'WARNING',
    fatal: false,
    message: ({ file, kind }) => `Error reading configuration. Using defaults (and options). ${file} holds ${kind}, not a map of settings.`,
    hint: 'A configuration file is a map: one `key: value` setting per line.',
  }),
  ConfigFileMissing: entry<{ file: string }>({
    code: 'CONFIG_FILE_MISSING',
    title: 'Fatal',
    fatal: true,
    message: ({ file }) => `The configuration file '${file}' could not be found.`,
    hint: 'Check the names given to --config (comma-separated, relative to the current folder).',
  }),
  ConfigTomlUnsupported: entry<{ file: string }>({
    code: 'CONFIG_TOML_UNSUPPORTED',
    title: 'Fatal',
    fatal: true,
    message: ({ file }) => `TOML configuration files are not supported yet: ${file}`,
    hint: 'Convert the file to YAML (_config.yml).',
  }),
  ConfigCollectionsInvalid: entry<{ value: unknown }>({
    code: 'CONFIG_COLLECTIONS_INVALID',
    title: 'Fatal',
    fatal: true,
    message: ({ value }) => `Your \`collections\` key must be a hash or an array, but was: ${JSON.stringify(value)}.`,
    hint: 'Write it as a list (collections: [recipes]) or as settings per label (collections: { recipes: { output: true } }).',
  }),
  ConfigNotAnArray: entry<{ key: string; value: unknown }>({
    code: 'CONFIG_NOT_AN_ARRAY',
    title: 'Fatal',
    fatal: true,
    message: ({ key, value }) => `'${key}' should be set as an array, but was: ${JSON.stringify(value)}.`,
    hint: ({ key, value }) => `Write it as a YAML list, e.g. ${key}: [${JSON.stringify(String(value))}]`,
  }),

  // ---- front matter and dates -----------------------------------------------------------------
  FrontMatterYamlSyntax: entry<{ file: string; reason: string }>({
    code: 'FRONT_MATTER_YAML_SYNTAX',
    title: 'YAML Exception',
    fatal: false,
    message: ({ file, reason }) => `${reason} in ${file}`,
    hint: (args) => `${yamlHint(args)} The file is built without its front matter; strict_front_matter: true makes this an error.`,
  }),
  FrontMatterNotAMap: entry<{ file: string }>({
    code: 'FRONT_MATTER_NOT_A_MAP',
    title: 'Fatal',
    fatal: true,
    message: ({ file }) => `Invalid YAML front matter in ${file}: it is a list or a single value, not a map of \`key: value\` lines.`,
    hint: 'Front matter is a map: one `key: value` per line between the two `---` lines.',
  }),
  InvalidDate: entry<{ value: string; file: string; where: 'filename' | 'YAML front matter' | 'front matter defaults' }>({
    code: 'INVALID_DATE',
    title: 'Error',
    fatal: true,
    message: ({ value, file, where }) => `Invalid date '${value}': Document '${file}' does not have a valid date in the ${where}.`,
    hint: ({ where }) =>
      where === 'filename'
        ? 'Post file names start with a real date: YYYY-MM-DD-title.md (month 1-12, day 1-31).'
        : 'Use YYYY-MM-DD, optionally followed by HH:MM:SS and a time zone offset such as +0100.',
  }),
  InvalidEncoding: entry<{ file: string; encoding: string }>({
    code: 'INVALID_ENCODING',
    title: 'Encoding Error',
    fatal: true,
    message: ({ file, encoding }) => `${file} is not valid ${encoding}: invalid byte sequence`,
    hint: "Save the file as UTF-8, or set 'encoding:' in _config.yml to the encoding the files use.",
  }),

  // ---- data files -----------------------------------------------------------------------------
  DataFileSyntax: entry<{ file: string; format: 'YAML' | 'JSON' | 'CSV' | 'TSV'; reason: string }>({
    code: 'DATA_FILE_SYNTAX',
    title: 'Data Exception',
    fatal: true,
    message: ({ file, format, reason }) => `${reason.replace(/\.$/, '')} in ${format} data file ${file}`,
    hint: ({ format, reason }) =>
      format === 'CSV' || format === 'TSV'
        ? 'Quote a field that contains the separator, a quote or a line break, and double the quotes inside it ("say ""hi""").'
        : yamlHint({ reason }),
  }),

  // ---- Liquid ---------------------------------------------------------------------------------
  LiquidSyntax: entry<{ reason: string }>({
    code: 'LIQUID_SYNTAX',
    title: 'Liquid Exception',
    fatal: true,
    message: ({ reason }) => `Liquid syntax error: ${reason}`,
    hint: ({ reason }) =>
      /not closed|never closed/.test(reason)
        ? 'Every block tag ({% if %}, {% for %}, {% capture %}, …) needs its end tag.'
        : /not found|unknown tag/i.test(reason)
          ? 'Is it a plugin tag? Check the spelling, and `plugins:` in _config.yml.'
          : 'Check the tag and output syntax: {% tag args %} and {{ value | filter: arg }}.',
  }),
  LiquidRuntime: entry<{ reason: string }>({
    code: 'LIQUID_RUNTIME',
    title: 'Liquid Exception',
    fatal: true,
    message: ({ reason }) => `Liquid error: ${reason}`,
  }),
  UndefinedFilter: entry<{ name: string }>({
    code: 'LIQUID_UNDEFINED_FILTER',
    title: 'Liquid Exception',
    fatal: true,
    message: ({ name }) => `Liquid error: undefined filter ${name}`,
    hint: 'Is it a plugin filter? Check the spelling and `plugins:` in _config.yml, or set liquid.strict_filters: false.',
  }),
  UndefinedVariable: entry<{ name: string }>({
    code: 'LIQUID_UNDEFINED_VARIABLE',
    title: 'Liquid Exception',
    fatal: true,
    message: ({ name }) => `Liquid error: undefined variable ${name}`,
    hint: 'Define the variable (front matter, _config.yml, {% assign %}) or set liquid.strict_variables: false.',
  }),
  IncludeNotFound: entry<{ name: string; dirs: string[] }>({
    code: 'INCLUDE_NOT_FOUND',
    title: 'Liquid Exception',
    fatal: true,
    message: ({ name, dirs }) =>
      `Could not locate the included file '${name}' in any of ${JSON.stringify(dirs)}. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
    hint: 'Include names are paths inside _includes, with the extension: {% include footer.html %}.',
  }),
  LiquidNestingTooDeep: entry({
    code: 'LIQUID_NESTING_TOO_DEEP',
    title: 'Liquid Exception',
    fatal: true,
    message: () => 'Liquid syntax error: Nesting too deep',
    hint: 'Blocks ({% if %}, {% for %}, …) are nested too deeply; Liquid allows 100 levels.',
  }),
  IncludeRecursion: entry<{ name?: string }>({
    code: 'INCLUDE_RECURSION',
    title: 'Liquid Exception',
    fatal: true,
    message: ({ name }) => `Liquid error: Nesting too deep${name ? ` including '${name}'` : ''}`,
    hint: 'An include includes itself, directly or through other includes; break the cycle.',
  }),

  // ---- layouts and rendering -------------------------------------------------------------------
  LayoutMissing: entry<{ layout: string; file: string }>({
    code: 'LAYOUT_MISSING',
    title: 'Build Warning',
    fatal: false,
    message: ({ layout, file }) => `Layout '${layout}' requested in ${file} does not exist.`,
    hint: 'Layouts are files in _layouts (or the theme\'s); `layout: none` means no layout.',
  }),
  ConversionError: entry<{ file: string; converter: string; reason: string }>({
    code: 'CONVERSION_ERROR',
    title: 'Conversion error',
    fatal: true,
    message: ({ file, converter, reason }) => `${converter} encountered an error while converting '${file}': ${reason}`,
  }),

  // ---- writing --------------------------------------------------------------------------------
  OutsideDestination: entry<{ url: string; file: string }>({
    code: 'OUTSIDE_DESTINATION',
    title: 'Fatal',
    fatal: true,
    message: ({ url, file }) => `The URL '${url}' of ${file} would be written outside the destination.`,
    hint: 'Remove `..` and absolute paths from its permalink.',
  }),
  UnsafeDestination: entry<{ dest: string; source: string; reason: 'source' | 'parent' | 'home' | 'root' }>({
    code: 'UNSAFE_DESTINATION',
    title: 'Fatal',
    fatal: true,
    message: ({ dest, source, reason }) =>
      reason === 'home'
        ? `Destination '${dest}' is your home folder: building there would delete your files.`
        : reason === 'root'
          ? `Destination '${dest}' is the root of the file system: building there would delete your files.`
          : `Destination '${dest}' would contain the source '${source}': building there would delete your files.`,
    hint: 'Choose a destination folder inside or beside the source, e.g. `-d _site`.',
  }),
  DestinationNotADirectory: entry<{ dest: string }>({
    code: 'DESTINATION_NOT_A_DIRECTORY',
    title: 'Fatal',
    fatal: true,
    message: ({ dest }) => `Destination '${dest}' exists and is not a folder.`,
    hint: 'Remove or rename that file, or choose another destination with -d.',
  }),
  WriteFailed: entry<{ file: string; reason: string }>({
    code: 'WRITE_FAILED',
    title: 'Fatal',
    fatal: true,
    message: ({ file, reason }) => `Could not write ${file} in the destination: ${reason}.`,
    hint: 'Check that the destination folder and the folder around it are writable and have free space.',
  }),
  OutputConflict: entry<{ dest: string; sources: string[] }>({
    code: 'OUTPUT_CONFLICT',
    title: 'Conflict',
    fatal: false,
    message: ({ dest, sources }) =>
      [
        'The following destination is shared by multiple files.',
        'The written file may end up with unexpected contents.',
        dest,
        ...sources.map((s) => ` - ${s}`),
      ].join('\n'),
    hint: 'Give one of them another permalink.',
  }),
  StrictWarnings: entry<{ count: number; first: string }>({
    code: 'STRICT_WARNINGS',
    title: 'Fatal',
    fatal: true,
    message: ({ count, first }) => `--strict: the build logged ${count} warning${count === 1 ? '' : 's'} (first: ${first}).`,
    hint: 'Fix the warnings above, or build without --strict.',
  }),
  LimitPostsNegative: entry<{ value: unknown }>({
    code: 'LIMIT_POSTS_NEGATIVE',
    title: 'Fatal',
    fatal: true,
    message: () => 'Limit posts must be a positive number',
  }),
} as const

export type ErrorCode = (typeof ErrorCatalog)[keyof typeof ErrorCatalog]['code']
