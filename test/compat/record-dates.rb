# frozen_string_literal: true
#
# Records Ruby's Time#strftime, Time.parse and Jekyll date-filter behaviour
# as JSON tables for test/unit/strftime.test.ts and test/unit/dates.test.ts.
#
#   ruby test/compat/record-dates.rb
#
# Writes test/compat/strftime.json and test/compat/dates.json next to this file.
# Time zones are switched by assigning ENV["TZ"] (Ruby re-reads it, exactly as
# Jekyll does for the `timezone:` setting).
require "json"
require "time"
require "yaml"
require "date"
require "liquid"
require "jekyll"

OUT_DIR = __dir__
ZONES = %w(UTC America/New_York Asia/Tokyo).freeze

# Instants as [UTC ISO string, milliseconds]: week-number edges, DST edges in
# New York (spring forward 2024-03-10 07:00Z, fall back 2024-11-03 06:00Z),
# a leap day of year, a negative epoch and sub-second values.
INSTANTS = [
  "2024-03-05T00:00:00.000Z",
  "2024-01-01T09:05:03.007Z",
  "2021-01-03T23:59:59.999Z",
  "2024-03-10T06:59:59.000Z",
  "2024-03-10T07:30:00.000Z",
  "2024-11-03T05:30:00.000Z",
  "2024-11-03T06:30:00.000Z",
  "2000-12-31T12:00:00.000Z",
  "1999-07-04T15:45:30.250Z",
  "1969-12-31T23:59:59.500Z",
  "2026-12-31T14:07:08.100Z",
].freeze

FORMATS = [
  "%Y", "%C", "%y", "%m", "%B", "%b", "%h", "%d", "%e", "%j", "%H", "%k", "%I", "%l",
  "%P", "%p", "%M", "%S", "%L", "%N", "%3N", "%6N", "%9N", "%12N", "%1N", "%z", "%:z",
  "%::z", "%Z", "%A", "%a", "%u", "%w", "%G", "%g", "%V", "%U", "%W", "%s", "%n", "%t",
  "%%", "%c", "%D", "%F", "%v", "%x", "%X", "%r", "%R", "%T", "%+",
  "%-d", "%-m", "%_m", "%^b", "%^B", "%10A", "%-10A", "%-I", "%-l", "%_H", "%0e", "%-e",
  "%-y", "%^a", "%#b", "%#B", "%#p", "%#P", "%^p", "%-H", "%-j", "%_j", "%05d", "%_5d",
  "%-M", "%-S", "%3S", "%10z", "%_10z", "%-z", "%-:z", "%_z", "%#Z", "%^Z", "%_5Y", "%-Y",
  "%010s", "%_12s", "%-L", "%5L", "%#A", "%^#B", "%020c", "%^c", "%-5d", "%-_d", "%_-d",
  "%Ey", "%Od", "%EY", "%Q", "%q", "%5", "100%", "%", "% Y", "%-%", "%10%", "%^x", "%#x",
  "%-G", "%08F", "%12T", "%-V", "%-U", "%_W", "%10s", "%^v", "%#r", "%10P", "%_3I",
  "%b %-d, %Y", "%Y-%m-%dT%H:%M:%S%:z", "%A, %B %e, %Y at %l:%M %P",
  "%a, %d %b %Y %H:%M:%S %z", "%-d/%-m/%y", "Week %V of %G", "%FT%T.%L%z",
  "%Y/%m/%d %I:%M:%S %p %Z", "plain text", "",
].freeze

# Zones used only to record Ruby's zone abbreviations (%Z) in January/July.
ABBREV_ZONES = %w(
  UTC Etc/UTC GMT America/New_York America/Chicago America/Denver America/Phoenix
  America/Los_Angeles America/Anchorage Pacific/Honolulu America/Halifax America/St_Johns
  America/Toronto America/Vancouver America/Mexico_City America/Sao_Paulo
  America/Argentina/Buenos_Aires America/Bogota America/Lima America/Santiago
  Europe/London Europe/Dublin Europe/Lisbon Europe/Berlin Europe/Paris Europe/Madrid
  Europe/Rome Europe/Amsterdam Europe/Brussels Europe/Vienna Europe/Zurich
  Europe/Stockholm Europe/Oslo Europe/Copenhagen Europe/Prague Europe/Warsaw
  Europe/Budapest Europe/Athens Europe/Helsinki Europe/Kyiv Europe/Kiev Europe/Bucharest
  Europe/Istanbul Europe/Moscow Asia/Tokyo Asia/Seoul Asia/Shanghai Asia/Hong_Kong
  Asia/Taipei Asia/Singapore Asia/Kolkata Asia/Calcutta Asia/Karachi Asia/Dubai
  Asia/Jakarta Asia/Manila Asia/Bangkok Asia/Jerusalem Asia/Tehran
  Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Adelaide
  Australia/Darwin Australia/Perth Pacific/Auckland Africa/Johannesburg Africa/Lagos
  Africa/Nairobi Africa/Cairo Atlantic/Reykjavik
).freeze

