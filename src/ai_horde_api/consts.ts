/**
 * AI Horde API enums used by job results and faults (horde_sdk `ai_horde_api/consts.py`).
 */
import type * as t from 'io-ts'
import { closedEnum } from '../combinators/closedEnum'
import { openEnum } from '../combinators/openEnum'

/** `METADATA_TYPE`: what a generation fault or note is about. */
export const KnownMetadataType = {
  lora: 'lora',
  ti: 'ti',
  censorship: 'censorship',
  source_image: 'source_image',
  source_mask: 'source_mask',
  extra_source_images: 'extra_source_images',
  batch_index: 'batch_index',
  information: 'information',
  aesthetic_score: 'aesthetic_score',
} as const

/** `METADATA_VALUE`: what happened. */
export const KnownMetadataValue = {
  download_failed: 'download_failed',
  parse_failed: 'parse_failed',
  baseline_mismatch: 'baseline_mismatch',
  csam: 'csam',
  nsfw: 'nsfw',
  see_ref: 'see_ref',
} as const

/** `GENERATION_STATE` (the state a worker reports for a result). `_NONE` is `""`. */
export const KnownGenerationState = {
  _NONE: '',
  ok: 'ok',
  censored: 'censored',
  faulted: 'faulted',
  csam: 'csam',
  waiting: 'waiting',
  processing: 'processing',
  partial: 'partial',
  cancelled: 'cancelled',
  done: 'done',
} as const

/**
 * Open codec over `KnownMetadataType`.
 *
 * @example
 * import { KnownMetadataType, MetadataType } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(MetadataType.decode(KnownMetadataType.source_image), E.right('source_image'))
 * assert.ok(MetadataType.isKnown('lora') && !MetadataType.isKnown('LoRA'))
 */
export const MetadataType = openEnum('MetadataType', KnownMetadataType)
export type MetadataType = t.TypeOf<typeof MetadataType>
/**
 * Open codec over `KnownMetadataValue`.
 *
 * @example
 * import { MetadataValue } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(MetadataValue.decode('download_failed'), E.right('download_failed'))
 * // The server may add values: they decode, and are not known.
 * assert.deepStrictEqual(MetadataValue.decode('new_value'), E.right('new_value'))
 * assert.ok(!MetadataValue.isKnown('new_value'))
 */
export const MetadataValue = openEnum('MetadataValue', KnownMetadataValue)
export type MetadataValue = t.TypeOf<typeof MetadataValue>
/**
 * Closed codec over `KnownGenerationState`: any other string fails.
 *
 * @example
 * import { formatErrors, GenerationState } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(GenerationState.decode('ok'), E.right('ok'))
 * assert.deepStrictEqual(GenerationState.decode(''), E.right(''))
 * const r = GenerationState.decode('OK')
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['(root): expected GenerationState, got "OK"'])
 */
export const GenerationState = closedEnum('GenerationState', Object.values(KnownGenerationState))
export type GenerationState = t.TypeOf<typeof GenerationState>
