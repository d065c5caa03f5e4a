#!/usr/bin/env bash
# Records what real Jekyll 4.3.1 (Liquid 5.4) prints for each filter case below into
# test/compat/filters.json. Each case is `name|liquid fragment`; `## variant NAME url baseurl`
# starts a group rendered on a site with that `url`/`baseurl` (`-` = unset).
# Usage: bash test/compat/record-filters.sh   (needs `jekyll` and `ruby` on PATH)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Variables visible to the cases as `page.*` (front matter). Stored verbatim in the JSON
# so the unit test parses exactly the same YAML.
cat > "$work/vars.yml" <<'YAML'
nil_value: ~
str: "Hello World"
mixed_case: "hELLO wORLD"
empty_str: ""
words: "The quick brown fox jumps over the lazy dog"
spaced: "  one   two three  "
uni: "héllo wörld ü"
emoji: "a😀b😀c"
html: "<p>Hello <b>World</b></p><script>alert(1)</script><!-- c --><style>p{}</style>"
html_multiline: "a<br\n/>b<!-- x\ny -->c<SCRIPT>x</SCRIPT>d"
quotes: "Tom & \"Jerry\" <'x'>"
lines: "a\nb\r\nc\n"
ws: "  a \n\t b  "
nbsp: "\u00a0x\u00a0"
ctrl: "tab\there\u0001 #{x} \\ end"
int: 7
neg: -7
float: 10.0
float2: 2.5
negf: -2.5
numstr: "42"
floatstr: "3.14"
mixstr: "42abc"
t: true
f: false
empty_arr: []
one: ["only"]
arr: [1, 2, 3]
strs: ["b", "a", "C", "c"]
nums_str: ["10", "9", "100", "1"]
nested: [[1, 2], [3, [4]]]
mixarr: [1, ~, "a", 1.0, true]
hash: {a: 1, b: "two", c: [1, 2], d: {e: ~}, f: 1.5, g: true}
hash_of_hashes:
  x: {name: "x1", kind: "a"}
  y: {name: "y1", kind: "b"}
  z: {name: "z1", kind: "a"}
items:
  - {name: "apple", color: "red", n: 3, tags: [fruit, sweet], price: 1.5, v: "10", meta: {k: "x"}}
  - {name: "banana", color: "yellow", n: 1, tags: [fruit], price: "0.5", v: "9", meta: {k: "y"}}
  - {name: "cherry", color: "red", n: 2, tags: [], v: "010", meta: {k: "x"}}
  - {name: "date", n: 10, color: ~, tags: ["sweet"], v: "-1"}
cjk: "Hello, 世界 World 中文"
jp: "こんにちは 世界"
ko: "한국어 text"
date_str: "2024-03-05 14:07:09"
date_iso: "2024-03-05T14:07:09+02:00"
date_day: "2024-03-05"
epoch: 1709647629
uri_misc: "<a>{b}|c^`'\\\""
YAML

