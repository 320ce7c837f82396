/**
 * `GenMetadataEntry` (horde_sdk `ai_horde_api/apimodels/base.py`): a fault or note attached to a
 * generation, `{type, value, ref}`. The conversions report faults with it.
 */
import * as t from 'io-ts'
import { defaulted } from '../../combinators/defaulted'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'
import { MetadataType, MetadataValue } from '../consts'

export const GenMetadataEntry = model('GenMetadataEntry', {
  type: MetadataType,
  value: MetadataValue,
  /** What the entry refers to, such as the index of an extra source image. */
  ref: defaulted(nullable(t.string), () => null),
})
export type GenMetadataEntry = t.TypeOf<typeof GenMetadataEntry>
