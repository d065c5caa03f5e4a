/**
 * jekyll-gist 1.5: `{% gist id %}`, `{% gist user/id %}`, `{% gist id file.md %}` (either part may be a
 * variable) print GitHub's embed script. jekyll-gist also downloads the code for a `<noscript>` copy;
 * Utterson does not go to the network while rendering, so it prints the script alone and warns as
 * jekyll-gist does when the download fails, unless `gist: { noscript: false }`.
 */
import { isHash } from '../../../config/yaml.js'
import { rubyToS } from '../../../liquid/filters/ruby-inspect.js'
import { log } from '../../../util/log.js'
import { definePlugin, type TagContext } from '../../types.js'

const ARGUMENTS = /^(\S+|.*(?=\/).+)\s?(\S*)$/

export default definePlugin({
  name: 'jekyll-gist',
  setup(api) {
    api.addTag('gist', { render: gistTag })
  },
})

function gistTag(markup: string, context: TagContext): string {
  const match = ARGUMENTS.exec(markup.trim())
  if (!match) {
    throw new Error(
      `Syntax error in tag 'gist' while parsing the following markup:\n\n    ${markup}\n\n  Valid syntax:\n` +
        '    {% gist user/1234567 %}\n    {% gist user/1234567 foo.js %}\n    {% gist 28949e1d5ee2273f9fd3 %}\n    {% gist 28949e1d5ee2273f9fd3 best.md %}',
    )
  }
  const resolve = (arg: string): string => {
    if (arg === '') return arg
    const value = context.get(arg)
    return value === undefined || value === null ? arg : rubyToS(value)
  }
  const id = resolve(match[1]!.trim())
  const file = resolve(match[2]!.trim())
  const settings = context.config.gist
  if (!(isHash(settings) && settings.noscript === false)) {
    log.warn('Warning:', `The <noscript> tag for your gist ${id} `)
    log.warn('', 'could not be generated. This will affect users who do ')
    log.warn('', 'not have JavaScript enabled in their browsers.')
  }
  const url = `https://gist.github.com/${id}.js${file === '' ? '' : `?file=${file}`}`
  return `<script src="${url}"> </script>`
}
