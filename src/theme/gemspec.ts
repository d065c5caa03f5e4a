/**
 * Reads a gemspec as data (no Ruby): name, version, authors, summary, description, metadata and the
 * runtime dependencies. Handles both installed specification stubs (`s.add_runtime_dependency(%q<x>.freeze, …)`
 * inside `if s.respond_to? …` with an `add_dependency` fallback branch) and source gemspecs
 * (`spec.add_runtime_dependency "x", "~> 1.0"`).
 */
export interface Gemspec {
  name?: string
  version?: string
  authors: string[]
  summary?: string
  description?: string
  metadata: Record<string, string>
  /** Runtime dependency names, in declaration order, without duplicates. */
  runtimeDependencies: string[]
}

/** A Ruby string literal: "x", 'x', %q<x>, %q{x}, %q(x), %q[x], %Q|x| — optionally followed by `.freeze`. */
const STRING = String.raw`(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|%[qQ]?(?:<([^>]*)>|\{([^}]*)\}|\(([^)]*)\)|\[([^\]]*)\]|\|([^|]*)\|))(?:\.freeze)?`

function literal(match: RegExpExecArray, from = 1): string {
  for (let i = from; i < from + 7; i++) {
    const value = match[i]
    if (value !== undefined) return value.replace(/\\(.)/g, '$1')
  }
  return ''
}

function attribute(text: string, name: string): string | undefined {
  const match = new RegExp(String.raw`\.${name}\s*=\s*` + STRING).exec(text)
  return match ? literal(match) : undefined
}

function stringList(text: string, name: string): string[] {
  const list = new RegExp(String.raw`\.${name}\s*=\s*\[([^\]]*)\]`).exec(text)
  const single = attribute(text, name)
  if (!list) return single === undefined ? [] : [single]
  const out: string[] = []
  const re = new RegExp(STRING, 'g')
  for (let m = re.exec(list[1] ?? ''); m; m = re.exec(list[1] ?? '')) out.push(literal(m))
  return out
}

function dependencies(text: string, method: string): string[] {
  const re = new RegExp(String.raw`\.${method}\s*\(?\s*` + STRING, 'g')
  const out: string[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(literal(m))
  return out
}

function metadata(text: string): Record<string, string> {
  const block = /\.metadata\s*=\s*\{([\s\S]*?)\}/.exec(text)
  const out: Record<string, string> = {}
  if (!block) return out
  const re = new RegExp(STRING + String.raw`\s*=>\s*` + STRING, 'g')
  for (let m = re.exec(block[1] ?? ''); m; m = re.exec(block[1] ?? '')) out[literal(m, 1)] = literal(m, 8)
  return out
}

/** Drops Ruby comments (a `#` outside strings up to the end of the line), keeping line structure. */
function stripComments(text: string): string {
  return text.replace(/^((?:[^#"'\n]|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')*)#.*$/gm, '$1')
}

export function parseGemspec(source: string): Gemspec {
  const text = stripComments(source)
  const runtime = dependencies(text, 'add_runtime_dependency')
  const development = new Set(dependencies(text, 'add_development_dependency'))
  // `add_dependency` declares a runtime dependency; in installed stubs it also repeats development ones
  // in the fallback branch, so those are left out.
  const plain = dependencies(text, 'add_dependency').filter((name) => !development.has(name))
  return {
    name: attribute(text, 'name'),
    version: attribute(text, 'version'),
    authors: stringList(text, 'authors'),
    summary: attribute(text, 'summary'),
    description: attribute(text, 'description'),
    metadata: metadata(text),
    runtimeDependencies: [...new Set([...runtime, ...plain])],
  }
}
