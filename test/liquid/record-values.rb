# Records what Liquid 5.4 with Jekyll 4.3.1's filters prints for a matrix of values: every math filter
# over numbers, numeric strings and non-numbers (number formatting, Integer vs Float), and `{{ v }}`,
# `inspect` and `jsonify` over assorted values, into test/liquid/values.json. A case that raises records
# "ERROR: <message>". The variables are the YAML below (stored in the JSON, read by Psych here).
# Usage: ruby test/liquid/record-values.rb
require "jekyll"
require "json"

VARS_YAML = <<~YAML
  numbers:
    zero: 0
    one: 1
    minus_one: -1
    seven: 7
    big: 12345678901
    two_and_half: 2.5
    minus_two_and_half: -2.5
    tenth: 0.1
    one_point_oh: 1.0
    ten_point_oh: 10.0
    two_six_seven_five: 2.675
    minus_half: -0.5
    huge_float: 1.0e+20
    tiny_float: 1.0e-05
    str_int: "3"
    str_float: "3.7"
    str_neg: "-2"
    str_spaces: " 4 "
    str_exp: "1e3"
    str_word: "abc"
    str_mixed: "12abc"
    empty: ""
    nothing: ~
    bool_true: true
  values:
    hash: {a: 1, b: "two", c: [1, ~, 2.5], d: {e: ~, f: false}}
    empty_hash: {}
    int_keys: {1: one, 2: two}
    array: [1, "a", ~, true, 1.5, [2, [3]]]
    empty_array: []
    unicode: "héllo wörld ✓ 😀"
    control: "tab\\there\\nnew\\u0001\\u001f\\u007f"
    html: "</script><b>&'\\""
    separators: "a\\u2028b\\u2029c"
    backslash: "C:\\\\path\\\\x"
    float_whole: 100.0
    float_exp: 1.0e+20
    float_small: 1.0e-05
    float_neg_zero: -0.0
    bool_true: true
    bool_false: false
    nothing: ~
    time: 2024-03-05 14:07:09 +00:00
    date: 2024-03-05
    symbol_like: ":sym"
    number_string: "007"
YAML

vars = YAML.safe_load(VARS_YAML, permitted_classes: [Time, Date])
site = Jekyll::Site.new(Jekyll.configuration("quiet" => true, "timezone" => "UTC"))

def render(template, vars, site)
  Liquid::Template.parse(template, :error_mode => :strict)
                  .render!(vars, :registers => { :site => site }, :strict_filters => true)
rescue StandardError => e
  "ERROR: #{e.message.sub(/\ALiquid (syntax )?error( \(line \d+\))?: /, "")}"
end

ENV["TZ"] = "UTC"
cases = []
math_args = { "plus" => [2, 0.5, '"2"', -3], "minus" => [2, 0.5, '"1.5"'], "times" => [2, 0.5, '"3"', 3.0],
              "divided_by" => [2, 2.0, '"4"', -3, 0.5], "modulo" => [3, 2.5, -3, '"2"'],
              "at_least" => [2, 2.5], "at_most" => [2, 2.5], "round" => [nil, 0, 1, 2, -1] }
single = %w(abs ceil floor)
vars["numbers"].each_key do |n|
  cases << ["output #{n}", "{{ numbers.#{n} }}"]
  math_args.each do |filter, args|
    args.each do |a|
      arg = a.nil? ? "" : ": #{a}"
      cases << ["#{filter}#{arg} #{n}", "{{ numbers.#{n} | #{filter}#{arg} }}"]
    end
  end
  single.each { |f| cases << ["#{f} #{n}", "{{ numbers.#{n} | #{f} }}"] }
end
vars["values"].each_key do |v|
  cases << ["output #{v}", "{{ values.#{v} }}"]
  cases << ["inspect #{v}", "{{ values.#{v} | inspect }}"]
  cases << ["jsonify #{v}", "{{ values.#{v} | jsonify }}"]
  cases << ["to_s via append #{v}", "{{ '' | append: values.#{v} }}"]
end
results = cases.map { |name, t| { "name" => name, "template" => t, "expected" => render(t, vars, site) } }
File.write(File.join(__dir__, "values.json"), JSON.pretty_generate({
  "generator" => "test/liquid/record-values.rb (jekyll #{Jekyll::VERSION}, liquid #{Liquid::VERSION}, TZ=UTC)",
  "vars_yaml" => VARS_YAML,
  "cases" => results,
}) + "\n")
puts "recorded #{results.size} cases"
