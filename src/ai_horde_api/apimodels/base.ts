/**
 * Entries shared by the image and text pops (horde_sdk `ai_horde_api/apimodels/base.py`).
 */
import * as t from 'io-ts'
import { NonEmptyString } from 'io-ts-types/lib/NonEmptyString'
import { boundedNumber } from '../../combinators/number'
import { defaulted } from '../../combinators/defaulted'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'

/**
 * `ExtraSourceImageEntry` (API `ExtraSourceImage`): a URL (the server stores these in R2) or base64.
 * **Decision**: `strength` is unbounded, as on the live server (the reference says -5 to 5).
 *
 * @example
 * import { ExtraSourceImageEntry, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(
 *   ExtraSourceImageEntry.decode({ image: 'https://r2.example/extra.png' }),
 *   E.right({ image: 'https://r2.example/extra.png', strength: 1, original_url: null }),
 * )
 * const r = ExtraSourceImageEntry.decode({ image: '' })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['image: expected NonEmptyString, got ""'])
 */
export const ExtraSourceImageEntry = model(
  'ExtraSourceImageEntry',
  {
    image: NonEmptyString,
    strength: defaulted(boundedNumber(), () => 1),
    /** SDK bookkeeping for downloaded copies; accepted if present. */
    original_url: defaulted(nullable(t.string), () => null),
  },
  { unknownKeys: 'keep' },
)
export type ExtraSourceImageEntry = t.TypeOf<typeof ExtraSourceImageEntry>
