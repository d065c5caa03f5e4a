/**
 * Ruby's `File.fnmatch?(pattern, path)` with no flags, as Jekyll's exclude/include matching uses it:
 * `*` and `?` also match `/`, `[...]` is a character class, `\` escapes, and a leading `.` of the
 * path is only matched by a literal `.`.
 */
const cache = new Map<string, RegExp>()

function compile(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '*') re += '[\\s\\S]*'
    else if (c === '?') re += '[\\s\\S]'
    else if (c === '\\' && i + 1 < pattern.length) re += escape(pattern[++i] as string)
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end === -1) re += '\\['
      else {
        let body = pattern.slice(i + 1, end)
        const negate = body.startsWith('!') || body.startsWith('^')
        if (negate) body = body.slice(1)
        re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`
        i = end
      }
    } else re += escape(c)
  }
  return new RegExp(`^${re}$`)
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

export function fnmatch(pattern: string, path: string): boolean {
  let re = cache.get(pattern)
  if (!re) {
    re = compile(pattern)
    cache.set(pattern, re)
  }
  if (path.startsWith('.') && !pattern.startsWith('.')) return false
  return re.test(path)
}
