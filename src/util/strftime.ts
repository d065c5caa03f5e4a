/**
 * Ruby's `Time#strftime` for a JS `Date` read through its local getters
 * (the process time zone, `process.env.TZ`, plays the part of Ruby's `ENV["TZ"]`).
 * English names only. Parsed formats are cached.
 */
import { fixedZoneName } from './ruby-time.js';
import { knownZoneAbbreviation, numericZoneAbbreviation } from './zone-abbreviations.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_ABBR = MONTHS.map((m) => m.slice(0, 3));
const DAYS_ABBR = DAYS.map((d) => d.slice(0, 3));

/** One `%` directive: conversion character plus Ruby's flags. */
interface Directive {
  conv: string;
  /** '' = no padding (`-`), otherwise the padding character chosen by `_`/`0`; undefined = default */
  pad: string | undefined;
  width: number;
  upper: boolean;
  swapCase: boolean;
  colons: number;
  /** composite formats (%c %D %F %T …) expanded to tokens */
  sub?: Token[];
}
type Token = string | Directive;

const COMPOSITES: Record<string, string> = {
  c: '%a %b %e %H:%M:%S %Y', D: '%m/%d/%y', x: '%m/%d/%y', F: '%Y-%m-%d',
  T: '%H:%M:%S', X: '%H:%M:%S', R: '%H:%M', r: '%I:%M:%S %p', v: '%e-%^b-%4Y',
};
const KNOWN = 'YCymBbhdejHkIlPpMSLNzZAauwGgVUWsnt%cDFvxXrRT';
const E_OK = 'cCxXyY';
const O_OK = 'deHkIlmMSuUVwWy';
const FLAGS = '-_0^#';
const CACHE_LIMIT = 2000;
const formatCache = new Map<string, Token[]>();

/** Format `date` like Ruby's `Time#strftime(format)`; throws on an unfinished directive. */
export function strftime(date: Date, format: string): string {
  let tokens = formatCache.get(format);
  if (tokens === undefined) {
    tokens = parseFormat(format);
    if (formatCache.size >= CACHE_LIMIT) formatCache.clear();
    formatCache.set(format, tokens);
  }
  if (tokens.length === 1 && typeof tokens[0] === 'string') return tokens[0];
  return render(date, tokens);
}

function render(date: Date, tokens: Token[]): string {
  let out = '';
  for (const token of tokens) out += typeof token === 'string' ? token : directive(date, token);
  return out;
}

function parseFormat(format: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      literal += format.slice(i);
      break;
    }
    literal += format.slice(i, pct);
    const d: Directive = { conv: '', pad: undefined, width: 0, upper: false, swapCase: false, colons: 0 };
    let j = pct + 1;
    let noPad = false;
    for (; j < format.length && FLAGS.includes(format[j]!); j++) {
      const f = format[j];
      if (f === '-') noPad = true;
      else if (f === '_') d.pad = ' ';
      else if (f === '0') d.pad = '0';
      else if (f === '^') d.upper = true;
      else d.swapCase = true;
    }
    let widthText = '';
    for (; j < format.length && format[j]! >= '0' && format[j]! <= '9'; j++) widthText += format[j];
    d.width = widthText === '' ? 0 : Number(widthText);
    let modifier = '';
    if (format[j] === 'E' || format[j] === 'O') modifier = format[j++]!;
    while (modifier === '' && format[j] === ':') {
      d.colons++;
      j++;
    }
    if (j >= format.length) {
      if (modifier === '') throw new Error(`invalid format: ${format}`);
      literal += format.slice(pct);
      break;
    }
    const conv = format[j]!;
    const valid = KNOWN.includes(conv) &&
      (modifier !== 'E' || E_OK.includes(conv)) && (modifier !== 'O' || O_OK.includes(conv)) &&
      (d.colons === 0 || (conv === 'z' && d.colons <= 3));
    if (!valid) {
      literal += format.slice(pct, j + 1);
      i = j + 1;
      continue;
    }
    if (noPad) d.pad = '';
    d.conv = conv;
    if (conv === '%' && d.width === 0 && !noPad) {
      literal += '%';
    } else {
      if (literal !== '') tokens.push(literal);
      literal = '';
      const composite = COMPOSITES[conv];
      if (composite !== undefined) {
        d.sub = parseFormat(composite);
        d.swapCase = false; // Ruby ignores `#` on composite directives
      }
      tokens.push(d);
    }
    i = j + 1;
  }
  if (literal !== '' || tokens.length === 0) tokens.push(literal);
  return tokens;
}