cat > "$work/cases.txt" <<'CASES'
## variant main https://example.com /blog
out_hash|{{ page.hash }}
out_array|{{ page.arr }}
out_nested_array|{{ page.nested }}
out_mixed_array|{{ page.mixarr }}
out_nil|{{ page.nil_value }}
out_true|{{ page.t }}
out_false|{{ page.f }}
out_float_var|{{ page.float }}
out_float_var2|{{ page.float2 }}
out_float_literal|{{ 10.0 }}
out_neg_float_literal|{{ -2.0 }}
out_item_hash|{{ page.items.first.meta }}
out_empty_arr|{{ page.empty_arr }}
float_equals_int|{% if page.float == 10 %}yes{% else %}no{% endif %}
float_greater|{% if page.float > 9.5 %}yes{% else %}no{% endif %}
float_literal_equals|{% assign x = 7 | divided_by: 2.0 %}{% if x == 3.5 %}yes{% else %}no{% endif %}
float_contains|{% assign a = "1,2" | split: "," %}{% if page.mixarr contains 1.0 %}yes{% else %}no{% endif %}
float_in_append|{{ page.float | append: "px" }}
float_truthy_zero|{% assign z = 0.0 | plus: 0 %}{% if z %}truthy{% else %}falsy{% endif %}
string_backslash_literal|{{ "a\nb" | size }}
plus_int|{{ 4 | plus: 2 }}
plus_float_literal|{{ 4.0 | plus: 2 }}
plus_decimal|{{ 0.1 | plus: 0.2 }}
plus_strings|{{ "3" | plus: "4" }}
plus_float_string|{{ "3.5" | plus: 1 }}
plus_nil|{{ page.nil_value | plus: 1 }}
plus_garbage|{{ "abc" | plus: 1 }}
plus_mixstr|{{ page.mixstr | plus: 1 }}
plus_float_var|{{ page.float | plus: 1 }}
plus_neg|{{ page.neg | plus: page.int }}
minus_int|{{ 10 | minus: 3 }}
minus_float|{{ 10 | minus: 2.5 }}
minus_to_zero_float|{{ 2.5 | minus: 2.5 }}
minus_decimal|{{ 0.3 | minus: 0.1 }}
times_int|{{ 3 | times: 4 }}
times_float|{{ 3 | times: 1.5 }}
times_decimal|{{ 0.1 | times: 3 }}
times_float_var|{{ page.float | times: 2 }}
times_string|{{ "2" | times: "3" }}
times_big_float|{{ 10000000000000000.0 | times: 1 }}
times_small_float|{{ 0.0001 | times: 1 }}
times_tiny_float|{{ 0.00001 | times: 1 }}
times_1e15|{{ 1000000000000000.0 | times: 1 }}
times_1e14|{{ 100000000000000.0 | times: 1 }}
divided_by_int|{{ 7 | divided_by: 2 }}
divided_by_neg_int|{{ -7 | divided_by: 2 }}
divided_by_neg_var|{{ page.neg | divided_by: 2 }}
divided_by_float_input|{{ 10.0 | divided_by: 2 }}
divided_by_float_var|{{ page.float | divided_by: 4 }}
divided_by_float_arg|{{ 7 | divided_by: 2.0 }}
divided_by_third|{{ 10 | divided_by: 3.0 }}
divided_by_one_third|{{ 1 | divided_by: 3.0 }}
divided_by_vars|{{ page.int | divided_by: page.float2 }}
divided_by_strings|{{ "7" | divided_by: "2" }}
divided_by_float_string|{{ "7.5" | divided_by: 2 }}
modulo_int|{{ 7 | modulo: 3 }}
modulo_neg_input|{{ -7 | modulo: 3 }}
modulo_neg_arg|{{ 7 | modulo: -3 }}
modulo_float|{{ 5.5 | modulo: 2 }}
modulo_decimal|{{ 0.3 | modulo: 0.1 }}
modulo_float_whole|{{ 6.0 | modulo: 3 }}
round_half_up|{{ 2.5 | round }}
round_half_neg|{{ -2.5 | round }}
round_half_var|{{ page.negf | round }}
round_zero_five|{{ 0.5 | round }}
round_one_five|{{ 1.5 | round }}
round_digits|{{ 3.14159 | round: 2 }}
round_1005|{{ 1.005 | round: 2 }}
round_2675|{{ 2.675 | round: 2 }}
round_int|{{ 7 | round }}
round_int_digits|{{ 7 | round: 1 }}
round_float_whole_digits|{{ 2.0 | round: 1 }}
round_string|{{ "3.7" | round }}
round_negative_digits|{{ 1234.5678 | round: -2 }}
round_nil|{{ page.nil_value | round }}
ceil_float|{{ 1.2 | ceil }}
ceil_neg|{{ -1.2 | ceil }}
ceil_string|{{ "3.1" | ceil }}
ceil_int|{{ 5 | ceil }}
ceil_float_var|{{ page.float | ceil }}
floor_float|{{ 1.8 | floor }}
floor_neg|{{ -1.2 | floor }}
floor_string|{{ "3.9" | floor }}
abs_int|{{ -5 | abs }}
abs_float|{{ -2.5 | abs }}
abs_string|{{ "-3" | abs }}
abs_float_string|{{ "-3.5" | abs }}
abs_whole_float|{{ -5.0 | abs }}
abs_garbage|{{ "x" | abs }}
at_least_raise|{{ 5 | at_least: 10 }}
at_least_keep|{{ 5 | at_least: 3 }}
at_least_float|{{ 2.5 | at_least: 1 }}
at_least_equal_float|{{ 4 | at_least: 4.0 }}
at_least_float_wins|{{ 4 | at_least: 4.5 }}
at_most_lower|{{ 5 | at_most: 3 }}
at_most_float_arg|{{ 5 | at_most: 3.0 }}
at_most_keep|{{ 2 | at_most: 3 }}
size_string_unicode|{{ page.uni | size }}
size_string_emoji|{{ page.emoji | size }}
size_array|{{ page.arr | size }}
size_hash|{{ page.hash | size }}
size_nil|{{ page.nil_value | size }}
size_dot|{{ page.uni.size }}
size_empty_arr|{{ page.empty_arr | size }}
size_dot_emoji|{{ page.emoji.size }}
first_hash|{{ page.hash | first }}
last_hash|[{{ page.hash | last }}]
slice_one|{{ "hello" | slice: 1 }}
slice_len|{{ "hello" | slice: 1, 3 }}
slice_neg|{{ "hello" | slice: -3, 2 }}
slice_neg_out|{{ "hello" | slice: -10, 2 }}
slice_past_end|{{ "hello" | slice: 10 }}
slice_at_end|{{ "hello" | slice: 5 }}
slice_emoji|{{ page.emoji | slice: 1, 2 }}
slice_unicode|{{ page.uni | slice: 1, 4 }}
slice_array|{{ page.arr | slice: 1, 2 | join: "," }}
slice_array_neg|{{ page.arr | slice: -1 | join: "," }}
slice_array_out|{{ page.arr | slice: 5 | size }}
slice_string_number|{{ "hello" | slice: "1", "2" }}
truncate_words|{{ page.words | truncate: 10 }}
truncate_unicode|{{ page.uni | truncate: 8 }}
truncate_emoji|{{ page.emoji | truncate: 4, "" }}
truncate_custom|{{ page.words | truncate: 10, "!" }}
truncate_tiny|{{ page.words | truncate: 2 }}
truncate_short|{{ "abc" | truncate: 5 }}
truncate_exact|{{ "abcde" | truncate: 5 }}
truncate_nil|{{ page.nil_value | truncate: 5 }}
truncate_default|{{ page.words | append: " and more and more words" | truncate }}
truncatewords_three|{{ page.words | truncatewords: 3 }}
truncatewords_zero|{{ page.words | truncatewords: 0 }}
truncatewords_custom|{{ page.words | truncatewords: 2, "…" }}
truncatewords_few|{{ "one two" | truncatewords: 5 }}
truncatewords_spaced|{{ page.spaced | truncatewords: 2 }}
truncatewords_spaced_all|{{ page.spaced | truncatewords: 3 }}
default_nil|{{ page.nil_value | default: "dflt" }}
default_empty_string|{{ "" | default: "dflt" }}
default_false|{{ false | default: "dflt" }}
default_allow_false|{{ false | default: "dflt", allow_false: true }}
default_allow_false_nil|{{ page.nil_value | default: "dflt", allow_false: true }}
default_empty_array|{{ page.empty_arr | default: "none" }}
default_zero|{{ 0 | default: 5 }}
default_string|{{ page.str | default: "x" }}
default_missing|{{ page.hash.missing | default: "x" }}
default_no_arg|[{{ page.nil_value | default }}]
escape_quotes|{{ page.quotes | escape }}
escape_nil|[{{ page.nil_value | escape }}]
escape_once_mixed|{{ "&lt;p&gt; & <b> &amp;" | escape_once }}
escape_once_numeric|{{ "&#39; &#x27; &amp" | escape_once }}
strip_html_blocks|{{ page.html | strip_html }}
strip_html_multiline|{{ page.html_multiline | strip_html }}
strip_newlines|{{ page.lines | strip_newlines }}
newline_to_br|{{ page.lines | newline_to_br }}
capitalize|{{ page.mixed_case | capitalize }}
capitalize_unicode|{{ "élan VITAL" | capitalize }}
upcase_unicode|{{ page.uni | upcase }}
downcase_unicode|{{ "ÀÉÎ Straße" | downcase }}
strip_ascii|[{{ page.ws | strip }}]
strip_nbsp|[{{ page.nbsp | strip }}]
lstrip|[{{ page.spaced | lstrip }}]
rstrip|[{{ page.spaced | rstrip }}]
split_trailing_empty|{{ "a,b,,c,," | split: "," | size }}
split_space|{{ "a b  c" | split: " " | join: "|" }}
split_space_edges|{{ " a b " | split: " " | size }}
split_empty|{{ "abc" | split: "" | join: "-" }}
join_default|{{ page.arr | join }}
join_nested|{{ page.nested | join: "," }}
first_array|{{ page.arr | first }}
first_string|[{{ "hello" | first }}]
first_empty|[{{ page.empty_arr | first }}]
last_array|{{ page.arr | last }}
first_dot|{{ page.strs.first }}{{ page.strs.last }}
reverse_array|{{ page.arr | reverse | join: "," }}
reverse_string|{{ "abc" | reverse }}
uniq_strings|{{ "1,1,2,1" | split: "," | uniq | join: "," }}
uniq_property|{{ page.items | uniq: "color" | map: "name" | join: "," }}
compact_map|{{ page.items | map: "color" | compact | join: "," }}
compact_property|{{ page.items | compact: "price" | map: "name" | join: "," }}
map_names|{{ page.items | map: "name" | join: "," }}
map_dotted|[{{ page.items | map: "meta.k" | join: "," }}]
concat_arrays|{{ page.arr | concat: page.strs | join: "," }}
append_prepend|{{ "b" | append: "c" | prepend: "a" }}
append_number|{{ 1 | append: 2.0 }}
replace_all|{{ "a.b.c" | replace: ".", "-" }}
replace_first|{{ "a.b.c" | replace_first: ".", "-" }}
remove_all|{{ "a.b.c" | remove: "." }}
remove_first|{{ "a.b.c" | remove_first: "." }}
url_encode|{{ "a b&c/ü" | url_encode }}
url_decode|{{ "a+b%26c%E2%9C%93" | url_decode }}
base64_encode|{{ "héllo" | base64_encode }}
base64_decode|{{ "aGVsbG8gd29ybGQ=" | base64_decode }}
sort_strings|{{ page.strs | sort | join: "," }}
sort_numeric_strings_plain|{{ page.nums_str | sort | join: "," }}
sort_ints|{{ "3,1,2" | split: "," | sort | join: "," }}
sort_by_int|{{ page.items | sort: "n" | map: "name" | join: "," }}
sort_by_nil_first|{{ page.items | sort: "color" | map: "name" | join: "," }}
sort_by_nil_last|{{ page.items | sort: "color", "last" | map: "name" | join: "," }}
sort_by_mixed_price|{{ page.items | sort: "price" | map: "name" | join: "," }}
sort_by_numeric_strings|{{ page.items | sort: "v" | map: "name" | join: "," }}
sort_by_dotted|{{ page.items | sort: "meta.k", "last" | map: "name" | join: "," }}
sort_by_missing|{{ page.items | sort: "nope" | map: "name" | join: "," }}
sort_empty|[{{ page.empty_arr | sort | join: "," }}]
sort_natural|{{ page.strs | sort_natural | join: "," }}
sort_natural_property|{{ page.items | sort_natural: "color" | map: "name" | join: "," }}
where_string|{{ page.items | where: "color", "red" | map: "name" | join: "," }}
where_array_prop|{{ page.items | where: "tags", "sweet" | map: "name" | join: "," }}
where_int_vs_string|{{ page.items | where: "n", "3" | map: "name" | join: "," }}
where_int|{{ page.items | where: "n", 3 | map: "name" | join: "," }}
where_nil|{{ page.items | where: "color", nil | map: "name" | join: "," }}
where_empty|{{ page.items | where: "tags", empty | map: "name" | join: "," }}
where_float_string|{{ page.items | where: "price", "0.5" | map: "name" | join: "," }}
where_float_literal|{{ page.items | where: "price", 1.5 | map: "name" | join: "," }}
where_numeric_string_padded|[{{ page.items | where: "v", "010" | map: "name" | join: "," }}]
where_numeric_string_norm|[{{ page.items | where: "v", "10" | map: "name" | join: "," }}]
where_dotted|{{ page.items | where: "meta.k", "x" | map: "name" | join: "," }}
where_hash_input|{{ page.hash_of_hashes | where: "kind", "a" | map: "name" | join: "," }}
where_no_match|[{{ page.items | where: "color", "blue" | size }}]
where_nil_input|[{{ page.nil_value | where: "a", "b" }}]
where_nil_property|{{ page.arr | where: page.nil_value, "x" | join: "," }}
where_array_value|{{ page.items | where: "color", page.arr | size }}
where_true|{{ page.items | push: page.hash | where: "g", true | size }}
where_exp_gt|{{ page.items | where_exp: "i", "i.n > 1" | map: "name" | join: "," }}
where_exp_contains|{{ page.items | where_exp: "i", "i.tags contains 'sweet'" | map: "name" | join: "," }}
where_exp_and|{{ page.items | where_exp: "i", "i.color == 'red' and i.n < 3" | map: "name" | join: "," }}
where_exp_or|{{ page.items | where_exp: "i", "i.n >= 3 or i.name == 'banana'" | map: "name" | join: "," }}
where_exp_nil|{{ page.items | where_exp: "i", "i.color == nil" | map: "name" | join: "," }}
where_exp_truthy|{{ page.items | where_exp: "i", "i.price" | map: "name" | join: "," }}
where_exp_strings|{{ page.strs | where_exp: "s", "s != 'a'" | join: "," }}
where_exp_hash_input|{{ page.hash_of_hashes | where_exp: "h", "h.kind == 'b'" | map: "name" | join: "," }}
where_exp_empty|[{{ page.empty_arr | where_exp: "i", "i > 1" | size }}]
find_found|{% assign x = page.items | find: "color", "red" %}{{ x.name }}
find_array_prop|{% assign x = page.items | find: "tags", "sweet" %}{{ x.name }}
find_int|{% assign x = page.items | find: "n", "10" %}{{ x.name }}
find_none|[{{ page.items | find: "color", "blue" }}]
find_exp_found|{% assign x = page.items | find_exp: "i", "i.n < 3" %}{{ x.name }}
find_exp_none|[{{ page.items | find_exp: "i", "i.n > 100" }}]
group_by_color|{% assign g = page.items | group_by: "color" %}{% for x in g %}{{ x.name }}:{{ x.size }}:{{ x.items | map: "name" | join: "+" }};{% endfor %}
group_by_int|{% assign g = page.items | group_by: "n" %}{% for x in g %}{{ x.name }}:{{ x.size }};{% endfor %}
group_by_int_name_plus|{% assign g = page.items | group_by: "n" %}{{ g.first.name | append: "x" }}
group_by_array_prop|{% assign g = page.items | group_by: "tags" %}{% for x in g %}{{ x.name }}={{ x.size }};{% endfor %}
group_by_missing|{% assign g = page.items | group_by: "nope" %}{% for x in g %}[{{ x.name }}]={{ x.size }};{% endfor %}
group_by_exp_modulo|{% assign g = page.items | group_by_exp: "i", "i.n | modulo: 2" %}{% for x in g %}{{ x.name }}:{{ x.items | map: "name" | join: "+" }};{% endfor %}
group_by_exp_string|{% assign g = page.items | group_by_exp: "i", "i.name | slice: 0" %}{% for x in g %}{{ x.name }}{% endfor %}
group_by_jsonify|{{ page.items | group_by: "color" | map: "name" | jsonify }}
group_by_exp_float|{% assign g = page.arr | group_by_exp: "i", "i | times: 1.0" %}{% for x in g %}{{ x.name }};{% endfor %}
group_by_nil_input|[{{ page.nil_value | group_by: "x" }}]
pop_default|{{ page.arr | pop | join: "," }}
pop_two|{{ page.arr | pop: 2 | join: "," }}
pop_many|[{{ page.arr | pop: 5 | join: "," }}]
pop_non_destructive|{% assign a = page.arr | pop %}{{ page.arr | join: "," }}
push_value|{{ page.arr | push: 4 | join: "," }}
push_array|{{ page.arr | push: page.arr | size }}
push_string_input|{{ "abc" | push: "d" }}
shift_default|{{ page.arr | shift | join: "," }}
shift_two|{{ page.arr | shift: 2 | join: "," }}
unshift_value|{{ page.arr | unshift: 0 | join: "," }}
unshift_nil_input|[{{ page.nil_value | unshift: 0 }}]
sample_one|{{ page.one | sample }}
sample_all_sorted|{{ page.arr | sample: 3 | sort | join: "," }}
sample_empty|[{{ page.empty_arr | sample }}]
sample_string|{{ "str" | sample }}
jsonify_hash|{{ page.hash | jsonify }}
jsonify_items|{{ page.items | jsonify }}
jsonify_quotes|{{ page.quotes | jsonify }}
jsonify_unicode|{{ page.uni | jsonify }}{{ page.emoji | jsonify }}
jsonify_ctrl|{{ page.ctrl | jsonify }}
jsonify_slash|{{ "a/b</script>" | jsonify }}
jsonify_nil|{{ page.nil_value | jsonify }}
jsonify_float|{{ page.float | jsonify }}{{ page.float2 | jsonify }}
jsonify_int|{{ 42 | jsonify }}
jsonify_bool|{{ page.t | jsonify }}{{ page.f | jsonify }}
jsonify_empty|{{ page.empty_arr | jsonify }}
jsonify_mixed|{{ page.mixarr | jsonify }}
jsonify_math_float|{{ 7 | divided_by: 2.0 | jsonify }}{{ 10.0 | divided_by: 2 | jsonify }}
inspect_hash|{{ page.hash | inspect }}
inspect_string|{{ page.quotes | inspect }}
inspect_unicode|{{ page.uni | inspect }}
inspect_ctrl|{{ page.ctrl | inspect }}
inspect_nil|{{ page.nil_value | inspect }}
inspect_float|{{ page.float | inspect }}
inspect_array|{{ page.mixarr | inspect }}
inspect_nested|{{ page.items.first | inspect }}
inspect_int|{{ 5 | inspect }}
to_integer_string|{{ "42" | to_integer }}
to_integer_mixed|{{ page.mixstr | to_integer }}
to_integer_garbage|{{ "abc" | to_integer }}
to_integer_float|{{ 3.9 | to_integer }}
to_integer_neg_float|{{ -3.9 | to_integer }}
to_integer_true|{{ true | to_integer }}
to_integer_false|{{ false | to_integer }}
to_integer_nil|{{ page.nil_value | to_integer }}
to_integer_space|{{ " 12" | to_integer }}
to_integer_neg|{{ "-5" | to_integer }}
to_integer_underscore|{{ "1_000" | to_integer }}
to_integer_hex|{{ "0x1A" | to_integer }}
to_integer_float_string|{{ "12.5" | to_integer }}
number_of_words_plain|{{ page.words | number_of_words }}
number_of_words_cjk_default|{{ page.cjk | number_of_words }}
number_of_words_cjk|{{ page.cjk | number_of_words: "cjk" }}
number_of_words_auto|{{ page.cjk | number_of_words: "auto" }}
number_of_words_auto_latin|{{ page.words | number_of_words: "auto" }}
number_of_words_jp|{{ page.jp | number_of_words }}
number_of_words_jp_cjk|{{ page.jp | number_of_words: "cjk" }}
number_of_words_ko_cjk|{{ page.ko | number_of_words: "cjk" }}
number_of_words_empty|{{ "" | number_of_words }}
number_of_words_spaced|{{ page.spaced | number_of_words }}
normalize_whitespace|[{{ page.ws | normalize_whitespace }}]
normalize_whitespace_nbsp|[{{ page.nbsp | normalize_whitespace }}]
normalize_whitespace_nil|[{{ page.nil_value | normalize_whitespace }}]
sentence_empty|[{{ page.empty_arr | array_to_sentence_string }}]
sentence_one|{{ page.one | array_to_sentence_string }}
sentence_two|{{ "a,b" | split: "," | array_to_sentence_string }}
sentence_three|{{ "a,b,c" | split: "," | array_to_sentence_string }}
sentence_connector|{{ "a,b,c" | split: "," | array_to_sentence_string: "or" }}
sentence_two_connector|{{ "a,b" | split: "," | array_to_sentence_string: "or" }}
sentence_numbers|{{ page.arr | array_to_sentence_string }}
slugify_default|{{ "Hello, World! Café_ü 2.0" | slugify }}
slugify_pretty|{{ "Hello, World! Café_ü 2.0" | slugify: "pretty" }}
slugify_ascii|{{ "Hello, World! Café_ü 2.0" | slugify: "ascii" }}
slugify_raw|{{ "Hello, World! Café_ü 2.0" | slugify: "raw" }}
slugify_latin|{{ "Hello, World! Café_ü 2.0" | slugify: "latin" }}
slugify_none|{{ "Hello, World! Café_ü 2.0" | slugify: "none" }}
slugify_dashes|{{ "  --a--b--  " | slugify }}
slugify_nil|[{{ page.nil_value | slugify }}]
xml_escape_quotes|{{ page.quotes | xml_escape }}
xml_escape_nil|[{{ page.nil_value | xml_escape }}]
xml_escape_number|{{ 5 | xml_escape }}
xml_escape_edge_quotes|{{ '"x"' | xml_escape }}
xml_escape_unicode|{{ page.uni | xml_escape }}
cgi_escape_reserved|{{ "foo,bar;baz?" | cgi_escape }}
cgi_escape_space_slash|{{ "a b/c" | cgi_escape }}
cgi_escape_unicode|{{ "ü😀" | cgi_escape }}
cgi_escape_unreserved|{{ "~-_.*'()!" | cgi_escape }}
uri_escape_doc|{{ "foo, bar \baz?" | uri_escape }}
uri_escape_reserved|{{ "a b/c?d=e&f[]=g#h" | uri_escape }}
uri_escape_unicode|{{ "ü é" | uri_escape }}
uri_escape_encoded|{{ "%20 %41 %2F" | uri_escape }}
uri_escape_percent|{{ "100%" | uri_escape }}
uri_escape_misc|{{ page.uri_misc | uri_escape }}
date_format|{{ page.date_str | date: "%Y-%m-%d %H:%M" }}
date_month_day|{{ page.date_str | date: "%b %-d, %Y" }}
date_epoch|{{ page.epoch | date: "%Y-%m-%d %H:%M:%S" }}
date_epoch_string|{{ "1709647629" | date: "%F %T" }}
date_iso_offset|{{ page.date_iso | date: "%H:%M %z" }}
date_nil|[{{ page.nil_value | date: "%Y" }}]
date_empty|[{{ "" | date: "%Y" }}]
date_invalid|{{ "not a date" | date: "%Y" }}
date_no_format|{{ page.date_str | date: "" }}
date_day|{{ page.date_day | date: "%A %j %U" }}
date_to_xmlschema|{{ page.date_str | date_to_xmlschema }}
date_to_xmlschema_offset|{{ page.date_iso | date_to_xmlschema }}
date_to_xmlschema_empty|[{{ "" | date_to_xmlschema }}]
date_to_rfc822|{{ page.date_str | date_to_rfc822 }}
date_to_rfc822_day|{{ page.date_day | date_to_rfc822 }}
date_to_string|{{ page.date_str | date_to_string }}
date_to_string_ordinal|{{ page.date_str | date_to_string: "ordinal" }}
date_to_string_ordinal_us|{{ page.date_str | date_to_string: "ordinal", "US" }}
date_to_long_string|{{ page.date_str | date_to_long_string }}
date_to_long_string_ordinal|{{ page.date_str | date_to_long_string: "ordinal" }}
date_to_long_string_ordinal_us|{{ page.date_str | date_to_long_string: "ordinal", "US" }}
date_to_string_nil|[{{ page.nil_value | date_to_string }}]
date_to_string_epoch|{{ page.epoch | date_to_string }}
date_ordinal_1|{{ "2024-03-01" | date_to_string: "ordinal" }}
date_ordinal_2|{{ "2024-03-02" | date_to_string: "ordinal" }}
date_ordinal_3|{{ "2024-03-03" | date_to_string: "ordinal" }}
date_ordinal_11|{{ "2024-03-11" | date_to_string: "ordinal" }}
date_ordinal_12|{{ "2024-03-12" | date_to_string: "ordinal" }}
date_ordinal_13|{{ "2024-03-13" | date_to_string: "ordinal" }}
date_ordinal_21|{{ "2024-03-21" | date_to_long_string: "ordinal", "US" }}
date_ordinal_22|{{ "2024-03-22" | date_to_long_string: "ordinal" }}
relative_url_path|{{ "/about/" | relative_url }}
relative_url_no_slash|{{ "about" | relative_url }}
relative_url_empty|[{{ "" | relative_url }}]
relative_url_nil|[{{ page.nil_value | relative_url }}]
relative_url_absolute|{{ "http://other.com/x" | relative_url }}
relative_url_protocol_relative|{{ "//cdn.com/x" | relative_url }}
relative_url_mailto|{{ "mailto:a@b.com" | relative_url }}
relative_url_space|{{ "/a b/" | relative_url }}
relative_url_unicode|{{ "/ü/" | relative_url }}
relative_url_query|{{ "/a?b=c d#frag" | relative_url }}
relative_url_encoded|{{ "/A%20B/%7e" | relative_url }}
relative_url_dots|{{ "/a/../b/./c" | relative_url }}
absolute_url_path|{{ "/about/" | absolute_url }}
absolute_url_empty|[{{ "" | absolute_url }}]
absolute_url_nil|[{{ page.nil_value | absolute_url }}]
absolute_url_absolute|{{ "https://x.org/y z" | absolute_url }}
absolute_url_space|{{ "/a b" | absolute_url }}
strip_index_html|{{ "/foo/index.html" | strip_index }}
strip_index_htm|{{ "/index.htm" | strip_index }}
strip_index_query|{{ "/foo/index.html?x" | strip_index }}
strip_index_other|{{ "/foo/bar.html" | strip_index }}
strip_index_empty|[{{ "" | strip_index }}]
## variant nobase - -
nb_relative_url_path|{{ "/about/" | relative_url }}
nb_relative_url_no_slash|{{ "about" | relative_url }}
nb_relative_url_empty|[{{ "" | relative_url }}]
nb_relative_url_space|{{ "a b" | relative_url }}
nb_absolute_url_path|{{ "/about/" | absolute_url }}
nb_absolute_url_empty|[{{ "" | absolute_url }}]
## variant slashes https://example.com/ /blog/
sl_relative_url_path|{{ "/x" | relative_url }}
sl_relative_url_root|{{ "/" | relative_url }}
sl_absolute_url_path|{{ "/x" | absolute_url }}
sl_absolute_url_empty|{{ "" | absolute_url }}
## variant bare HTTP://Example.COM:80 blog
ba_relative_url_path|{{ "/x" | relative_url }}
ba_absolute_url_path|{{ "/x" | absolute_url }}
ba_absolute_url_dots|{{ "/a/./b/../c" | absolute_url }}
CASES