# Inputs for Time.parse(x, now).localtime; `now` is fixed per zone.
PARSE_INPUTS = [
  "2024-03-05", "2024-03-05 10:30:00", "2024-03-05 10:30:00 +0100",
  "2024-03-05T10:30:00Z", "2024-03-05T10:30:00.123+01:00", "Mar 5, 2024", "5 March 2024",
  "Tue, 05 Mar 2024 00:00:00 +0000", "2024/03/05", "10:30", "March 2024", "Mar 5",
  "2024-03-05 10:30", "2024-03-05 10:30:00 -05:00", "2024-03-05 10:30:00 EST",
  "2024-03-05 10:30:00 PDT", "2024-03-05 10:30:00 UTC", "2024-03-05 10:30:00 GMT",
  "2024-03-05 10:30:00 JST", "2024-03-05 10:30:00 CET", "2024-03-10 02:30:00",
  "2024-11-03 01:30:00", "2024-03-05 10:30 pm", "10:30pm", "3pm", "12am", "12:15 PM",
  "20240305", "20240305T103000", "2024-03-05T10:30:00+0900", "2024-03-05T10:30:00+09",
  "Tuesday, March 5, 2024", "March 5th, 2024", "5th March 2024", "2024-3-5",
  "03/05/2024", "2024.03.05", "Mar 5 2024 10:30", "Tue Mar 05 10:30:00 UTC 2024",
  "2024-03-05 10:30:00.5", "2024-02-30", "2024-02-31 12:00", "2024-03-05 24:00:00",
  "1 Jan 2000 00:00 +0000", "Jan 1 1970", "Sat, 15 Jun 2024 08:00:00 GMT",
  "2024-06-15T08:00:00-07:00", "05-Mar-2024", "December 25, 2023 18:00",
  "2024-03-05T10:30:00.123456Z", "2024-03-05 10:30:00 Z", "Tue, 5 Mar 2024 10:30:00 EDT",
  "24-03-05", "2024-12-31T23:59:59-12:00",
  # Less common forms: two-digit years, ordinal days, ISO week/ordinal dates, odd zones.
  "5 Mar '24", "Mar 5 24", "24/3/5", "3/5", "5th Mar 24", "Mar 2024 5", "2024-065", "2024065",
  "240305", "103000.5", "10:30 5", "5 10:30", "2024-03-05T10", "5th", "1st of March",
  "2024-03-05 10:30 GMT+9", "12h30", "T10:30", "10:30 A", "0099-01-01", "2024-W10-2",
  "2024-03-05T10:30:00+05:30", "2024-03-05T10:30:00.5-0800", "Thu, 01 Jan 1970 00:00:00 GMT",
  "Monday, 4 March 2024 09:00", "4 Mar 2024 9:00 am", "9am 4 March 2024",
  "March 4 2024 at 9:00 PM", "2024-03-04 21:00:00 UTC", "2024-03-04 21:00:00 utc",
  "2024-03-04 21:00:00 +00:00", "2024-03-04T21:00:00.000000Z", "2024-03-04 9:00",
  "2024-03-04 09:00:00 -0000", "04/03/2024 10:00", "2024-3-4 9:5:3", "2024/3/4 09:05",
  "Sun Mar 10 02:30:00 2024", "2024-03-10T02:30:00", "2024-11-03T01:30:00-04:00", "1/1/2000",
  "12/31/1999", "31/12/1999", "2000-01-01 00:00:00 +14:00", "2024 March 5", "March 5", "5 March",
  "Mar-05-2024", "2024-Mar-05", "05 Mar 2024 10:30:00 JST", "2024-03-05 10:30:00 Asia/Tokyo",
  "2024-03-05 10:30 +1", "2024-03-05 10:30 -05", "2024-03-05 10:30 EST5EDT", "noon", "midnight",
  "2024", "1999", "24", "May",
  # Invalid: Time.parse raises ArgumentError.
  "foo", "", "2024-13-01", "2024-03-32", "hello world", "next tuesday", "25:00",
].freeze

# Liquid `date` filter inputs (Liquid::Utils.to_date, recorded with Time.now stubbed
# to the same fixed `now`): epoch strings, now/today, and every Time.parse input.
TO_DATE_INPUTS = (["1709634600", "0", "1", "1709634600.5", "-5", " 1709634600", "now",
                   "Today", "NOW",] + PARSE_INPUTS).freeze

