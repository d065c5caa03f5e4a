/**
 * Output stringification with Ruby Liquid semantics, for liquidjs's `outputEscape` hook:
 * Hash → `{"a"=>1}`, Array → items concatenated, nil → "", Float → `5.0`.
 */
import { renderOutput } from './ruby-inspect.js'

/**
 * Pass as `new Liquid({ outputEscape: rubyOutput })`: liquidjs then runs every
 * `{{ }}`/`echo` value through it (unless the last filter is `raw`).
 */
export function rubyOutput (value: unknown): string {
  return renderOutput(value)
}
