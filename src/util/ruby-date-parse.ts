/**
 * The heuristics of Ruby's `Date._parse(str, true)` for the forms people write
 * in front matter and templates: ISO 8601, RFC 2822, `Mar 5, 2024`,
 * `5 March 2024`, `2024/03/05`, `05.03.2024`, `05-Mar-2024`, `20240305T1030`,
 * bare times (`10:30`, `3pm`) with zones. Each recognizer, in Ruby's order,
 * blanks the text it consumed before the next one runs.
 */

/** The fields `Date._parse` extracts (only those `Time.parse` uses, plus wday). */
export interface ParsedDateFields {
  year?: number;
  mon?: number;
  mday?: number;
  yday?: number;
  wday?: number;
  hour?: number;
  min?: number;
  sec?: number;
  /** fraction of a second in [0, 1) */
  secFraction?: number;
  zone?: string;
}

interface State {
  text: string;
  fields: ParsedDateFields;
  /** false when a year was written so that it must not get a century added */
  comp: boolean;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const MONTH_NAMES = MONTHS.split('|');
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ERA = '(c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))?';

const RE = {
  junk: /[^-+',./:@\p{L}\p{N}[\]]+/gu,
  day: /\b(sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*/i,
  time: new RegExp(
    '((?:\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)' +
    '(?:\\s*[ap](?:m\\b|\\.m\\.))?|\\d+\\s*[ap](?:m\\b|\\.m\\.))' +
    '(?:\\s*((?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?' +
    '|[\\p{L}.\\s]+(?:standard|daylight)\\stime\\b|\\p{L}+(?:\\sdst)?\\b))?', 'iu'),
  timeParts: /^(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?/i,
  eu: new RegExp(`('?\\d+)[^-\\d\\s']*\\s*(${MONTHS})[^-\\d\\s']*` +
    `(?:\\s*${ERA}\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?`, 'i'),
  us: new RegExp(`\\b(${MONTHS})[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*` +
    `(?:\\s*,?\\s*${ERA}\\s*('?-?\\d+))?`, 'i'),
  iso: /('?[-+]?\d+)-(\d+)-('?-?\d+)/,
  vms1: new RegExp(`('?-?\\d+)-(${MONTHS})[^-/.]*-('?-?\\d+)`, 'i'),
  vms2: new RegExp(`\\b(${MONTHS})[^-/.]*-('?-?\\d+)(?:-('?-?\\d+))?`, 'i'),
  sla: /('?-?\d+)\/\s*('?\d+)(?:\D\s*('?-?\d+))?/,
  dot: /('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/,
  isoWeek: /\b(\d{2}|\d{4})?-?w(\d{2})(?:-?(\d))?\b/i,
  isoWeekDay: /-w-(\d)\b/i,
  isoMonthDay: /--(\d{2})?-(\d{2})\b/,
  isoMonthDay2: /--(\d{2})(\d{2})?\b/,
  isoOrdinalGuard: /[,.](\d{2}|\d{4})-\d{3}\b/,
  isoOrdinal: /\b(\d{2}|\d{4})-(\d{3})\b/,
  isoYdayGuard: /\d-\d{3}\b/,
  isoYday: /\b-(\d{3})\b/,
  year: /'(\d+)\b/,
  mon: new RegExp(`\\b(${MONTHS})\\S*`, 'i'),
  mday: /(\d+)(st|nd|rd|th)\b/i,
  ddd: /([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?/i,
  frag: /^\s*(\d{1,2})\s*$/,
};

/** Runs `re` on the state text; on a match blanks it (one space) and hands the groups over. */
function sub(st: State, re: RegExp, cb: (m: RegExpExecArray) => boolean | void): boolean {
  const m = re.exec(st.text);
  if (m === null) return false;
  st.text = st.text.slice(0, m.index) + ' ' + st.text.slice(m.index + m[0].length);
  return cb(m) !== false;
}

function digitsOf(s: string): string {
  return /\d+/.exec(s)?.[0] ?? '';
}

/** Ruby's `s3e`: decide which of three numbers is the year, month and day. */
function s3e(st: State, yIn?: string, mIn?: string, dIn?: string, bc = false): void {
  let y = yIn, m = mIn, d = dIn;
  if (y !== undefined && m !== undefined && d === undefined) [y, m, d] = [d, y, m];
  if (y === undefined) {
    if (d !== undefined && d.length > 2) [y, d] = [d, undefined];
    if (d !== undefined && d.startsWith("'")) [y, d] = [d, undefined];
  }
  if (y !== undefined) {
    const lead = /^[^-+\d]*([-+]?\d*)(.*)$/.exec(y)!;
    if (lead[1] !== '' && lead[2] !== '') [y, d] = [d, y.slice(y.length - lead[1]!.length - lead[2]!.length)];
  }
  if (m !== undefined && (m.startsWith("'") || m.length > 2)) [y, m, d] = [m, d, y];
  if (d !== undefined && (d.startsWith("'") || d.length > 2)) [y, d] = [d, y];
  if (y !== undefined) {
    const ym = /^[^-+'\d]*(')?([-+])?(\d+)/.exec(y);
    if (ym !== null) {
      if (ym[2] !== undefined || ym[3]!.length > 2) st.comp = false;
      let year = Number(ym[3]) * (ym[2] === '-' ? -1 : 1);
      if (bc) year = -year + 1;
      st.fields.year = year;
    }
  }
  if (m !== undefined) {
    const digits = digitsOf(m);
    if (digits !== '') st.fields.mon = Number(digits);
  }
  if (d !== undefined) {
    const digits = digitsOf(d);
    if (digits !== '') st.fields.mday = Number(digits);
  }
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isBc(era: string | undefined): boolean {
  return era !== undefined && era[0]!.toLowerCase() === 'b';
}

function parseTimeText(st: State, timeText: string, zone: string | undefined): void {
  const f = st.fields;
  if (zone !== undefined) f.zone = zone;
  const m = RE.timeParts.exec(timeText);
  if (m === null) return;
  let hour = Number(m[1]);
  if (m[5] !== undefined) {
    hour %= 12;
    if (m[5].toLowerCase() === 'p') hour += 12;
  }
  f.hour = hour;
  if (m[2] !== undefined) f.min = Number(m[2]);
  if (m[3] !== undefined) f.sec = Number(m[3]);
  if (m[4] !== undefined) f.secFraction = Number('0.' + m[4]);
}

/** Digit-run dates and times: `20240305`, `20240305T103000Z`, `240305`, `2024065`. */
function parseDdd(st: State, m: RegExpExecArray): void {
  const f = st.fields;
  const [, sign, s2, s3, s4, s5] = m as unknown as (string | undefined)[];
  const n = s2!;
  const timeOnly = s3 === undefined && s4 !== undefined;
  const num = (from: number, to?: number) => Number(n.slice(from, to));
  const setYear = (digits: string) => {
    f.year = Number(digits) * (sign === '-' ? -1 : 1);
    if (sign !== '' || digits.length > 2) st.comp = false;
  };
  switch (n.length) {
    case 2: if (timeOnly) f.sec = num(0); else f.mday = num(0); break;
    case 4: if (timeOnly) { f.sec = num(2); f.min = num(0, 2); } else { f.mon = num(0, 2); f.mday = num(2); } break;
    case 6:
      if (timeOnly) { f.sec = num(4); f.min = num(2, 4); f.hour = num(0, 2); } else {
        setYear(n.slice(0, 2)); f.mon = num(2, 4); f.mday = num(4);
      }
      break;
    case 8: case 10: case 12: case 14:
      if (timeOnly) {
        f.sec = num(n.length - 2); f.min = num(n.length - 4, n.length - 2);
        f.hour = num(n.length - 6, n.length - 4); f.mday = num(n.length - 8, n.length - 6);
        if (n.length >= 10) f.mon = num(n.length - 10, n.length - 8);
        if (n.length >= 12) setYear(n.slice(0, n.length - 10));
      } else {
        setYear(n.slice(0, 4)); f.mon = num(4, 6); f.mday = num(6, 8);
        if (n.length >= 10) f.hour = num(8, 10);
        if (n.length >= 12) f.min = num(10, 12);
        if (n.length >= 14) f.sec = num(12, 14);
        st.comp = false;
      }
      break;
    case 3: if (timeOnly) { f.sec = num(1); f.min = num(0, 1); } else f.yday = num(0); break;
    case 5:
      if (timeOnly) { f.sec = num(3); f.min = num(1, 3); f.hour = num(0, 1); } else {
        setYear(n.slice(0, 2)); f.yday = num(2);
      }
      break;
    case 7:
      if (timeOnly) { f.sec = num(5); f.min = num(3, 5); f.hour = num(1, 3); f.mday = num(0, 1); } else {
        setYear(n.slice(0, 4)); f.yday = num(4);
      }
      break;
    default: break;
  }
  if (s3 !== undefined && s3 !== '') {
    f.hour = Number(s3.slice(0, 2));
    if (s3.length >= 4) f.min = Number(s3.slice(2, 4));
    if (s3.length >= 6) f.sec = Number(s3.slice(4, 6));
  }
  if (s4 !== undefined && s4 !== '') f.secFraction = Number('0.' + s4);
  if (s5 !== undefined) f.zone = s5.startsWith('[') ? s5.slice(1, -1).replace(/^[-+]?\d+(?:[.,]\d+)?:/, '') : s5;
}

/** The date recognizers tried in Ruby's order; the first that matches wins. */
const DATE_PARSERS: ReadonlyArray<(st: State) => boolean> = [
  (st) => sub(st, RE.eu, (m) => s3e(st, m[4], String(monthNumber(m[2]!)), m[1], isBc(m[3]))),
  (st) => sub(st, RE.us, (m) => s3e(st, m[4], String(monthNumber(m[1]!)), m[2], isBc(m[3]))),
  (st) => sub(st, RE.iso, (m) => s3e(st, m[1], m[2], m[3])),
  (st) => sub(st, RE.vms1, (m) => s3e(st, m[3], String(monthNumber(m[2]!)), m[1])) ||
    sub(st, RE.vms2, (m) => s3e(st, m[3], String(monthNumber(m[1]!)), m[2])),
  (st) => sub(st, RE.sla, (m) => s3e(st, m[1], m[2], m[3])),
  (st) => sub(st, RE.dot, (m) => s3e(st, m[1], m[2], m[3])),
  (st) => sub(st, RE.isoWeek, () => undefined) || sub(st, RE.isoWeekDay, () => undefined) ||
    sub(st, RE.isoMonthDay, (m) => {
      if (m[1] !== undefined) st.fields.mon = Number(m[1]);
      st.fields.mday = Number(m[2]);
    }) ||
    sub(st, RE.isoMonthDay2, (m) => {
      st.fields.mon = Number(m[1]);
      if (m[2] !== undefined) st.fields.mday = Number(m[2]);
    }) ||
    (!RE.isoOrdinalGuard.test(st.text) && sub(st, RE.isoOrdinal, (m) => {
      st.fields.year = Number(m[1]);
      st.fields.yday = Number(m[2]);
    })) ||
    (!RE.isoYdayGuard.test(st.text) && sub(st, RE.isoYday, (m) => {
      st.fields.yday = Number(m[1]);
    })),
  (st) => sub(st, RE.year, (m) => { st.fields.year = Number(m[1]); }),
  (st) => sub(st, RE.mon, (m) => { st.fields.mon = monthNumber(m[1]!); }),
  (st) => sub(st, RE.mday, (m) => { st.fields.mday = Number(m[1]); }),
  (st) => sub(st, RE.ddd, (m) => parseDdd(st, m)),
];

/** Ruby's `Date._parse(str, true)`, reduced to the fields `Time.parse` needs. */
export function rubyDateParse(input: string): ParsedDateFields {
  if (input.length > 128) throw new Error(`string length (${input.length}) exceeds the limit 128`);
  const st: State = { text: input.replace(RE.junk, ' '), fields: {}, comp: true };
  sub(st, RE.day, (m) => { st.fields.wday = DAY_NAMES.indexOf(m[1]!.toLowerCase()); });
  sub(st, RE.time, (m) => parseTimeText(st, m[1]!, m[2]));
  for (const parser of DATE_PARSERS) if (parser(st)) break;
  const f = st.fields;
  if (f.hour !== undefined && f.mday === undefined) {
    const frag = RE.frag.exec(st.text);
    if (frag !== null && Number(frag[1]) >= 1 && Number(frag[1]) <= 31) f.mday = Number(frag[1]);
  } else if (f.mday !== undefined && f.hour === undefined) {
    const frag = RE.frag.exec(st.text);
    if (frag !== null && Number(frag[1]) <= 24) f.hour = Number(frag[1]);
  }
  if (st.comp && f.year !== undefined && f.year >= 0 && f.year <= 99) {
    f.year += f.year >= 69 ? 1900 : 2000;
  }
  return f;
}
