// Checks the pure URL functions against a real Jekyll build recorded by
// test/compat/record-post-urls.sh (post URLs and the files written for them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { destinationPath, escapePath, generateUrl } from "../../src/site/url.js";
import { slugify } from "../../src/util/slugify.js";

/** `:title` for a post file without a `slug`: pretty, cased slug of the name after the date, escaped. */
function slugifiedUrlPart(file: string): string {
  const name = file.split("/").pop()!.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.[^.]+$/, "");
  return escapePath(slugify(name, "pretty", true));
}

interface PostUrls {
  posts: Array<{ file: string; front_matter: string }>;
  builds: Array<{
    permalink: string;
    results: Array<{ path: string; url: string; id: string }>;
    files: string[];
  }>;
}

const table = JSON.parse(
  readFileSync(new URL("../compat/post-urls.json", import.meta.url), "utf8"),
) as PostUrls;

test("every post appears in every recorded build", () => {
  assert.ok(table.builds.length >= 5);
  for (const build of table.builds) {
    assert.deepEqual(
      build.results.map((r) => r.path).sort(),
      table.posts.map((p) => p.file).sort(),
      build.permalink,
    );
  }
});

for (const build of table.builds) {
  test(`destinationPath maps each URL to the file Jekyll wrote (permalink: ${build.permalink})`, () => {
    const dest = "/site/_site";
    const written = build.results.map((r) => destinationPath(dest, r.url, ".html").slice(dest.length)).sort();
    assert.deepEqual(written, [...build.files].sort());
  });
}

test("the URL of a front-matter permalink goes through generateUrl unchanged when it has no placeholders", () => {
  for (const build of table.builds) {
    const noext = build.results.find((r) => r.path.endsWith("-noext.md"))!;
    assert.equal(generateUrl({ template: build.permalink, placeholders: {}, permalink: "/noext" }), noext.url);
  }
});

test("the :title part of each URL is the pretty, cased slug of the file name, escaped", () => {
  const pretty = table.builds.find((b) => b.permalink === "/:categories/:title/")!;
  for (const result of pretty.results) {
    const post = table.posts.find((p) => p.file === result.path)!;
    if (/^(slug|permalink):/.test(post.front_matter)) continue;
    assert.ok(result.url.endsWith(`/${slugifiedUrlPart(post.file)}/`), `${post.file} -> ${result.url}`);
  }
});
