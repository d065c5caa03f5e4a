/**
 * Date parsing and Jekyll's date filters against Ruby, recorded by
 * test/compat/record-dates.rb into test/compat/dates.json: Time.parse(x, now),
 * Liquid::Utils.to_date, Psych timestamps through Jekyll::Utils.parse_date, and
 * date_to_string & co., each in UTC, America/New_York and Asia/Tokyo.
 */
import { strict as assert } from 'node:assert'
import { readFileSync } from 'node:fs'
import { after, describe, it } from 'node:test'
import {
  InvalidDateError, dateToLongString, dateToRfc822, dateToString, dateToXmlschema, filterTime,
  formatRubyDate, formatRubyTime, parseDate, parseFrontMatterDate, parseYamlTimestamp, rubyTimeParse
} from '../../src/util/dates.js'
import { strftime } from '../../src/util/strftime.js'

type Parsed = string | { error: string }
interface FilterRow {
  to_s: string
  date_to_string: string
  date_to_string_ordinal: string
  date_to_string_ordinal_us: string
  date_to_long_string: string
  date_to_long_string_ordinal: string
  date_to_long_string_ordinal_us: string
  date_to_xmlschema: string
  date_to_rfc822: string
  date_only: string
}
const table = JSON.parse(readFileSync(new URL('../compat/dates.json', import.meta.url), 'utf8')) as {
  zones: string[]
  parseInputs: string[]
  parse: Record<string, Parsed[]>
  toDateInputs: string[]
  toDate: Record<string, Array<string | null>>
  yamlTimestamps: string[]
  yaml: Record<string, string[]>
  filterDays: number[]
  filters: Record<string, FilterRow[]>
  invalidDate: Array<{ input: string, message: string }>
  filterErrors: Array<{ input: string, message: string }>
}

const originalTz = process.env.TZ
after(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

/** The recorder's `now`: 2024-06-15 12:34:56 local time of the zone. */
function fixedNow (): Date {
  return new Date(2024, 5, 15, 12, 34, 56)
}

/** Same shape as the recorder's output: `%Y-%m-%d %H:%M:%S.%L %z`, after `.localtime` as the recorder does. */
function show (date: Date): string {
  return strftime(new Date(date.getTime()), '%Y-%m-%d %H:%M:%S.%L %z')
}

for (const zone of table.zones) {
  describe(`dates in ${zone}`, () => {
    it('rubyTimeParse matches Time.parse(x, now).localtime', () => {
      process.env.TZ = zone
      const got = table.parseInputs.map((input): [string, Parsed] => {
        try {
          return [input, show(rubyTimeParse(input, fixedNow()))]
        } catch (error) {
          return [input, { error: (error as Error).message }]
        }
      })
      assert.deepEqual(got, table.parseInputs.map((input, i) => [input, table.parse[zone]![i]]))
    })

    it('parseDate matches Liquid::Utils.to_date', () => {
      process.env.TZ = zone
      const got = table.toDateInputs.map((input) => {
        const date = parseDate(input, fixedNow())
        return [input, date === null ? null : show(date)]
      })
      assert.deepEqual(got, table.toDateInputs.map((input, i) => [input, table.toDate[zone]![i]]))
    })

    it('YAML timestamps become page.date as in Jekyll', () => {
      process.env.TZ = zone
      const got = table.yamlTimestamps.map((input) => {
        const stamp = parseYamlTimestamp(input)
        assert.ok(stamp, `${input} is a YAML timestamp`)
        return [input, show(parseFrontMatterDate(stamp))]
      })
      assert.deepEqual(got, table.yamlTimestamps.map((input, i) => [input, table.yaml[zone]![i]]))
    })

    it('Time#to_s, Date#to_s and the date filters match Jekyll', () => {
      process.env.TZ = zone
      const got = table.filterDays.map((day): FilterRow => {
        const d = new Date(2024, 2, day, 8, 9, 10)
        return {
          to_s: formatRubyTime(d),
          date_to_string: dateToString(d),
          date_to_string_ordinal: dateToString(d, 'ordinal'),
          date_to_string_ordinal_us: dateToString(d, 'ordinal', 'US'),
          date_to_long_string: dateToLongString(d),
          date_to_long_string_ordinal: dateToLongString(d, 'ordinal'),
          date_to_long_string_ordinal_us: dateToLongString(d, 'ordinal', 'US'),
          date_to_xmlschema: dateToXmlschema(d),
          date_to_rfc822: dateToRfc822(d),
          date_only: formatRubyDate(d)
        }
      })
      assert.deepEqual(got, table.filters[zone])
    })
  })
}

describe('invalid dates', () => {
  it('parseFrontMatterDate throws Jekyll\'s InvalidDateError message', () => {
    process.env.TZ = 'UTC'
    for (const { input, message } of table.invalidDate) {
      assert.throws(
        () => parseFrontMatterDate(input, "Document 'x.md' does not have a valid date in the front matter."),
        (error: unknown) => error instanceof InvalidDateError && error.message === message
      )
    }
  })

  it('filterTime throws the message of Jekyll\'s date filters', () => {
    process.env.TZ = 'UTC'
    for (const { input, message } of table.filterErrors) {
      assert.throws(() => filterTime(input), { name: 'InvalidDateError', message })
    }
  })

  it('parseYamlTimestamp leaves non-timestamps alone', () => {
    for (const text of ['2024-03-05', 'Mar 5, 2024', '2024-03-05 10:30', 'hello']) {
      assert.equal(parseYamlTimestamp(text), null, text)
    }
  })
})
