# frozen_string_literal: true
# Sample code per language, read by record-rouge.rb (one entry per language; `lang` is the fence name).
[
  { lang: "ruby", code: <<~'CODE' },
    # A comment
    require 'json'

    module Blog
      class Post < Base
        attr_reader :title, :date
        DEFAULTS = { draft: false, tags: [] }.freeze

        def initialize(title, date = Time.now)
          @title = title
          @date = date
        end

        def slug
          title.downcase.gsub(/[^a-z0-9]+/, '-') + "-#{@date.year}"
        end
      end
    end

    puts Blog::Post.new("Hello & <World>").slug if ARGV.empty?
    x = [1, 2.5, 0xff].map { |n| n * 2 }
  CODE
  { lang: "python", code: <<~'CODE' },
    import os
    from dataclasses import dataclass

    # Settings for the blog
    @dataclass
    class Post:
        """A blog post."""
        title: str
        views: int = 0

        def slug(self) -> str:
            return self.title.lower().replace(' ', '-')

    def load(path="posts"):
        posts = []
        for name in os.listdir(path):
            if name.endswith('.md') and not name.startswith("_"):
                posts.append(Post(title=name[:-3], views=len(name) * 2.5))
        return [p for p in posts if p.views > 0x10]

    print(f"{len(load())} posts", None, True)
  CODE
  { lang: "javascript", code: <<~'CODE' },
    // Fetch posts and render a list
    import { readFile } from 'node:fs/promises';

    const API = "https://example.com/api";
    let count = 0;

    /* Multi-line
       comment */
    export async function loadPosts(limit = 10) {
      const res = await fetch(`${API}/posts?limit=${limit}`);
      if (!res.ok) throw new Error('failed: ' + res.status);
      const data = await res.json();
      return data.items.filter((p) => p.published !== false).map(p => ({ ...p, id: p.id * 1.5 }));
    }

    class Renderer extends Base {
      constructor(el) { super(); this.el = el; }
      render(items) {
        this.el.innerHTML = items.map(i => `<li>${i.title}</li>`).join('');
        return null;
      }
    }
    console.log(typeof count, /ab+c/gi.test("abbc"), undefined);
  CODE
  { lang: "typescript", code: <<~'CODE' },
    import type { Config } from './config.js';

    export interface Post {
      title: string;
      date?: Date;
      tags: readonly string[];
    }

    type Slug = `${string}-${number}`;

    export enum Status { Draft = 0, Published = 1 }

    // Build a slug
    export function slugify(post: Post, n: number = 42): Slug {
      const base: string = post.title.toLowerCase().replace(/\s+/g, '-');
      return `${base}-${n}` as Slug;
    }

    export class Site<T extends Post = Post> implements Iterable<T> {
      private readonly posts: T[] = [];
      constructor(public config: Config) {}
      *[Symbol.iterator](): Iterator<T> { yield* this.posts; }
    }
  CODE
  { lang: "shell", code: <<~'CODE' },
    #!/usr/bin/env bash
    # Deploy the site
    set -euo pipefail

    SITE_DIR="${HOME}/site"
    export JEKYLL_ENV=production

    if [ -d "$SITE_DIR" ]; then
      cd "$SITE_DIR" && bundle exec jekyll build --destination _site
    else
      echo 'missing dir' >&2
      exit 1
    fi

    for f in _site/*.html; do
      gzip -k "$f"
    done
    count=$(ls _site | wc -l)
    echo "built $count files"
  CODE
  { lang: "sh", code: <<~'CODE' },
    npm install --save-dev typescript
    echo "done" > log.txt
    ls -la /tmp | grep foo
  CODE
  { lang: "bash", code: <<~'CODE' },
    function greet() {
      local name=${1:-world}
      printf 'Hello, %s\n' "$name"
    }
    greet "$USER"
  CODE
  { lang: "console", code: <<~'CODE' },
    $ gem install jekyll bundler
    Successfully installed jekyll-4.3.1
    $ jekyll new myblog && cd myblog
    New jekyll site installed in /home/me/myblog.
    # bundle exec jekyll serve
    Server address: http://127.0.0.1:4000/
  CODE
  { lang: "json", code: <<~'CODE' },
    {
      "name": "my-blog",
      "version": "1.0.0",
      "private": true,
      "count": 42,
      "ratio": -3.5e2,
      "tags": ["a", "b"],
      "author": null,
      "nested": { "ok": false }
    }
  CODE
  { lang: "yaml", code: <<~'CODE' },
    # Site settings
    title: My Blog
    description: >-
      A blog about things.
    baseurl: "/blog"
    url: 'https://example.com'
    paginate: 5
    show_excerpts: true
    plugins:
      - jekyll-feed
      - jekyll-seo-tag
    defaults:
      - scope:
          path: ""
          type: posts
        values:
          layout: post
          comments: ~
    anchors: &base
      x: 1.5
  CODE
  { lang: "html", code: <<~'CODE' },
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>My &amp; Blog</title>
      <link rel="stylesheet" href="/assets/main.css">
      <style>
        body { color: #333; }
      </style>
    </head>
    <body>
      <!-- navigation -->
      <nav class="site-nav" id='nav'><a href="/">Home</a></nav>
      <script>
        const x = 1;
        console.log("hi");
      </script>
    </body>
    </html>
  CODE
  { lang: "css", code: <<~'CODE' },
    /* Base styles */
    @import url("fonts.css");

    :root { --accent: #2a7ae2; }

    body, html {
      margin: 0;
      font: 400 16px/1.5 -apple-system, "Segoe UI", sans-serif;
      color: var(--accent);
    }

    .site-header > a:hover::after {
      content: '→';
      width: calc(100% - 2em);
      background: rgba(0, 0, 0, 0.5) !important;
    }

    @media screen and (max-width: 600px) {
      #main { display: none; }
    }
  CODE
  { lang: "scss", code: <<~'CODE' },
    @use "sass:math";
    $base-font-size: 16px !default;
    $spacing-unit: 30px;

    // Mixin for media queries
    @mixin media-query($device) {
      @media screen and (max-width: $device) {
        @content;
      }
    }

    .post-content {
      margin-bottom: math.div($spacing-unit, 2);
      h2 { font-size: $base-font-size * 2; }
      &:hover { color: darken(#2a7ae2, 15%); }
      @include media-query(600px) { margin: 0; }
    }
  CODE
  { lang: "go", code: <<~'CODE' },
    package main

    import (
    	"fmt"
    	"strings"
    )

    // Post is a blog post.
    type Post struct {
    	Title string
    	Views int
    }

    func (p *Post) Slug() string {
    	return strings.ToLower(strings.ReplaceAll(p.Title, " ", "-"))
    }

    func main() {
    	posts := []Post{{Title: "Hello World", Views: 10}}
    	for i, p := range posts {
    		if p.Views > 0 && i >= 0 {
    			fmt.Printf("%d: %s\n", i, p.Slug())
    		}
    	}
    	var ratio float64 = 1.5
    	_ = ratio
    }
  CODE
  { lang: "rust", code: <<~'CODE' },
    use std::collections::HashMap;

    /// A blog post.
    #[derive(Debug, Clone)]
    pub struct Post {
        title: String,
        views: u32,
    }

    impl Post {
        pub fn new(title: &str) -> Self {
            Post { title: title.to_string(), views: 0 }
        }
    }

    fn main() {
        let mut index: HashMap<String, Post> = HashMap::new();
        let p = Post::new("Hello");
        index.insert(p.title.clone(), p);
        // print all
        for (k, v) in &index {
            println!("{} => {:?}", k, v);
        }
        let x = 3.14_f64 * 2.0;
        if x > 1.0 { return; }
    }
  CODE
  { lang: "java", code: <<~'CODE' },
    package com.example.blog;

    import java.util.List;
    import java.util.ArrayList;

    /**
     * A blog post.
     */
    public class Post implements Comparable<Post> {
        private final String title;
        private int views = 0;
        public static final double RATIO = 1.5;

        public Post(String title) {
            this.title = title;
        }

        @Override
        public int compareTo(Post other) {
            return Integer.compare(this.views, other.views);
        }

        public static void main(String[] args) {
            List<Post> posts = new ArrayList<>();
            posts.add(new Post("Hello"));
            System.out.println("Posts: " + posts.size()); // print
        }
    }
  CODE
  { lang: "c", code: <<~'CODE' },
    #include <stdio.h>
    #include "post.h"

    #define MAX_POSTS 100

    /* A blog post */
    typedef struct {
        char title[64];
        int views;
    } post_t;

    static int count_views(const post_t *posts, size_t n) {
        int total = 0;
        for (size_t i = 0; i < n; i++) {
            total += posts[i].views;
        }
        return total;
    }

    int main(void) {
        post_t posts[MAX_POSTS] = {0};
        float ratio = 0.5f;
        printf("%d views\n", count_views(posts, 2));
        return 0;
    }
  CODE
  { lang: "cpp", code: <<~'CODE' },
    #include <iostream>
    #include <vector>
    #include <string>

    namespace blog {

    // A blog post
    class Post {
    public:
        explicit Post(std::string title) : title_(std::move(title)) {}
        virtual ~Post() = default;
        const std::string& title() const { return title_; }
    private:
        std::string title_;
    };

    template <typename T>
    T twice(T x) { return x * 2; }

    }  // namespace blog

    int main() {
        std::vector<blog::Post> posts{blog::Post("Hello")};
        auto n = blog::twice(21);
        bool ok = true;
        std::cout << posts[0].title() << " " << n << std::endl;
        return ok ? 0 : 1;
    }
  CODE
  { lang: "sql", code: <<~'CODE' },
    -- Most viewed posts
    CREATE TABLE posts (
      id INTEGER PRIMARY KEY,
      title VARCHAR(255) NOT NULL,
      views INT DEFAULT 0
    );

    INSERT INTO posts (title, views) VALUES ('Hello', 10), ("World", 2.5);

    SELECT p.title, COUNT(*) AS n
    FROM posts p
    LEFT JOIN comments c ON c.post_id = p.id
    WHERE p.views > 5 AND p.title LIKE '%jekyll%'
    GROUP BY p.title
    ORDER BY n DESC
    LIMIT 10;
  CODE
  { lang: "diff", code: <<~'CODE' },
    diff --git a/_config.yml b/_config.yml
    index 3b18e51..a9c8f2e 100644
    --- a/_config.yml
    +++ b/_config.yml
    @@ -1,4 +1,4 @@
     title: My Blog
    -theme: minima
    +theme: jekyll-theme-cayman
     markdown: kramdown
  CODE
  { lang: "dockerfile", code: <<~'CODE' },
    # Build the site
    FROM ruby:3.1-alpine AS build
    WORKDIR /srv/jekyll
    COPY Gemfile Gemfile.lock ./
    RUN bundle install && \
        apk add --no-cache nodejs
    ENV JEKYLL_ENV=production
    COPY . .
    RUN bundle exec jekyll build

    FROM nginx:alpine
    COPY --from=build /srv/jekyll/_site /usr/share/nginx/html
    EXPOSE 80
    CMD ["nginx", "-g", "daemon off;"]
  CODE
  { lang: "markdown", code: <<~'CODE' },
    # Title

    Some *emphasis*, **strong** and `code`.

    - item one
    - [a link](https://example.com "title")

    1. first
    2. second

    > A quote

    ```ruby
    puts "hi"
    ```

    ![image](/img.png)
    ---
  CODE
  { lang: "plaintext", code: <<~'CODE' },
    Just some plain text & <tags> "quoted".
      Indented line.
  CODE
  { lang: "xml", code: <<~'CODE' },
    <?xml version="1.0" encoding="UTF-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <!-- entries -->
      <title type="html">My Blog</title>
      <entry><id>urn:1</id><content><![CDATA[<p>Hi</p>]]></content></entry>
    </feed>
  CODE
  { lang: "php", code: <<~'CODE' },
    <?php
    namespace App;

    // A simple class
    class Post {
        private string $title;
        public function __construct(string $title) {
            $this->title = $title;
        }
        public function slug(): string {
            return strtolower(str_replace(' ', '-', $this->title)) . "-" . 42;
        }
    }
    echo (new Post("Hello"))->slug();
  CODE
  { lang: "liquid", code: <<~'CODE' },
    {% for post in site.posts limit: 3 %}
      <a href="{{ post.url | relative_url }}">{{ post.title }}</a>
    {% endfor %}
  CODE
]
