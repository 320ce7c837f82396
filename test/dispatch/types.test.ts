/**
 * Type-level tests: checked by `npm run typecheck` (tsc), run as no-ops by jest.
 */
import type * as t from 'io-ts'
import {
  AIHordeDispatchParameters,
  AIHordeR2DispatchParameters,
  DispatchSource,
  InferenceBackend,
  KnownDispatchSource,
  type BackendConstraints,
} from '../../src'

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const assertType = <T extends true>(): T => true as T

describe('public types', () => {
  it('are checked by tsc', () => {
    // The decoded type is t.TypeOf of the codec: one definition per model.
    type Params = t.TypeOf<typeof AIHordeDispatchParameters>
    assertType<Equals<Params['generation_ids'], Array<string>>>()
    assertType<Equals<Params['ttl'], number | null>>()

    // An open enum: any string type-checks, a known member narrows.
    const source: DispatchSource = 'SOMETHING_NEW'
    const known: DispatchSource = KnownDispatchSource.AI_HORDE_API_OFFICIAL
    if (DispatchSource.isKnown(source)) {
      assertType<Equals<typeof source, 'UNKNOWN' | 'LOCAL_CUSTOM_3RD_PARTY' | 'AI_HORDE_API_OFFICIAL' | 'AI_HORDE_API_FORK'>>()
    }
    // @ts-expect-error a number is not a DispatchSource
    const notAString: DispatchSource = 5
    const constraint: BackendConstraints = 'ANY'
    const backend: InferenceBackend = 'KOBOLD_CPP'

    // Producers: defaults are optional, required fields are not.
    AIHordeR2DispatchParameters.make({ generation_ids: [], no_valid_request_found_reasons: {}, r2_upload_url_map: {} })
    // @ts-expect-error r2_upload_url_map is required
    AIHordeR2DispatchParameters.make({ generation_ids: [], no_valid_request_found_reasons: {} })
    // @ts-expect-error ttl is an integer or null, not a string
    AIHordeDispatchParameters.make({ generation_ids: [], no_valid_request_found_reasons: {}, ttl: '30' })
    // @ts-expect-error a skipped count is a number
    AIHordeDispatchParameters.make({ generation_ids: [], no_valid_request_found_reasons: { models: 'many' } })

    expect([known, notAString, constraint, backend]).toHaveLength(4)
  })
})
