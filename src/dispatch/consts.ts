/**
 * Dispatch enums (horde_sdk `worker/consts.py`).
 */
import type * as t from 'io-ts'
import { openEnum } from '../combinators/openEnum'

/** `REQUESTED_BACKEND_CONSTRAINTS`: how strictly the backend choice binds the worker. */
export const RequestedBackendConstraints = {
  ANY: 'ANY',
  SPECIFIED: 'SPECIFIED',
  DEFAULT_IMAGE: 'DEFAULT_IMAGE',
  DEFAULT_TEXT: 'DEFAULT_TEXT',
  DEFAULT_AUDIO: 'DEFAULT_AUDIO',
  DEFAULT_VIDEO: 'DEFAULT_VIDEO',
  DEFAULT_ALCHEMY: 'DEFAULT_ALCHEMY',
  NO_CUSTOM: 'NO_CUSTOM',
  ONLY_CUSTOM: 'ONLY_CUSTOM',
} as const

/** `REQUESTED_SOURCE_IMAGE_FALLBACK_CHOICE`: what to do when a job's source image is unusable. */
export const RequestedSourceImageFallbackChoice = {
  TXT2IMG_FALLBACK: 'TXT2IMG_FALLBACK',
  ABANDON: 'ABANDON',
  USE_WHITE_IMAGE: 'USE_WHITE_IMAGE',
  USE_BLACK_IMAGE: 'USE_BLACK_IMAGE',
  USE_NOISE_IMAGE: 'USE_NOISE_IMAGE',
} as const

/**
 * Open codec over `RequestedBackendConstraints`.
 *
 * @example
 * import { BackendConstraints, RequestedBackendConstraints } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(BackendConstraints.decode(RequestedBackendConstraints.NO_CUSTOM), E.right('NO_CUSTOM'))
 * assert.ok(!BackendConstraints.isKnown('no_custom'))
 */
export const BackendConstraints = openEnum('BackendConstraints', RequestedBackendConstraints)
export type BackendConstraints = t.TypeOf<typeof BackendConstraints>

/**
 * Open codec over `RequestedSourceImageFallbackChoice`.
 *
 * @example
 * import { RequestedSourceImageFallbackChoice, SourceImageFallbackChoice } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(SourceImageFallbackChoice.decode('TXT2IMG_FALLBACK'), E.right(RequestedSourceImageFallbackChoice.TXT2IMG_FALLBACK))
 * assert.ok(E.isLeft(SourceImageFallbackChoice.decode(null)))
 */
export const SourceImageFallbackChoice = openEnum('SourceImageFallbackChoice', RequestedSourceImageFallbackChoice)
export type SourceImageFallbackChoice = t.TypeOf<typeof SourceImageFallbackChoice>
