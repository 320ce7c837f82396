/**
 * Prompt handling of the pop → parameters conversion (image-generation.md §4.3).
 */
import { AI_HORDE_PROMPT_SEPARATOR } from './consts'

/** A prompt split into its positive and negative halves. */
export interface SplitPrompt {
  readonly prompt: string
  /** `null` when the prompt has no `###`; `""` when it ends with one. */
  readonly negative_prompt: string | null
}

/**
 * Splits a horde prompt at its **first** `###`: the left part is the prompt, the rest (further
 * `###` included) the negative prompt. Nothing is trimmed. Without a separator the negative
 * prompt is `null`.
 *
 * @example
 * import { splitPrompt } from 'horde-dispatch'
 *
 * assert.deepStrictEqual(splitPrompt('a###b###c'), { prompt: 'a', negative_prompt: 'b###c' })
 * assert.deepStrictEqual(splitPrompt('a cat### ugly'), { prompt: 'a cat', negative_prompt: ' ugly' })
 * assert.deepStrictEqual(splitPrompt('a###'), { prompt: 'a', negative_prompt: '' })
 * assert.deepStrictEqual(splitPrompt('a cat'), { prompt: 'a cat', negative_prompt: null })
 */
export const splitPrompt = (prompt: string): SplitPrompt => {
  const at = prompt.indexOf(AI_HORDE_PROMPT_SEPARATOR)
  return at < 0
    ? { prompt, negative_prompt: null }
    : { prompt: prompt.slice(0, at), negative_prompt: prompt.slice(at + AI_HORDE_PROMPT_SEPARATOR.length) }
}

// Python's `str.isspace` set (Unicode White_Space as CPython defines it): unlike JavaScript's `\s`
// it includes U+001C–U+001F and U+0085, and excludes U+FEFF.
const PYTHON_WHITESPACE_ONLY = /^[\t\n\v\f\r\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/

/**
 * Whether a prompt is unusable for generation (the conversion's F2 check): `null`, `undefined`,
 * `""`, or whitespace only by Python's `str.isspace` (which counts U+001C–U+001F and U+0085, and
 * not U+FEFF).
 *
 * @example
 * import { isBlankPrompt } from 'horde-dispatch'
 *
 * assert.strictEqual(isBlankPrompt(''), true)
 * assert.strictEqual(isBlankPrompt(' \t\u001f\u0085'), true)
 * assert.strictEqual(isBlankPrompt('\ufeff'), false)
 * assert.strictEqual(isBlankPrompt(null), true)
 * assert.strictEqual(isBlankPrompt('a cat'), false)
 */
export const isBlankPrompt = (prompt: string | null | undefined): boolean =>
  prompt === null || prompt === undefined || prompt === '' || PYTHON_WHITESPACE_ONLY.test(prompt)
