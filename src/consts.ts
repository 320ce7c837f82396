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

/** Open codec over `KnownDispatchSource`. */
export const DispatchSource = openEnum('DispatchSource', KnownDispatchSource)
export type DispatchSource = t.TypeOf<typeof DispatchSource>

/** Open codec over `KnownInferenceBackend`. */
export const InferenceBackend = openEnum('InferenceBackend', KnownInferenceBackend)
export type InferenceBackend = t.TypeOf<typeof InferenceBackend>

/** Open codec over `KnownAlchemyBackend`. */
export const AlchemyBackend = openEnum('AlchemyBackend', KnownAlchemyBackend)
export type AlchemyBackend = t.TypeOf<typeof AlchemyBackend>

/** Open codec over `WorkerType`. */
export const WorkerTypeCodec = openEnum('WorkerType', WorkerType)
