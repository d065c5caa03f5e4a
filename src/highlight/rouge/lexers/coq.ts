/** Rouge's `coq` lexer. */
import { LexerDefinition, type LexerRun, type RuleContext } from '../regex-lexer.js'

const set = (s: string) => new Set(s.trim().split(/\s+/))
const GALLINA = set('as fun if in let match then else return end Type Set Prop forall')
const COQ = set(`Definition Theorem Lemma Remark Example Fixpoint CoFixpoint Record Inductive CoInductive Corollary Goal
  Proof Ltac Require Import Export Module Section End Variable Context Polymorphic Monomorphic Universe Universes
  Variables Class Instance Global Local Include Printing Notation Infix Arguments Hint Rewrite Immediate Qed Defined
  Opaque Transparent Existing Compute Eval Print SearchAbout Search About Check`)
const LTAC = set(`apply eapply auto eauto rewrite setoid_rewrite with in as at destruct split inversion injection intro
  intros unfold fold cbv cbn lazy subst clear symmetry transitivity etransitivity erewrite edestruct constructor
  econstructor eexists exists f_equal refine instantiate revert simpl specialize generalize dependent red induction
  beta iota zeta delta exfalso autorewrite setoid_rewrite compute vm_compute native_compute`)
const TACTICALS = set('repeat first try')
const TERMINATORS = set('omega solve congruence reflexivity exact assumption eassumption')
/** Rouge's keyopts that are one character (the only ones its one-character rule can meet). */
const KEYOPTS = set('_ ; : ⇒ → ↔ ⇔ ≔ ≡ ∀ ∃ ∧ ∨ ¬ ⊤ ⊥ ⊢ ⊨ ∈')
const OPERATOR = /[[\];,{}_()!$%&*+./:<=>?@^|~#-]/
const ID = "(?:[a-z][\\w']*)|(?:[_a-z][\\w']+)"

function classify(word: string): string {
  if (COQ.has(word)) return 'k'
  if (GALLINA.has(word)) return 'kr'
  if (LTAC.has(word)) return 'kp'
  if (TERMINATORS.has(word)) return 'ne'
  if (TACTICALS.has(word)) return 'kp'
  return 'no'
}

interface CoqVars { name: string; continued: boolean }
const v = (lexer: LexerRun) => lexer.vars as unknown as CoqVars

function endId(c: RuleContext): void {
  const vars = v(c.lexer)
  c.token(vars.continued ? 'no' : classify(vars.name), vars.name)
}

export const coq = new LexerDefinition({
  name: 'coq',
  states: {
    root: [
      [/[(][*](?![)])/, 'c', 'comment'],
      [/\s+/, 'w'],
      [/Module(\s+)Type(\s+)/, (c) => { c.token('k', 'Module'); c.token('w', c.m[1]); c.token('k', 'Type'); c.token('w', c.m[2]) }],
      [/(Set|Unset)(\s+)(Universe|Printing|Implicit|Strict)(\s+)(Polymorphism|All|Notations|Arguments|Universes|Implicit)(\s*)\./, (c) => {
        c.token('k', c.m[1])
        c.token('w', c.m[2])
        c.token('k', c.m[3])
        c.token('w', c.m[4])
        c.token('k', c.m[5])
        c.token('w', c.m[6])
        c.token('pi', '.')
      }],
      [new RegExp(ID, 'i'), (c) => {
        Object.assign(c.lexer.vars, { name: c.m[0], continued: false } satisfies CoqVars)
        c.push('continue_id')
      }],
      [/\/\\/, 'o'],
      [/\\\//, 'o'],
      [/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'mf'],
      [/\d[\d_]*/, 'mi'],
      [/'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'/, 'sc'],
      [/'/, 'k'],
      [/"/, 's2', 'string'],
      [new RegExp(`[~?](?:${ID})`, 'i'), 'nv'],
      [/./u, (c) => c.token(KEYOPTS.has(c.m[0]) ? 'p' : OPERATOR.test(c.m[0]) ? 'o' : 'err')],
    ],
    comment: [
      [/[^(*)]+/, 'c'],
      [/[(][*]/, (c) => { c.token('c'); c.push() }],
      [/[*][)]/, 'c', '#pop'],
      [/[(*)]/, 'c'],
    ],
    string: [
      [/(?:\\")+|[^"]/, 's2'],
      { mixin: 'escape_sequence' },
      [/\\\n/, 's2'],
      [/"/, 's2', '#pop'],
    ],
    escape_sequence: [[/\\[\\"'ntbr]/, 'se']],
    continue_id: [
      [new RegExp(`\\.(${ID})`, 'i'), (c) => {
        const vars = v(c.lexer)
        c.token('nn', vars.name)
        c.token('p', '.')
        vars.continued = true
        vars.name = c.m[1]!
      }],
      [/\.(\s+)/, (c) => {
        endId(c)
        c.token('pi', '.')
        c.token('w', c.m[1])
        c.pop()
      }],
      [/(?:)/, (c) => { endId(c); c.pop() }],
    ],
  },
})
