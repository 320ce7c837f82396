/**
 * What `horde-dispatch check <kind>` can check: a codec per kind, and a short summary of a decoded value.
 */
import type * as t from 'io-ts'
import { AIHordeDispatchParameters, AIHordeR2DispatchParameters } from '../dispatch/ai_horde_parameters'
import { DispatchParameterBase } from '../dispatch/base'
import { toStrict } from '../combinators/strict'

export interface CheckKind<A> {
  readonly codec: t.Type<A, unknown, unknown>
  /** Lines that tell a person what was decoded: the kind, the IDs, job or no job. */
  readonly summarise: (a: A) => ReadonlyArray<string>
}

const kind = <A>(codec: t.Type<A, unknown, unknown>, summarise: (a: A) => ReadonlyArray<string>): CheckKind<unknown> =>
  ({ codec, summarise }) as CheckKind<unknown>

const idsLine = (ids: ReadonlyArray<unknown>): string => `ids: ${ids.length === 0 ? '(none)' : ids.map(String).join(', ')}`

const dispatchSummary = (name: string) => (p: DispatchParameterBase): ReadonlyArray<string> => [
  `kind: ${name}`,
  idsLine(p.generation_ids),
  `source: ${p.dispatch_source}, backend: ${p.inference_backend ?? '(any)'}, constraints: ${p.requested_backend_constraints}, ttl: ${p.ttl ?? '(none)'}`,
]

export const checkKinds: Readonly<Record<string, CheckKind<unknown>>> = {
  dispatch: kind(DispatchParameterBase, dispatchSummary('DispatchParameterBase')),
  'ai-horde-dispatch': kind(AIHordeDispatchParameters, dispatchSummary('AIHordeDispatchParameters')),
  'r2-dispatch': kind(AIHordeR2DispatchParameters, (p) => [
    ...dispatchSummary('AIHordeR2DispatchParameters')(p),
    `upload URLs: ${Object.keys(p.r2_upload_url_map).length}`,
  ]),
}

/** The strict codec of a kind. */
export const strictCodec = <A>(k: CheckKind<A>): t.Type<A, unknown, unknown> => toStrict(k.codec)
