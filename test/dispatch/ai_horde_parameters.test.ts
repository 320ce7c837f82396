import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { AIHordeDispatchParameters, AIHordeR2DispatchParameters, formatErrors, strict } from '../../src'

const U1 = '11111111-1111-4111-8111-111111111111'
const U2 = '22222222-2222-4222-8222-222222222222'
const lines = (r: E.Either<t.Errors, unknown>) => (E.isLeft(r) ? formatErrors(r.left) : r.right)

const wire = {
  generation_ids: [U1.toUpperCase(), U2.replace(/-/g, '')],
  dispatch_source: 'AI_HORDE_API_OFFICIAL',
  ttl: 150,
  inference_backend: 'COMFYUI',
  requested_backend_constraints: 'SPECIFIED',
  no_valid_request_found_reasons: { models: 3, max_pixels: 1, reason_from_the_future: 2 },
  source_image_fallback_choice: 'TXT2IMG_FALLBACK',
  r2_upload_url_map: { [`{${U1}}`]: 'https://r2/1', [`urn:uuid:${U2}`]: 'https://r2/2' },
  unknown_top_level: true,
}

describe('AIHordeDispatchParameters', () => {
  it('decodes a minimal payload with the defaults', () => {
    expect(AIHordeDispatchParameters.decode({ generation_ids: [U1], no_valid_request_found_reasons: {} })).toEqual(
      E.right({
        generation_ids: [U1],
        dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY',
        ttl: null,
        inference_backend: null,
        requested_backend_constraints: 'ANY',
        no_valid_request_found_reasons: {},
        source_image_fallback_choice: 'ABANDON',
      }),
    )
  })

  it('narrows generation_ids to GenerationIDs', () => {
    expect(lines(AIHordeDispatchParameters.decode({ generation_ids: [U1, 'abc', 5, ''], no_valid_request_found_reasons: {} }))).toEqual([
      'generation_ids[1]: expected GenerationID, got "abc"',
      'generation_ids[2]: expected GenerationID, got 5',
      'generation_ids[3]: expected GenerationID, got ""',
    ])
  })

  it('requires the skipped object', () => {
    expect(lines(AIHordeDispatchParameters.decode({ generation_ids: [] }))).toEqual([
      'no_valid_request_found_reasons: required, but missing (expected NoValidRequestFoundReasons)',
    ])
  })

  it('keeps counts it does not know through decode then encode', () => {
    const input = { generation_ids: [], no_valid_request_found_reasons: { max_context_length: 2, matching_softprompt: 1, brand_new: 9 } }
    const r = AIHordeDispatchParameters.decode(input)
    expect(E.isRight(r) && AIHordeDispatchParameters.encode(r.right).no_valid_request_found_reasons).toEqual(input.no_valid_request_found_reasons)
  })

  it('reports a known count that breaks its rule under any shape', () => {
    expect(lines(AIHordeDispatchParameters.decode({ generation_ids: [], no_valid_request_found_reasons: { models: -1 } }))).toEqual([
      'no_valid_request_found_reasons.models: expected integer >= 0 | null, got -1',
    ])
  })
})

describe('AIHordeR2DispatchParameters', () => {
  it('decodes a full payload: IDs and map keys normalised, unknown top-level key dropped', () => {
    expect(AIHordeR2DispatchParameters.decode(wire)).toEqual(
      E.right({
        generation_ids: [U1, U2],
        dispatch_source: 'AI_HORDE_API_OFFICIAL',
        ttl: 150,
        inference_backend: 'COMFYUI',
        requested_backend_constraints: 'SPECIFIED',
        no_valid_request_found_reasons: { models: 3, max_pixels: 1, reason_from_the_future: 2 },
        source_image_fallback_choice: 'TXT2IMG_FALLBACK',
        r2_upload_url_map: { [U1]: 'https://r2/1', [U2]: 'https://r2/2' },
      }),
    )
  })

  it('encodes the same wire object it decoded, in canonical form', () => {
    const r = AIHordeR2DispatchParameters.decode(wire)
    expect(E.isRight(r) && AIHordeR2DispatchParameters.encode(r.right)).toEqual({
      generation_ids: [U1, U2],
      dispatch_source: 'AI_HORDE_API_OFFICIAL',
      ttl: 150,
      inference_backend: 'COMFYUI',
      requested_backend_constraints: 'SPECIFIED',
      no_valid_request_found_reasons: { models: 3, max_pixels: 1, reason_from_the_future: 2 },
      source_image_fallback_choice: 'TXT2IMG_FALLBACK',
      r2_upload_url_map: { [U1]: 'https://r2/1', [U2]: 'https://r2/2' },
    })
  })

  it('requires the upload map (which may be empty)', () => {
    expect(lines(AIHordeR2DispatchParameters.decode({ generation_ids: [], no_valid_request_found_reasons: {} }))).toEqual([
      'r2_upload_url_map: required, but missing (expected { [GenerationID]: string })',
    ])
    expect(E.isRight(AIHordeR2DispatchParameters.decode({ generation_ids: [], no_valid_request_found_reasons: {}, r2_upload_url_map: {} }))).toBe(true)
  })

  it('reports bad map keys and values by key', () => {
    const input = JSON.parse(`{"generation_ids":[],"no_valid_request_found_reasons":{},"r2_upload_url_map":{"abc":"u","${U1}":5,"__proto__":"x"}}`)
    expect(lines(AIHordeR2DispatchParameters.decode(input))).toEqual([
      'r2_upload_url_map["abc"]: invalid key, expected GenerationID',
      `r2_upload_url_map["${U1}"]: expected string, got 5`,
      'r2_upload_url_map["__proto__"]: invalid key, expected GenerationID',
    ])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('reports several errors of one input together', () => {
    expect(lines(AIHordeR2DispatchParameters.decode({ generation_ids: ['x', U1, 'y'], ttl: '30', no_valid_request_found_reasons: {}, r2_upload_url_map: {} }))).toEqual([
      'generation_ids[0]: expected GenerationID, got "x"',
      'generation_ids[2]: expected GenerationID, got "y"',
      'ttl: expected integer | null, got "30"',
    ])
  })

  it('strict: rejects unknown keys at every level, naming each', () => {
    expect(lines(strict.AIHordeR2DispatchParameters.decode(wire))).toEqual([
      'no_valid_request_found_reasons.reason_from_the_future: unknown key "reason_from_the_future" (NoValidRequestFoundReasons has no such field)',
      'unknown_top_level: unknown key "unknown_top_level" (AIHordeR2DispatchParameters has no such field)',
    ])
  })

  it('strict accepts what the default codec produces from exact input', () => {
    const { unknown_top_level: _, ...exact } = wire
    const exactWire = { ...exact, no_valid_request_found_reasons: { models: 3, max_pixels: 1 } }
    expect(strict.AIHordeR2DispatchParameters.decode(exactWire)).toEqual(AIHordeR2DispatchParameters.decode(exactWire))
  })

  it('make: producers get defaults and validation', () => {
    const made = AIHordeR2DispatchParameters.make({ generation_ids: [U1], no_valid_request_found_reasons: {}, r2_upload_url_map: { [U1]: 'https://r2/1' } })
    expect(made).toEqual(E.right(expect.objectContaining({ dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY', source_image_fallback_choice: 'ABANDON' })))
    expect(lines(AIHordeR2DispatchParameters.make({ generation_ids: ['nope'], no_valid_request_found_reasons: {}, r2_upload_url_map: {} }))).toEqual([
      'generation_ids[0]: expected GenerationID, got "nope"',
    ])
  })
})