function directive(date: Date, d: Directive): string {
  switch (d.conv) {
    case 'Y': return num(d, date.getFullYear(), 4, '0');
    case 'C': return num(d, Math.floor(date.getFullYear() / 100), 2, '0');
    case 'y': return num(d, mod(date.getFullYear(), 100), 2, '0');
    case 'm': return num(d, date.getMonth() + 1, 2, '0');
    case 'B': return str(d, MONTHS[date.getMonth()]!);
    case 'b': case 'h': return str(d, MONTHS_ABBR[date.getMonth()]!);
    case 'd': return num(d, date.getDate(), 2, '0');
    case 'e': return num(d, date.getDate(), 2, ' ');
    case 'j': return num(d, dayOfYear(date), 3, '0');
    case 'H': return num(d, date.getHours(), 2, '0');
    case 'k': return num(d, date.getHours(), 2, ' ');
    case 'I': return num(d, hour12(date), 2, '0');
    case 'l': return num(d, hour12(date), 2, ' ');
    case 'P': return str(d, date.getHours() < 12 ? 'am' : 'pm');
    case 'p': return str(d, date.getHours() < 12 ? 'AM' : 'PM', true);
    case 'M': return num(d, date.getMinutes(), 2, '0');
    case 'S': return num(d, date.getSeconds(), 2, '0');
    case 'L': return fraction(date, d.width || 3);
    case 'N': return fraction(date, d.width || 9);
    case 'z': return offset(d, -date.getTimezoneOffset());
    case 'Z': return str(d, zoneAbbreviation(date), true);
    case 'A': return str(d, DAYS[date.getDay()]!);
    case 'a': return str(d, DAYS_ABBR[date.getDay()]!);
    case 'u': return num(d, date.getDay() || 7, 1, '0');
    case 'w': return num(d, date.getDay(), 1, '0');
    case 'G': return num(d, isoWeek(date).year, 4, '0');
    case 'g': return num(d, mod(isoWeek(date).year, 100), 2, '0');
    case 'V': return num(d, isoWeek(date).week, 2, '0');
    case 'U': return num(d, Math.floor((dayOfYear(date) + 6 - date.getDay()) / 7), 2, '0');
    case 'W': return num(d, Math.floor((dayOfYear(date) + 6 - ((date.getDay() + 6) % 7)) / 7), 2, '0');
    case 's': return num(d, Math.floor(date.getTime() / 1000), 1, '0');
    case 'n': return str(d, '\n');
    case 't': return str(d, '\t');
    case '%': return str(d, '%');
    default: return str(d, render(date, d.sub!), false, ' ');
  }
}

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

function hour12(date: Date): number {
  return date.getHours() % 12 || 12;
}

/** 1-based day of the year in local time. */
function dayOfYear(date: Date): number {
  const y = date.getFullYear();
  const m = date.getMonth();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return CUMULATIVE_DAYS[m]! + (leap && m > 1 ? 1 : 0) + date.getDate();
}
const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** ISO 8601 week-based year and week number of the local calendar date. */
function isoWeek(date: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(2000, date.getMonth(), date.getDate()));
  day.setUTCFullYear(date.getFullYear());
  const weekday = date.getDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(year);
  return { year, week: Math.floor((day.getTime() - jan1.getTime()) / 86400000 / 7) + 1 };
}

/** Sub-second digits (`%L`, `%N`): width is the number of digits, not padding. */
function fraction(date: Date, digits: number): string {
  const ms = String(date.getMilliseconds()).padStart(3, '0');
  return digits <= 3 ? ms.slice(0, digits) : ms + '0'.repeat(digits - 3);
}

