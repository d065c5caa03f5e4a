/**
 * strftime against Ruby's Time#strftime, recorded by test/compat/record-dates.rb into
 * test/compat/strftime.json: every format × instant (DST edges, week-number edges,
 * negative epoch, fractions) × zone, plus Ruby's %Z abbreviations for many zones.
 */
import { strict as assert } from 'node:assert'
import { readFileSync } from 'node:fs'
import { after, describe, it } from 'node:test'
import { strftime } from '../../src/util/strftime.js'

type Output = string | { error: string }
const table = JSON.parse(readFileSync(new URL('../compat/strftime.json', import.meta.url), 'utf8')) as {
  zones: string[]
  instants: string[]
  formats: string[]
  results: Record<string, Output[][]>
  zoneNames: Record<string, [string, string]>
}

const originalTz = process.env.TZ
after(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

function run (date: Date, format: string): Output {
  try {
    return strftime(date, format)
  } catch (error) {
    return { error: (error as Error).message }
  }
}

describe('strftime matches Ruby Time#strftime', () => {
  for (const zone of table.zones) {
    table.instants.forEach((iso, i) => {
      it(`${zone} ${iso}`, () => {
        process.env.TZ = zone
        const date = new Date(iso)
        const got = table.formats.map((format) => [format, run(date, format)])
        const expected = table.formats.map((format, k) => [format, table.results[zone]![i]![k]])
        assert.deepEqual(got, expected)
      })
    })
  }
})

describe('%Z prints the zone abbreviation Ruby prints', () => {
  for (const [zone, [january, july]] of Object.entries(table.zoneNames)) {
    it(zone, () => {
      process.env.TZ = zone
      assert.deepEqual(
        [strftime(new Date(2024, 0, 15, 12), '%Z %z'), strftime(new Date(2024, 6, 15, 12), '%Z %z')],
        [january, july]
      )
    })
  }
})

describe('strftime details', () => {
  it('follows process.env.TZ changes at run time', () => {
    const date = new Date('2024-03-05T00:00:00Z')
    process.env.TZ = 'Asia/Tokyo'
    assert.equal(strftime(date, '%H:%M %Z'), '09:00 JST')
    process.env.TZ = 'America/New_York'
    assert.equal(strftime(date, '%H:%M %Z'), '19:00 EST')
  })

  it('gives the same answer from the format cache as on first use', () => {
    process.env.TZ = 'UTC'
    const date = new Date('2024-03-05T07:08:09Z')
    const first = strftime(date, '%-d/%-m %I%P')
    assert.equal(first, '5/3 07am')
    assert.equal(strftime(date, '%-d/%-m %I%P'), first)
  })

  it('throws Ruby\'s error for a directive cut off by the end of the format', () => {
    process.env.TZ = 'UTC'
    assert.throws(() => strftime(new Date(0), 'at %-'), { message: 'invalid format: at %-' })
  })
})
