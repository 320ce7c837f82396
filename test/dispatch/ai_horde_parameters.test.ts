import * as E from 'fp-ts/Either'
import { AIHordeR2DispatchParameters, formatErrors } from '../../src'

const U1 = '11111111-1111-4111-8111-111111111111'

describe('AIHordeR2DispatchParameters', () => {
  it('decodes a minimal payload with every default filled in', () => {
    expect(AIHordeR2DispatchParameters.decode({ generation_ids: [U1], no_valid_request_found_reasons: {}, r2_upload_url_map: {} })).toEqual(
      E.right({
        generation_ids: [U1],
        dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY',
        ttl: null,
        inference_backend: null,
        requested_backend_constraints: 'ANY',
        no_valid_request_found_reasons: {},
        source_image_fallback_choice: 'ABANDON',
        r2_upload_url_map: {},
      }),
    )
  })

  it('reports every error with its path', () => {
    const r = AIHordeR2DispatchParameters.decode(JSON.parse('{"generation_ids":["abc"],"ttl":"30","no_valid_request_found_reasons":{},"r2_upload_url_map":{"abc":"u"}}'))
    expect(E.isLeft(r) && formatErrors(r.left)).toEqual([
      'generation_ids[0]: expected GenerationID, got "abc"',
      'ttl: expected integer | null, got "30"',
      'r2_upload_url_map["abc"]: invalid key, expected GenerationID',
    ])
  })
})
