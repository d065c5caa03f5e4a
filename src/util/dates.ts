/**
 * Jekyll/Liquid date handling. A JS `Date` read through its local getters is
 * our model of a Ruby `Time`: the process time zone (`process.env.TZ`, set from
 * the site's `timezone:`) is Ruby's local zone.
 */
import { strftime } from './strftime.js';
import { RubyDate, RubyTime, toLocalTime } from './ruby-time.js';
import { rubyTimeParse } from './ruby-time-parse.js';

export { rubyTimeParse } from './ruby-time-parse.js';

/** Jekyll's `Errors::InvalidDateError`. */
export class InvalidDateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDateError';
  }
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/**
 * Liquid's `Utils.to_date`: a Date as is; an integer or a string of digits is
 * Unix seconds; `"now"`/`"today"` is the current time; any other string goes
 * through Ruby's `Time.parse` (no offset = local time). Null when unparseable.
 * `now` fills in what a string leaves out (e.g. the date of `"10:30"`).
 */
export function parseDate(input: unknown, now: Date = new Date()): Date | null {
  if (input instanceof Date) return isValidDate(input) ? input : null;
  if (typeof input === 'number') {
    return Number.isInteger(input) ? new Date(input * 1000) : null;
  }
  if (typeof input === 'bigint') return new Date(Number(input) * 1000);
  if (typeof input !== 'string' || input === '') return null;
  const text = input.toLowerCase();
  if (text === 'now' || text === 'today') return new Date(now.getTime());
  if (/^\d+$/.test(text)) return new Date(Number(text) * 1000);
  try {
    return rubyTimeParse(text, now);
  } catch {
    return null;
  }
}

/**
 * The Time Jekyll's date filters work on (`date_to_string`, `date_to_xmlschema`…):
 * like `parseDate`, but throws Jekyll's InvalidDateError when the input is not a date.
 */
export function filterTime(input: unknown): Date {
  const date = parseDate(input);
  if (date === null) {
    throw new InvalidDateError(`Invalid Date: '${rubyInspect(input)}' is not a valid datetime.`);
  }
  // Jekyll's `time(input)`: `date.to_time.dup.localtime`.
  return toLocalTime(date);
}

function rubyInspect(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'nil';
  return String(value);
}

/** Ruby `Time#to_s`: `2024-01-02 09:30:00 +0000` (`… UTC` for a UTC Time). */
export function formatRubyTime(d: Date): string {
  if (d instanceof RubyDate) return strftime(d, '%Y-%m-%d');
  return strftime(d, d instanceof RubyTime && d.isUtc ? '%Y-%m-%d %H:%M:%S UTC' : '%Y-%m-%d %H:%M:%S %z');
}

/** Ruby `Date#to_s`: `2024-01-02`. */
export function formatRubyDate(d: Date): string {
  return strftime(d, '%Y-%m-%d');
}

/** Jekyll's `date_to_xmlschema`: `2024-03-05T00:00:00+00:00` (local offset, never `Z`). */
export function dateToXmlschema(d: Date): string {
  return strftime(d, '%Y-%m-%dT%H:%M:%S%:z');
}

/** Jekyll's `date_to_rfc822`: `Tue, 05 Mar 2024 00:00:00 +0000`. */
export function dateToRfc822(d: Date): string {
  return strftime(d, '%a, %d %b %Y %H:%M:%S %z');
}

function ordinalSuffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  switch (day % 10) {
    case 1: return 'st';
    case 2: return 'nd';
    case 3: return 'rd';
    default: return 'th';
  }
}

function stringifyDate(d: Date, month: string, type?: string, style?: string): string {
  if (type === 'ordinal') {
    const day = d.getDate();
    const ordinal = `${day}${ordinalSuffix(day)}`;
    if (style === 'US') return strftime(d, `${month} ${ordinal}, %Y`);
    return strftime(d, `${ordinal} ${month} %Y`);
  }
  return strftime(d, `%d ${month} %Y`);
}

/** Jekyll's `date_to_string`: `05 Mar 2024`; `"ordinal"` → `5th Mar 2024`; `"ordinal","US"` → `Mar 5th, 2024`. */
export function dateToString(d: Date, type?: string, style?: string): string {
  return stringifyDate(d, '%b', type, style);
}

/** Jekyll's `date_to_long_string`: as `dateToString` with the full month name. */
export function dateToLongString(d: Date, type?: string, style?: string): string {
  return stringifyDate(d, '%B', type, style);
}

/**
 * Psych's reading of an unquoted YAML timestamp scalar (`2024-03-05 10:30:00`,
 * `…T10:30:00Z`, `… +01:00`). Note Psych's quirk: with no zone the wall-clock
 * time is taken as UTC. Null when `text` is not a YAML timestamp.
 */
export function parseYamlTimestamp(text: string): Date | null {
  if (!/^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/.test(text)) {
    return null;
  }
  const [datePart, timePart = ''] = splitOnce(text);
  const [y, m, d] = /^(-?\d{4})-(\d{1,2})-(\d{1,2})/.exec(datePart)!.slice(1).map(Number) as [number, number, number];
  const t = /(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?/.exec(timePart);
  if (t === null) return null;
  const [hh, mm, ss] = t[1]!.split(':').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 24 || mm > 59 || ss > 60) return null;
  const ms = t[2] ? Math.floor(Number(`0.${t[2]}`) * 1000 + 1e-9) : 0;
  const wall = new Date(Date.UTC(y + 400, m - 1, d, hh, mm, ss, ms));
  wall.setUTCFullYear(wall.getUTCFullYear() - 400);
  // No zone: the wall clock read as UTC, shown in the local zone. `Z`: a UTC Time. An offset: a Time
  // that keeps that offset (only `date` in front matter and Jekyll's date filters convert it).
  if (t[3] === undefined) return wall;
  if (t[3] === 'Z') return new RubyTime(wall.getTime(), 0, true);
  const tz = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(t[3]);
  if (tz === null) return null;
  const hours = Number(tz[1]);
  const minutes = Number(tz[2] ?? 0);
  const offsetSeconds = hours * 3600 + (hours < 0 ? -minutes * 60 : minutes * 60);
  return new RubyTime(wall.getTime() - offsetSeconds * 1000, offsetSeconds / 60);
}

function splitOnce(text: string): [string, string | undefined] {
  const i = text.search(/[ tT]/);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

function rubyToS(value: unknown): string {
  if (value instanceof Date) return isValidDate(value) ? formatRubyTime(value) : '';
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * Jekyll's `Utils.parse_date` for a front-matter (or `_config.yml` `time`) value:
 * `Time.parse(value.to_s).localtime`, whole seconds (Jekyll re-parses the
 * value's `to_s`, which drops fractions). Throws InvalidDateError with
 * Jekyll's message, e.g. reason = "Document 'x.md' does not have a valid date in the front matter."
 */
export function parseFrontMatterDate(value: unknown, reason = 'Input could not be parsed.'): Date {
  const text = rubyToS(value);
  let date: Date;
  try {
    // A Ruby Date's `to_s` is its day, which Time.parse reads as local midnight.
    date = value instanceof Date && isValidDate(value) && !(value instanceof RubyDate) ? value : rubyTimeParse(text);
  } catch {
    throw new InvalidDateError(`Invalid date '${text}': ${reason}`);
  }
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