function num(d: Directive, value: number, width: number, defaultPad: string): string {
  const pad = d.pad ?? defaultPad;
  if (pad === '') return String(value);
  const w = d.width || width;
  const negative = value < 0;
  const digits = String(Math.abs(value));
  if (pad === '0') return (negative ? '-' : '') + digits.padStart(negative ? w - 1 : w, '0');
  return ((negative ? '-' : '') + digits).padStart(w, ' ');
}

function str(d: Directive, value: string, swapToLower = false, defaultPad = ' '): string {
  let s = value;
  if (d.swapCase) s = swapToLower ? s.toLowerCase() : s.toUpperCase();
  else if (d.upper) s = s.toUpperCase();
  const pad = d.pad ?? defaultPad;
  return pad === '' || d.width <= s.length ? s : s.padStart(d.width, pad);
}

/** `%z`, `%:z`, `%::z`, `%:::z`; the `-` flag keeps zero padding, as in Ruby. */
function offset(d: Directive, minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  const hours = Math.floor(abs / 60);
  const mm = String(abs % 60).padStart(2, '0');
  if (d.colons === 3) {
    return sign + String(hours).padStart(2, '0') + (mm === '00' ? '' : ':' + mm);
  }
  const rest = d.colons === 0 ? mm : d.colons === 1 ? ':' + mm : ':' + mm + ':00';
  const fieldWidth = Math.max(d.width, [5, 6, 9][d.colons]!) - rest.length;
  if (d.pad === ' ') return (sign + hours).padStart(fieldWidth, ' ') + rest;
  return sign + String(hours).padStart(fieldWidth - 1, '0') + rest;
}

interface ZoneInfo {
  /** zone names to look up in the abbreviation table (TZ as given, then as Intl resolves it) */
  names: string[];
  /** letter abbreviations Intl knows for this zone, by offset (minutes east), from reference dates */
  intlByOffset: Map<number, string>;
  intl: Intl.DateTimeFormat | undefined;
}
const zoneInfoCache = new Map<string, ZoneInfo>();

function intlLetters(intl: Intl.DateTimeFormat, date: Date): string | undefined {
  const part = intl.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
  if (part === undefined || !/^[A-Za-z]+$/.test(part)) return undefined;
  return part === 'GMT' && date.getTimezoneOffset() !== 0 ? undefined : part;
}

function zoneInfo(tz: string | undefined): ZoneInfo {
  const key = tz ?? '';
  let info = zoneInfoCache.get(key);
  if (info === undefined) {
    let intl: Intl.DateTimeFormat | undefined;
    const names = tz ? [tz] : [];
    const intlByOffset = new Map<number, string>();
    try {
      intl = new Intl.DateTimeFormat('en-US', { timeZone: tz || undefined, timeZoneName: 'short' });
      names.push(intl.resolvedOptions().timeZone);
      const year = new Date().getFullYear();
      for (const month of [0, 6]) {
        const ref = new Date(year, month, 15, 12);
        const letters = intlLetters(intl, ref);
        if (letters !== undefined) intlByOffset.set(-ref.getTimezoneOffset(), letters);
      }
    } catch {
      intl = undefined;
    }
    info = { names, intlByOffset, intl };
    zoneInfoCache.set(key, info);
  }
  return info;
}

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Universal', 'Etc/Universal',
  'Zulu', 'Etc/Zulu']);

/** The zone abbreviation Ruby's `%Z` prints for `date` in the process time zone. */
export function zoneAbbreviation(date: Date): string {
  const fixed = fixedZoneName(date);
  if (fixed !== undefined) return fixed;
  const minutesEast = -date.getTimezoneOffset();
  const info = zoneInfo(process.env.TZ);
  for (const name of info.names) {
    if (minutesEast === 0 && UTC_NAMES.has(name)) return 'UTC';
    const known = knownZoneAbbreviation(name, minutesEast);
    if (known !== undefined) return known;
  }
  const byOffset = info.intlByOffset.get(minutesEast);
  if (byOffset !== undefined) return byOffset;
  const letters = info.intl === undefined ? undefined : intlLetters(info.intl, date);
  return letters ?? numericZoneAbbreviation(minutesEast);
}
