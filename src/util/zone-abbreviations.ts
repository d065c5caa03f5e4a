/**
 * Time-zone abbreviations as Ruby prints them for `%Z` (they come from the
 * tz database). `Intl` only knows letter abbreviations for North American
 * zones in the `en-US` locale and prints `GMT+9` elsewhere, so zones whose
 * tz-database abbreviation differs from what Intl prints are listed here,
 * keyed by UTC offset in minutes.
 */

type OffsetNames = Readonly<Record<number, string>>;

const GROUPS: ReadonlyArray<readonly [string, OffsetNames]> = [
  ['GMT Etc/GMT Etc/GMT0 GMT0 Greenwich', { 0: 'GMT' }],
  ['Europe/London Europe/Belfast Europe/Guernsey Europe/Isle_of_Man Europe/Jersey GB GB-Eire',
    { 0: 'GMT', 60: 'BST' }],
  ['Europe/Dublin Eire', { 0: 'GMT', 60: 'IST' }],
  ['Europe/Lisbon Portugal Atlantic/Canary Atlantic/Madeira Atlantic/Faroe Atlantic/Faeroe',
    { 0: 'WET', 60: 'WEST' }],
  ['Europe/Berlin Europe/Paris Europe/Madrid Europe/Rome Europe/Amsterdam Europe/Brussels ' +
    'Europe/Vienna Europe/Zurich Europe/Stockholm Europe/Oslo Europe/Copenhagen Europe/Prague ' +
    'Europe/Warsaw Europe/Budapest Europe/Luxembourg Europe/Monaco Europe/Malta Europe/Belgrade ' +
    'Europe/Bratislava Europe/Ljubljana Europe/Zagreb Europe/Sarajevo Europe/Skopje ' +
    'Europe/Podgorica Europe/Tirane Europe/Andorra Europe/Gibraltar Europe/Vaduz ' +
    'Europe/San_Marino Europe/Vatican Europe/Busingen Africa/Ceuta Arctic/Longyearbyen ' +
    'Africa/Algiers Africa/Tunis CET Poland', { 60: 'CET', 120: 'CEST' }],
  ['Europe/Athens Europe/Helsinki Europe/Kyiv Europe/Kiev Europe/Bucharest Europe/Sofia ' +
    'Europe/Riga Europe/Tallinn Europe/Vilnius Europe/Chisinau Europe/Mariehamn Europe/Nicosia ' +
    'Asia/Nicosia Asia/Famagusta Asia/Beirut Africa/Cairo Egypt Europe/Kaliningrad ' +
    'Africa/Tripoli Libya EET', { 120: 'EET', 180: 'EEST' }],
  ['Europe/Moscow Europe/Simferopol Europe/Kirov Europe/Volgograd W-SU', { 180: 'MSK' }],
  ['Asia/Tokyo Japan', { 540: 'JST' }],
  ['Asia/Seoul Asia/Pyongyang ROK', { 540: 'KST' }],
  ['Asia/Shanghai Asia/Chongqing Asia/Chungking Asia/Harbin Asia/Taipei Asia/Macau PRC ROC',
    { 480: 'CST' }],
  ['Asia/Hong_Kong Hongkong', { 480: 'HKT' }],
  ['Asia/Manila', { 480: 'PST' }],
  ['Asia/Kolkata Asia/Calcutta', { 330: 'IST' }],
  ['Asia/Karachi', { 300: 'PKT' }],
  ['Asia/Jakarta Asia/Pontianak', { 420: 'WIB' }],
  ['Asia/Makassar', { 480: 'WITA' }],
  ['Asia/Jayapura', { 540: 'WIT' }],
  ['Asia/Jerusalem Asia/Tel_Aviv Israel', { 120: 'IST', 180: 'IDT' }],
  ['Australia/Sydney Australia/Melbourne Australia/Hobart Australia/Canberra Australia/ACT ' +
    'Australia/NSW Australia/Victoria Australia/Tasmania Australia/Currie',
  { 600: 'AEST', 660: 'AEDT' }],
  ['Australia/Brisbane Australia/Lindeman Australia/Queensland', { 600: 'AEST' }],
  ['Australia/Adelaide Australia/Broken_Hill Australia/South Australia/Yancowinna',
    { 570: 'ACST', 630: 'ACDT' }],
  ['Australia/Darwin Australia/North', { 570: 'ACST' }],
  ['Australia/Perth Australia/West', { 480: 'AWST' }],
  ['Pacific/Auckland Antarctica/McMurdo Antarctica/South_Pole NZ', { 720: 'NZST', 780: 'NZDT' }],
  ['Pacific/Guam Pacific/Saipan', { 600: 'ChST' }],
  ['Africa/Johannesburg Africa/Maseru Africa/Mbabane', { 120: 'SAST' }],
  ['Africa/Lagos Africa/Kinshasa Africa/Luanda Africa/Douala Africa/Libreville Africa/Malabo ' +
    'Africa/Niamey Africa/Porto-Novo Africa/Bangui Africa/Brazzaville Africa/Ndjamena',
  { 60: 'WAT' }],
  ['Africa/Maputo Africa/Harare Africa/Lusaka Africa/Lubumbashi Africa/Blantyre ' +
    'Africa/Bujumbura Africa/Gaborone Africa/Kigali Africa/Windhoek Africa/Khartoum Africa/Juba',
  { 120: 'CAT' }],
  ['Africa/Nairobi Africa/Addis_Ababa Africa/Dar_es_Salaam Africa/Kampala Africa/Mogadishu ' +
    'Africa/Djibouti Africa/Asmara Africa/Asmera Indian/Antananarivo Indian/Comoro Indian/Mayotte',
  { 180: 'EAT' }],
  ['America/St_Johns Canada/Newfoundland', { [-210]: 'NST', [-150]: 'NDT' }],
  ['America/Havana Cuba', { [-300]: 'CST', [-240]: 'CDT' }],
];

let table: Map<string, OffsetNames> | undefined;

/** Ruby's abbreviation for `zone` at `offsetMinutes` east of UTC, if the table knows it. */
export function knownZoneAbbreviation(zone: string, offsetMinutes: number): string | undefined {
  if (table === undefined) {
    table = new Map();
    for (const [zones, names] of GROUPS) {
      for (const name of zones.split(' ')) table.set(name, names);
    }
  }
  return table.get(zone)?.[offsetMinutes];
}

/** The tz database's numeric abbreviation for zones without letters: `-03`, `+0530`. */
export function numericZoneAbbreviation(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = abs % 60;
  return minutes === 0 ? sign + hours : sign + hours + String(minutes).padStart(2, '0');
}
