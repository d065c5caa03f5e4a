/**
 * Per-language tuning, keyed by highlight.js module. Each entry nudges highlight.js's scopes
 * towards what Rouge 3.30's lexer prints for the same token (checked against
 * test/compat/rouge-samples.json; agreement is reported by test/unit/highlight-classes.test.ts).
 * Languages without an entry use the generic map in rouge-classes.ts.
 */
import type { LanguageProfile } from './language-profile.js';
import * as data from './profiles-data.js';
import * as scripting from './profiles-scripting.js';
import * as systems from './profiles-systems.js';
import * as web from './profiles-web.js';

export const LANGUAGE_PROFILES: Readonly<Record<string, LanguageProfile>> = {
  ...scripting,
  ...web,
  ...systems,
  ...data,
  // Close relatives share a profile.
  objectivec: systems.c,
  csharp: systems.java,
  kotlin: systems.java,
  scala: systems.java,
  erb: web.xml,
  'php-template': web.xml,
};

const DEFAULT_PROFILE: LanguageProfile = {};

/** The profile for a highlight.js module (an empty profile when the language needs no tuning). */
export function profileFor(module: string | undefined): LanguageProfile {
  return (module !== undefined && LANGUAGE_PROFILES[module]) || DEFAULT_PROFILE;
}
