/**
 * Ruby's `Time.parse(str, now)`: the fields from `Date._parse` become an instant.
 * Missing leading fields come from `now`, missing trailing ones are the minimum;
 * a zone is honoured only when Ruby's `Time.zone_offset` knows it (numeric
 * offsets, UTC/Z/GMT/UT, the US RFC 822 names, military letters, and the
 * process zone's own abbreviations), otherwise the wall-clock time is local.
 */
import { RubyTime } from './ruby-time.js';
import { rubyDateParse } from './ruby-date-parse.js';
import { zoneAbbreviation } from './strftime.js';

const RFC822_ZONES: Readonly<Record<string, number>> = {
  UTC: 0, Z: 0, UT: 0, GMT: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, K: 10, L: 11, M: 12,
  N: -1, O: -2, P: -3, Q: -4, R: -5, S: -6, T: -7, U: -8, V: -9, W: -10, X: -11, Y: -12,
};

/** Ruby's `Time.zone_offset`: seconds east of UTC, or undefined when the zone is unknown. */
export function rubyZoneOffset(zone: string, year: number): number | undefined {
  const z = zone.toUpperCase();
  const full = /^([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(z);
  if (full !== null) {
    const seconds = (Number(full[2]) * 60 + Number(full[4])) * 60 + Number(full[5] ?? 0);
    return full[1] === '-' ? -seconds : seconds;
  }
  if (/^[+-]\d\d$/.test(z)) return Number(z) * 3600;
  const rfc = RFC822_ZONES[z];
  if (rfc !== undefined) return rfc * 3600;
  for (const month of [0, 6]) {
    const probe = localDate(year, month + 1, 1, 0, 0, 0, 0);
    if (zoneAbbreviation(probe).toUpperCase() === z) return -probe.getTimezoneOffset() * 60;
  }
  return undefined;
}

/** `new Date(y, m - 1, …)` that also works for years 0–99. */
function localDate(y: number, mon: number, d: number, h: number, mi: number, s: number, ms: number): Date {
  if (y >= 100) return new Date(y, mon - 1, d, h, mi, s, ms);
  // Years 0-99: build 400 years later (same calendar cycle) and move back.
  const date = new Date(y + 400, mon - 1, d, h, mi, s, ms);
  date.setFullYear(date.getFullYear() - 400);
  return date;
}

function utcMs(y: number, mon: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (y >= 100) return Date.UTC(y, mon - 1, d, h, mi, s, ms);
  const date = new Date(Date.UTC(y + 400, mon - 1, d, h, mi, s, ms));
  date.setUTCFullYear(date.getUTCFullYear() - 400);
  return date.getTime();
}

/**
 * Ruby's `Time.local`: like `new Date(…)` (skipped wall-clock times move
 * forward), but a repeated wall-clock time at a DST fall-back resolves to the
 * later instant (standard time), as Ruby does.
 */
function rubyLocal(y: number, mon: number, d: number, h: number, mi: number, s: number, ms: number): Date {
  const date = localDate(y, mon, d, h, mi, s, ms);
  for (const minutes of [120, 60, 30]) {
    const later = new Date(date.getTime() + minutes * 60000);
    if (later.getHours() === date.getHours() && later.getMinutes() === date.getMinutes() &&
      later.getDate() === date.getDate() && later.getTimezoneOffset() !== date.getTimezoneOffset()) {
      return later;
    }
  }
  return date;
}

/** Ruby's `Time.utc`/`Time.local` argument checks (values wider than the field's bits fail first). */
function checkRanges(mon: number, day: number, hour: number, min: number, sec: number): void {
  if (mon >= 16 || day >= 32 || hour >= 32 || min >= 64 || sec >= 64) {
    throw new Error('argument out of range');
  }
  if (mon < 1 || mon > 12) throw new Error('mon out of range');
  if (day < 1) throw new Error('mday out of range');
  if (hour > 24) throw new Error('hour out of range');
  if (min > 59 || (hour === 24 && min > 0)) throw new Error('min out of range');
  if (sec > 60 || (hour === 24 && sec > 0)) throw new Error('sec out of range');
}

/** Ruby's `Time.parse(input, now)`; throws an Error with Ruby's message when Ruby raises. */
export function rubyTimeParse(input: string, now: Date = new Date()): Date {
  const f = rubyDateParse(input);
  let { year, mon, mday: day, hour, min, sec } = f;
  if (year === undefined && f.yday === undefined && mon === undefined && day === undefined &&
    hour === undefined && min === undefined && sec === undefined && f.secFraction === undefined) {
    throw new Error(`no time information in ${JSON.stringify(input)}`);
  }
  const offYear = year ?? now.getFullYear();
  let off = f.zone === undefined ? undefined : rubyZoneOffset(f.zone, offYear);

  // `now` as seen at the parsed offset (or locally) supplies the missing leading fields.
  const nowView = off === undefined ? now : new Date(now.getTime() + off * 1000);
  const get = off === undefined
    ? { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate(), h: now.getHours(), mi: now.getMinutes(), s: now.getSeconds() }
    : { y: nowView.getUTCFullYear(), m: nowView.getUTCMonth() + 1, d: nowView.getUTCDate(), h: nowView.getUTCHours(), mi: nowView.getUTCMinutes(), s: nowView.getUTCSeconds() };
  let ms = f.secFraction === undefined ? undefined : Math.floor(f.secFraction * 1000 + 1e-9);

  if (f.yday !== undefined) {
    if (f.yday < 1 || f.yday > 366) throw new Error(`yday ${f.yday} out of range`);
    const y = year ?? get.y;
    const jan1 = new Date(utcMs(y, 1, 1, 0, 0, 0, 0) + (f.yday - 1) * 86400000);
    if (jan1.getUTCFullYear() !== y) throw new Error(`yday ${f.yday} out of range`);
    year = y;
    mon = jan1.getUTCMonth() + 1;
    day = jan1.getUTCDate();
  }

  fill: {
    if (year !== undefined) break fill;
    year = get.y;
    if (mon !== undefined) break fill;
    mon = get.m;
    if (day !== undefined) break fill;
    day = get.d;
    if (hour !== undefined) break fill;
    hour = get.h;
    if (min !== undefined) break fill;
    min = get.mi;
    if (sec !== undefined) break fill;
    sec = get.s;
    if (ms !== undefined) break fill;
    ms = now.getMilliseconds();
  }
  mon ??= 1;
  day ??= 1;
  hour ??= 0;
  min ??= 0;
  sec ??= 0;
  ms ??= 0;
  if (year !== offYear && f.zone !== undefined) off = rubyZoneOffset(f.zone, year);
  checkRanges(mon, day, hour, min, sec);
  if (off !== undefined) return forceZone(new Date(utcMs(year, mon, day, hour, min, sec, ms) - off * 1000), f.zone as string, off);
  return rubyLocal(year, mon, day, hour, min, sec, ms);
}

/**
 * Ruby's `Time.force_zone!`: `-00:00`, `UTC`, `Z`, `UT` give a UTC Time; another known zone gives a local time
 * when the local zone has that offset at that instant, else a Time fixed at the offset.
 */
function forceZone(instant: Date, zone: string, offsetSeconds: number): Date {
  if (/^(?:-00:00|-0000|-00|UTC|Z|UT)$/i.test(zone)) return new RubyTime(instant.getTime(), 0, true);
  if (-instant.getTimezoneOffset() * 60 === offsetSeconds) return instant;
  return new RubyTime(instant.getTime(), offsetSeconds / 60);
}