# Psych timestamp scalars (unquoted YAML) as Jekyll turns them into page.date.
YAML_TIMESTAMPS = [
  "2024-03-05 10:30:00", "2024-03-05 10:30:00 +0100", "2024-03-05T10:30:00Z",
  "2024-03-05 10:30:00.25 -05:00", "2024-03-05t10:30:00", "2024-3-5 1:02:03",
  "2024-03-05 10:30:00+09", "2024-03-05 10:30:00 -0330",
].freeze

FILTER_DAYS = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 31].freeze

def fmt_time(t)
  t.strftime("%Y-%m-%d %H:%M:%S.%L %z")
end

def with_zone(zone)
  ENV["TZ"] = zone
  yield
end

class FilterHost
  include Jekyll::Filters
end

strftime_results = {}
parse_results = {}
to_date_results = {}
yaml_results = {}
filter_results = {}
zone_names = {}

ZONES.each do |zone|
  with_zone(zone) do
    strftime_results[zone] = INSTANTS.map do |iso|
      t = Time.at(Rational(DateTime.iso8601(iso).strftime("%Q").to_i, 1000)).localtime
      FORMATS.map do |f|
        t.strftime(f)
      rescue ArgumentError => e
        { "error" => e.message }
      end
    end

    now = Time.local(2024, 6, 15, 12, 34, 56)
    parse_results[zone] = PARSE_INPUTS.map do |input|
      fmt_time(Time.parse(input, now).localtime)
    rescue ArgumentError => e
      { "error" => e.message }
    end

    fixed_now = now
    Time.singleton_class.send(:alias_method, :real_now, :now)
    Time.define_singleton_method(:now) { fixed_now }
    to_date_results[zone] = TO_DATE_INPUTS.map do |input|
      t = Liquid::Utils.to_date(input)
      t.nil? ? nil : fmt_time(t.localtime)
    end
    Time.singleton_class.send(:alias_method, :now, :real_now)

    # Utils.parse_date memoizes by input string; clear it so each zone parses afresh.
    Jekyll::Utils.instance_variable_set(:@parse_date_cache, nil)
    yaml_results[zone] = YAML_TIMESTAMPS.map do |input|
      value = YAML.safe_load("d: #{input}", :permitted_classes => [Date, Time])["d"]
      fmt_time(Jekyll::Utils.parse_date(value.to_s))
    end

    host = FilterHost.new
    filter_results[zone] = FILTER_DAYS.map do |day|
      t = Time.local(2024, 3, day, 8, 9, 10)
      {
        "to_s" => t.to_s,
        "date_to_string" => host.date_to_string(t),
        "date_to_string_ordinal" => host.date_to_string(t, "ordinal"),
        "date_to_string_ordinal_us" => host.date_to_string(t, "ordinal", "US"),
        "date_to_long_string" => host.date_to_long_string(t),
        "date_to_long_string_ordinal" => host.date_to_long_string(t, "ordinal"),
        "date_to_long_string_ordinal_us" => host.date_to_long_string(t, "ordinal", "US"),
        "date_to_xmlschema" => host.date_to_xmlschema(t),
        "date_to_rfc822" => host.date_to_rfc822(t),
        "date_only" => t.to_date.to_s,
      }
    end
  end
end

ABBREV_ZONES.each do |zone|
  with_zone(zone) do
    zone_names[zone] = [Time.local(2024, 1, 15, 12).strftime("%Z %z"),
                        Time.local(2024, 7, 15, 12).strftime("%Z %z"),]
  end
end

invalid_messages = ["foo", "2024-13-01"].map do |input|
  Jekyll::Utils.parse_date(input, "Document 'x.md' does not have a valid date in the front matter.")
rescue Jekyll::Errors::InvalidDateError => e
  { "input" => input, "message" => e.message }
end

filter_errors = ["foo", "2024-13-01"].map do |input|
  FilterHost.new.date_to_string(input)
rescue Jekyll::Errors::InvalidDateError => e
  { "input" => input, "message" => e.message }
end

meta = { "recordedWith" => "ruby #{RUBY_VERSION}, jekyll #{Jekyll::VERSION}, liquid #{Liquid::VERSION}" }

File.write(File.join(OUT_DIR, "strftime.json"), JSON.pretty_generate(meta.merge(
  "zones" => ZONES, "instants" => INSTANTS, "formats" => FORMATS,
  "results" => strftime_results, "zoneNames" => zone_names
)) + "\n")

File.write(File.join(OUT_DIR, "dates.json"), JSON.pretty_generate(meta.merge(
  "zones" => ZONES, "parseNow" => "2024-06-15 12:34:56 local",
  "parseInputs" => PARSE_INPUTS, "parse" => parse_results,
  "toDateInputs" => TO_DATE_INPUTS, "toDate" => to_date_results,
  "yamlTimestamps" => YAML_TIMESTAMPS, "yaml" => yaml_results,
  "filterDays" => FILTER_DAYS, "filters" => filter_results,
  "invalidDate" => invalid_messages, "filterErrors" => filter_errors
)) + "\n")
