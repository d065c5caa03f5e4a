/**
 * YAML as Jekyll reads it (Ruby Psych, YAML 1.1): `yes`/`on` are booleans, `010` is octal, `<<` merges.
 * Timestamps stay strings: dates are parsed later in the site's time zone, as Jekyll does.
 */
import YAML, { type ScalarTag, type Tags } from 'yaml'
import { withRubyFloats } from '../liquid/filters/ruby-float.js'
import { parseYamlTimestamp } from '../util/dates.js'
import { BuildError } from '../util/errors.js'

/**
 * Psych reads an unquoted `2024-03-05 10:30:00` as a Time (UTC when no zone is given), so it becomes a Date;
 * a date alone (`2024-03-05`) stays a string, which prints the same as Ruby's Date and is parsed in the site's zone when used.
 */
const TIMESTAMP: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d\d)?))?$/,
  resolve: (text: string) => parseYamlTimestamp(text) ?? text,
}

/** Psych's booleans: yes/true/on and no/false/off in any case; `y` and `n` stay strings (YAML 1.1 says otherwise). */
const BOOLEANS: ScalarTag[] = [
  { tag: 'tag:yaml.org,2002:bool', default: true, test: /^(?:yes|true|on)$/i, resolve: () => true },
  { tag: 'tag:yaml.org,2002:bool', default: true, test: /^(?:no|false|off)$/i, resolve: () => false },
]

/** The YAML 1.1 tags as Ruby's Psych resolves them (floats keep their `.0`, see LiquidFloat). */
const psychTags = (tags: Tags): Tags => [
  ...withRubyFloats(
    tags.filter((tag) => {
      const name = (tag as ScalarTag).tag
      return name !== 'tag:yaml.org,2002:timestamp' && name !== 'tag:yaml.org,2002:bool'
    }) as ScalarTag[],
  ),
  ...BOOLEANS,
  TIMESTAMP,
]

export interface YamlSource {
  /** Path shown in errors. */
  file: string
  /** Number of lines before the YAML text in its file (1 for front matter, after the `---`). */
  lineOffset?: number
  /** Whole file text, for the code frame. */
  fileText?: string
}

/** Parses YAML 1.1; throws a BuildError naming the file and the line on malformed input. */
export function parseYaml(text: string, source: YamlSource): unknown {
  const doc = YAML.parseDocument(text, {
    version: '1.1',
    merge: true,
    customTags: psychTags,
    prettyErrors: true,
    uniqueKeys: false,
    strict: false,
  })
  const error = doc.errors[0]
  if (error) {
    const offset = source.lineOffset ?? 0
    const line = error.linePos ? error.linePos[0].line + offset : undefined
    const col = error.linePos ? error.linePos[0].col : undefined
    const firstLine = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message
    throw new BuildError({
      topic: 'YAML Exception',
      message: `YAML Exception reading ${source.file}: ${firstLine}`,
      file: source.file,
      line,
      col,
      source: source.fileText ?? text,
      hint: /tab/i.test(error.message)
        ? 'YAML does not allow tabs for indentation; use spaces.'
        : 'Check the indentation and quoting around this line.',
    })
  }
  return doc.toJS({ maxAliasCount: -1 }) ?? null
}

/** True for a plain (non-array) object: what Ruby calls a Hash. */
export function isHash(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}
