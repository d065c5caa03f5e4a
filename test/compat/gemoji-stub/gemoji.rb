# A stand-in for the gemoji gem (not packaged for Debian) with five emoji, so that html-pipeline's
# EmojiFilter can be recorded. Image file names here are placeholders, not gemoji's.
module Emoji
  Character = Struct.new(:aliases, :image_filename)
  ALL = [
    Character.new(["+1", "thumbsup"], "unicode/stub-thumbsup.png"),
    Character.new(["smile"], "unicode/stub-smile.png"),
    Character.new(["heart"], "unicode/stub-heart.png"),
    Character.new(["woman_technologist"], "unicode/stub-woman-technologist.png"),
    Character.new(["octocat"], "octocat.png"),
  ].freeze
  def self.all = ALL
  def self.find_by_alias(name) = ALL.find { |e| e.aliases.include?(name) }
end
