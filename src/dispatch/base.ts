/**
 * The seed of every dispatch (horde_sdk `worker/dispatch/base.py`).
 */
import * as t from 'io-ts'
import { defaulted } from '../combinators/defaulted'
import { integer } from '../combinators/integer'
import { model } from '../combinators/model'
import { nullable } from '../combinators/nullable'
import { DispatchSource, InferenceBackend } from '../consts'
import { BackendConstraints } from './consts'

/**
 * `DispatchParameterBase`: which results to produce, where the job came from, how long it stays
 * valid, and which backend should run it. Unknown keys are dropped (the reference's default).
 *
 * @example
 * import { DispatchParameterBase, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(
 *   DispatchParameterBase.decode({ generation_ids: [1, 'x'], extra: true }),
 *   E.right({ generation_ids: [1, 'x'], dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY', ttl: null, inference_backend: null, requested_backend_constraints: 'ANY' }),
 * )
 * const r = DispatchParameterBase.decode({ generation_ids: [], ttl: 1.5 })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['ttl: expected integer | null, got 1.5'])
 */
export const DispatchParameterBase = model('DispatchParameterBase', {
  /** One result is expected per ID; any JSON values here, narrowed by the subtypes. */
  generation_ids: t.array(t.unknown),
  dispatch_source: defaulted(DispatchSource, () => 'LOCAL_CUSTOM_3RD_PARTY'),
  /** Seconds before the server treats the job as stale. */
  ttl: defaulted(nullable(integer()), () => null),
  inference_backend: defaulted(nullable(InferenceBackend), () => null),
  requested_backend_constraints: defaulted(BackendConstraints, () => 'ANY'),
})
export type DispatchParameterBase = t.TypeOf<typeof DispatchParameterBase>