# Build one site per variant and collect "name -> output" into JSON.
ruby - "$work" "$here/filters.json" <<'RUBY'
require "json"
require "yaml"
work, out = ARGV
vars = File.read(File.join(work, "vars.yml"))
variants = []
File.read(File.join(work, "cases.txt")).each_line(chomp: true) do |line|
  next if line.strip.empty?
  if line.start_with?("## variant ")
    _, _, name, url, baseurl = line.split(" ")
    variants << { "name" => name, "url" => (url == "-" ? nil : url),
                  "baseurl" => (baseurl == "-" ? nil : baseurl), "cases" => [] }
  else
    name, template = line.split("|", 2)
    variants.last["cases"] << { "name" => name, "template" => template }
  end
end
variants.each do |v|
  src = File.join(work, v["name"], "src")
  dst = File.join(work, v["name"], "out")
  Dir.mkdir(File.join(work, v["name"])) ; Dir.mkdir(src)
  config = { "timezone" => "UTC" }
  config["url"] = v["url"] if v["url"]
  config["baseurl"] = v["baseurl"] if v["baseurl"]
  File.write(File.join(src, "_config.yml"), config.to_yaml)
  body = v["cases"].map { |c| "[[[case:#{c["name"]}]]]#{c["template"]}[[[/case]]]\n" }.join
  File.write(File.join(src, "cases.html"), "---\n#{vars}---\n#{body}")
  ok = system({ "JEKYLL_NO_BUNDLER_REQUIRE" => "true", "TZ" => "UTC" },
              "jekyll", "build", "--disable-disk-cache", "-q", "-s", src, "-d", dst)
  abort "jekyll build failed for variant #{v["name"]}" unless ok
  html = File.read(File.join(dst, "cases.html"))
  got = html.scan(/\[\[\[case:([^\]]+)\]\]\](.*?)\[\[\[\/case\]\]\]/m).to_h
  v["cases"].each do |c|
    abort "no output for case #{c["name"]}" unless got.key?(c["name"])
    c["expected"] = got[c["name"]]
  end
end
table = { "generator" => "test/compat/record-filters.sh (jekyll #{`jekyll --version`.strip.split.last}, TZ=UTC)",
          "vars_yaml" => vars, "variants" => variants }
File.write(out, JSON.pretty_generate(table) + "\n")
puts "wrote #{variants.sum { |v| v["cases"].size }} cases to #{out}"
RUBY
