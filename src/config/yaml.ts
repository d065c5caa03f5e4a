/**
 * YAML as Jekyll reads it (Ruby Psych, YAML 1.1): `yes`/`on` are booleans, `010` is octal, `<<` merges.
 * Timestamps become Times and dates alone Ruby Dates (see util/ruby-time.ts), as Psych reads them.
 */
import YAML, { type ScalarTag, type Tags } from 'yaml'
import { withRubyFloats } from '../liquid/filters/ruby-float.js'
import { parseYamlTimestamp } from '../util/dates.js'
import { RubyDate } from '../util/ruby-time.js'
import { type YamlKind, yamlSyntaxError, yamlValueError } from '../errors/yaml.js'
import { stringifyCollectionKeys } from './yaml-keys.js'

/**
 * Psych reads an unquoted `2024-03-05 10:30:00` as a Time: UTC when no zone is given (a local Date here),
 * a UTC Time for `Z`, a Time keeping its offset otherwise (see parseYamlTimestamp).
 */
const TIMESTAMP: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d\d)?))?$/,
  resolve: (text: string) => parseYamlTimestamp(text) ?? text,
}

/**
 * Psych reads an unquoted date alone (`2024-03-05`) as a Ruby Date: it prints as written, has no zone, and
 * front matter `date:` reads it as local midnight. An impossible day (`2023-02-30`) stays a string.
 */
const DATE: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/,
  resolve: (text: string) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number]
    const date = new RubyDate(y, m - 1, d)
    return date.getMonth() === m - 1 && date.getDate() === d ? date : text
  },
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
  DATE,
]

/** The `yaml` package options that read YAML as Psych does (also used by the front matter fast path, src/read/flat-yaml.ts). */
export function psychYamlOptions() {
  return {
    version: '1.1' as const,
    merge: true,
    customTags: psychTags,
    prettyErrors: true,
    uniqueKeys: false,
    strict: false,
  }
}

export interface YamlSource {
  /** Path shown in errors. */
  file: string
  /** Number of lines before the YAML text in its file (1 for front matter, after the `---`). */
  lineOffset?: number
  /** Whole file text, for the code frame. */
  fileText?: string
  /** What is read (configuration, front matter, a data file): picks the error reported (src/errors/yaml.ts). */
  kind?: YamlKind
}

/**
 * Parses YAML 1.1; throws a BuildError naming the file and the line on malformed input.
 * Like Psych's `safe_load`, only the first document of a multi-document stream is read.
 */
export function parseYaml(text: string, source: YamlSource): unknown {
  const options = psychYamlOptions()
  const all = YAML.parseAllDocuments(text, options)
  const doc = Array.isArray(all) ? (all[0] ?? YAML.parseDocument('', options)) : YAML.parseDocument(text, options)
  if (doc.errors.length > 0) throw yamlSyntaxError(doc.errors, text, source)
  stringifyCollectionKeys(doc, text) // `? {a: 1}` keys, without the yaml package's cubic time (src/config/yaml-keys.ts)
  try {
    return doc.toJS({ maxAliasCount: -1 }) ?? null
  } catch (error) {
    throw yamlValueError(error, text, source) // e.g. an alias to an anchor that does not exist
  }
}

/** True for a plain (non-array) object: what Ruby calls a Hash. */
export function isHash(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}
