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

export const MetadataType = openEnum('MetadataType', KnownMetadataType)
export type MetadataType = t.TypeOf<typeof MetadataType>
export const MetadataValue = openEnum('MetadataValue', KnownMetadataValue)
export type MetadataValue = t.TypeOf<typeof MetadataValue>
export const GenerationState = closedEnum('GenerationState', Object.values(KnownGenerationState))
export type GenerationState = t.TypeOf<typeof GenerationState>
