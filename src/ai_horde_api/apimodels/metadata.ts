/**
 * `GenMetadataEntry` (horde_sdk `ai_horde_api/apimodels/base.py`): a fault or note attached to a
 * generation, `{type, value, ref}`. The conversions report faults with it.
 */
import * as t from 'io-ts'
import { defaulted } from '../../combinators/defaulted'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'
import { MetadataType, MetadataValue } from '../consts'

/**
 * A fault or note on a generation: `{type, value, ref}`, `ref` `null` when absent.
 *
 * @example
 * import { GenMetadataEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(
 *   GenMetadataEntry.decode({ type: 'source_image', value: 'download_failed' }),
 *   E.right({ type: 'source_image', value: 'download_failed', ref: null }),
 * )
 * assert.deepStrictEqual(GenMetadataEntry.encode({ type: 'lora', value: 'parse_failed', ref: '2' }), { type: 'lora', value: 'parse_failed', ref: '2' })
 * assert.ok(E.isLeft(GenMetadataEntry.decode({ type: 'lora' })))
 */
export const GenMetadataEntry = model('GenMetadataEntry', {
  type: MetadataType,
  value: MetadataValue,
  /** What the entry refers to, such as the index of an extra source image. */
  ref: defaulted(nullable(t.string), () => null),
})
export type GenMetadataEntry = t.TypeOf<typeof GenMetadataEntry>
