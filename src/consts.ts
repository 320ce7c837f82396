/**
 * Enums shared across the library (horde_sdk `consts.py`). Every one is "known members, or any
 * string" on the wire; each const object maps the reference's member names to the wire values.
 */
import type * as t from 'io-ts'
import { openEnum } from './combinators/openEnum'

/** `KNOWN_DISPATCH_SOURCE`: where a dispatched job came from. */
export const KnownDispatchSource = {
  UNKNOWN: 'UNKNOWN',
  LOCAL_CUSTOM_3RD_PARTY: 'LOCAL_CUSTOM_3RD_PARTY',
  AI_HORDE_API_OFFICIAL: 'AI_HORDE_API_OFFICIAL',
  AI_HORDE_API_FORK: 'AI_HORDE_API_FORK',
} as const

/** `KNOWN_INFERENCE_BACKEND`: which backend should run the job. */
export const KnownInferenceBackend = {
  UNKNOWN: 'UNKNOWN',
  IN_MODEL_NAME: 'IN_MODEL_NAME',
  CUSTOM_UNPUBLISHED: 'CUSTOM_UNPUBLISHED',
  COMFYUI: 'COMFYUI',
  A1111: 'A1111',
  HORDE_ALCHEMIST: 'HORDE_ALCHEMIST',
  KOBOLD_CPP: 'KOBOLD_CPP',
  APHRODITE: 'APHRODITE',
} as const

/** `KNOWN_ALCHEMY_BACKEND`. */
export const KnownAlchemyBackend = {
  UNKNOWN: 'UNKNOWN',
  CUSTOM_UNPUBLISHED: 'CUSTOM_UNPUBLISHED',
  HORDE_ALCHEMIST: 'HORDE_ALCHEMIST',
} as const

/** `WORKER_TYPE`. `alchemist` is the reference's alias of `interrogation` (same value). */
export const WorkerType = {
  image: 'image',
  text: 'text',
  interrogation: 'interrogation',
  alchemist: 'interrogation',
  video: 'video',
  audio: 'audio',
} as const

/**
 * Open codec over `KnownDispatchSource`.
 *
 * @example
 * import { DispatchSource, KnownDispatchSource } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(DispatchSource.decode(KnownDispatchSource.AI_HORDE_API_OFFICIAL), E.right('AI_HORDE_API_OFFICIAL'))
 * assert.deepStrictEqual(DispatchSource.decode('MY_FORK'), E.right('MY_FORK'))
 * assert.ok(DispatchSource.isKnown('UNKNOWN') && !DispatchSource.isKnown('MY_FORK'))
 */
export const DispatchSource = openEnum('DispatchSource', KnownDispatchSource)
export type DispatchSource = t.TypeOf<typeof DispatchSource>

/**
 * Open codec over `KnownInferenceBackend`.
 *
 * @example
 * import { formatErrors, InferenceBackend, KnownInferenceBackend } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(InferenceBackend.decode(KnownInferenceBackend.COMFYUI), E.right('COMFYUI'))
 * const r = InferenceBackend.decode(3)
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['(root): expected InferenceBackend, got 3'])
 */
export const InferenceBackend = openEnum('InferenceBackend', KnownInferenceBackend)
export type InferenceBackend = t.TypeOf<typeof InferenceBackend>

/**
 * Open codec over `KnownAlchemyBackend`.
 *
 * @example
 * import { AlchemyBackend, KnownAlchemyBackend } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(AlchemyBackend.known, Object.values(KnownAlchemyBackend))
 * assert.deepStrictEqual(AlchemyBackend.decode('HORDE_ALCHEMIST'), E.right('HORDE_ALCHEMIST'))
 */
export const AlchemyBackend = openEnum('AlchemyBackend', KnownAlchemyBackend)
export type AlchemyBackend = t.TypeOf<typeof AlchemyBackend>

/**
 * Open codec over `WorkerType`.
 *
 * @example
 * import { WorkerType, WorkerTypeCodec } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * // `alchemist` is an alias: the known values are listed once.
 * assert.deepStrictEqual(WorkerTypeCodec.known, ['image', 'text', 'interrogation', 'video', 'audio'])
 * assert.deepStrictEqual(WorkerTypeCodec.decode(WorkerType.alchemist), E.right('interrogation'))
 * assert.ok(!WorkerTypeCodec.isKnown('alchemist'))
 */
export const WorkerTypeCodec = openEnum('WorkerType', WorkerType)
