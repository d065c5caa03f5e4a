# Records Ruby's Float#to_s for a spread of values into test/compat/ruby-floats.json.
# Each entry is the Ruby text; JS `Number(text)` reads back the same double.
# Usage: ruby test/compat/record-ruby-floats.rb
require "json"
values = [0.0, -0.0, 1.0, -2.5, 100.0, 0.1, 0.3, 1.0 / 3, 2.0 / 3, 0.0001, 0.00012345, 0.00001, 1.234e-05,
          5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e14, 99999999999999.9, 1e15, 1.5e15,
          123456789012345.6, 1234567890123456.0, 1e16, 1e20, 1e21, 1e22, 2.0**53, 2.0**70, 3.14159, -1e-7]
srand(42)
20.times { values << rand * 10**rand(-8..18) }
File.write(File.join(__dir__, "ruby-floats.json"), JSON.pretty_generate(values.map(&:to_s)) + "\n")
