/**
 * Ruby Time and Date values that are not plain local times, as Psych reads them from YAML:
 * a timestamp with an explicit offset keeps it (`2023-04-05 06:07:08 +0200` prints `+0200`), one with
 * `Z` is a UTC Time (prints `UTC`), and a date alone is a Date (prints `2023-04-05`, has no zone).
 * They are Dates whose local getters read their own wall clock, so strftime and Ruby's `to_s` print
 * them as Ruby does. `new Date(time)` gives the same instant in the local zone (Ruby's `localtime`).
 */
export class RubyTime extends Date {
  constructor(
    epochMs: number,
    /** Minutes east of UTC. */
    readonly utcOffsetMinutes: number,
    /** True for a UTC Time (`Z`): `to_s` ends in `UTC` and `%Z` is `UTC`. */
    readonly isUtc = false,
  ) {
    super(epochMs)
  }

  private wall(): Date {
    return new Date(this.getTime() + this.utcOffsetMinutes * 60_000)
  }

  override getFullYear(): number { return this.wall().getUTCFullYear() }
  override getMonth(): number { return this.wall().getUTCMonth() }
  override getDate(): number { return this.wall().getUTCDate() }
  override getDay(): number { return this.wall().getUTCDay() }
  override getHours(): number { return this.wall().getUTCHours() }
  override getMinutes(): number { return this.wall().getUTCMinutes() }
  override getSeconds(): number { return this.wall().getUTCSeconds() }
  override getMilliseconds(): number { return this.wall().getUTCMilliseconds() }
  override getTimezoneOffset(): number { return -this.utcOffsetMinutes }

  /** Ruby's `Time#to_s`. */
  override toString(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, '0')
    const day = `${p(this.getFullYear(), 4)}-${p(this.getMonth() + 1)}-${p(this.getDate())}`
    const off = this.utcOffsetMinutes
    const zone = this.isUtc ? 'UTC' : `${off < 0 ? '-' : '+'}${p(Math.floor(Math.abs(off) / 60))}${p(Math.abs(off) % 60)}`
    return `${day} ${p(this.getHours())}:${p(this.getMinutes())}:${p(this.getSeconds())} ${zone}`
  }
}

/** A Ruby Date (a calendar day, no time and no zone): midnight UTC of that day, printed `YYYY-MM-DD`. */
export class RubyDate extends RubyTime {
  constructor(year: number, monthIndex: number, day: number) {
    const ms = new Date(Date.UTC(2000, monthIndex, day)).setUTCFullYear(year)
    super(ms, 0, false)
  }

  /** Ruby's `Date#to_s`. */
  override toString(): string {
    return super.toString().slice(0, 10)
  }

  /** Ruby's `Date#to_time`: local midnight of the day. */
  toLocalTime(): Date {
    const d = new Date(2000, this.getMonth(), this.getDate())
    d.setFullYear(this.getFullYear())
    return d
  }
}

/** Ruby's `%Z` for these values: `UTC` for a UTC Time, nothing for a fixed offset, `+00:00` for a Date; else undefined. */
export function fixedZoneName(date: Date): string | undefined {
  if (date instanceof RubyDate) return '+00:00'
  if (!(date instanceof RubyTime)) return undefined
  return date.isUtc ? 'UTC' : ''
}

/** `localtime`: the same instant as a plain local Date (a Date becomes local midnight of its day). */
export function toLocalTime(date: Date): Date {
  if (date instanceof RubyDate) return date.toLocalTime()
  return date instanceof RubyTime ? new Date(date.getTime()) : date
}
