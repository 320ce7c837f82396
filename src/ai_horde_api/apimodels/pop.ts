/**
 * Pieces shared by the image and text pops (horde_sdk `generic_api/apimodels.py`,
 * `ai_horde_api/apimodels/generate/pop.py`).
 */
import { defaulted } from '../../combinators/defaulted'
import { emptyAs } from '../../combinators/emptyAs'
import type { ModelRule } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'
import { GenerationID } from '../fields'

/**
 * The obsolete single-ID field `id`. **Decision**: `""` decodes as absent (`null`); the reference
 * substitutes a random UUID, which makes decoding impure and invents an ID the server never issued.
 *
 * @example
 * import { formatErrors, LegacyJobID } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(LegacyJobID.decode(''), E.right(null))
 * assert.deepStrictEqual(LegacyJobID.decode(undefined), E.right(null))
 * assert.deepStrictEqual(LegacyJobID.decode('AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'), E.right('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'))
 * const r = LegacyJobID.decode('abc')
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['(root): expected GenerationID | null, got "abc"'])
 */
export const LegacyJobID = defaulted(emptyAs(nullable(GenerationID), [''], () => null), () => null)

/**
 * The reference's ids-present rule: a pop that names a model (even `""`) is a job, and a job needs
 * an `id` or at least one of `ids`. A pop whose `model` is `null` is the "no job" shape.
 *
 * @example
 * import { idsPresentRule } from 'horde-dispatch'
 *
 * assert.ok(idsPresentRule.holds({ model: null, id: null, ids: [] })) // no job: nothing to check
 * assert.ok(idsPresentRule.holds({ model: 'stable_diffusion', id: null, ids: ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'] }))
 * assert.ok(!idsPresentRule.holds({ model: '', id: null, ids: [] }))
 */
export const idsPresentRule: ModelRule<{ readonly model: string | null; readonly id: string | null; readonly ids: ReadonlyArray<string> }> = {
  name: 'ids-present',
  holds: (pop) => pop.model === null || pop.id !== null || pop.ids.length > 0,
  message: 'Neither id nor ids were present in the response, though it names a model (a job needs at least one ID)',
}
