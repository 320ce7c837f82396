import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The benchmark's inputs, built once. Each is a fresh `JSON.parse` result, as a proxy or worker
 * would hold after reading a response body; decoders never mutate their input, so one copy serves
 * every round.
 */

/** A deterministic lowercase canonical UUID (version 4, variant 8) for index `i`. */
export const uuidAt = (i: number): string => {
  const hex = (i * 2654435761 + 0x9e3779b9).toString(16).padStart(8, '0').slice(-8)
  const tail = i.toString(16).padStart(12, '0')
  return `${hex}-${tail.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(5, 8)}-${tail}`
}

/**
 * `AIHordeR2DispatchParameters` as the server-side conversion of an image pop produces it: `n` IDs,
 * one upload URL per ID, skipped counts with one reason this library does not know, and one
 * top-level key the model does not know (to be dropped).
 */
export const dispatchJson = (n: number): string => {
  const ids = Array.from({ length: n }, (_, i) => uuidAt(i))
  return JSON.stringify({
    generation_ids: ids,
    dispatch_source: 'AI_HORDE_API_OFFICIAL',
    ttl: 150,
    inference_backend: 'COMFYUI',
    requested_backend_constraints: 'SPECIFIED',
    no_valid_request_found_reasons: { models: 3, max_pixels: 1, kudos: -2, worker_id: null, some_future_reason: 2 },
    source_image_fallback_choice: 'TXT2IMG_FALLBACK',
    r2_upload_url_map: Object.fromEntries(ids.map((id, i) => [id, `https://r2.example/upload/${i}?sig=abcdef0123456789`])),
    a_key_the_model_does_not_know: true,
  })
}

/** The 4-ID payload with three errors: two bad IDs (one in the list, one a map key) and `ttl: "30"`. */
export const invalidDispatchJson = (): string => {
  const p = JSON.parse(dispatchJson(4)) as Record<string, unknown>
  const ids = p.generation_ids as Array<string>
  ids[2] = 'not-a-uuid'
  const map = p.r2_upload_url_map as Record<string, string>
  delete map[ids[3]]
  map.abc = 'https://r2.example/upload/3'
  p.ttl = '30'
  return JSON.stringify(p)
}

/**
 * Inputs for the agreement check only (never timed): every accepted ID form, absent defaults,
 * `null` where nullable, an empty map, keys in upper case.
 */
export const agreementJson: ReadonlyArray<string> = [
  JSON.stringify({
    generation_ids: [
      '6F2D5A1C-8E4B-4C1A-9D3E-2B7F0A1C5E9D',
      '{0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}',
      'urn:uuid:0B1C2D3E-4F50-4A6B-8C7D-9E0F1A2B3C4E',
      '6ba7b8109dad11d180b400c04fd430c8',
    ],
    no_valid_request_found_reasons: {},
    r2_upload_url_map: { '6BA7B8109DAD11D180B400C04FD430C8': 'u1', '{0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}': 'u2' },
  }),
  JSON.stringify({
    generation_ids: [],
    dispatch_source: 'SOMETHING_NEW',
    ttl: null,
    inference_backend: null,
    no_valid_request_found_reasons: { 'post-processing': 0, post_processing: 'kept verbatim', max_context_length: -5 },
    r2_upload_url_map: {},
    extra: { nested: [1, 2] },
  }),
]

/** Inputs every decoder must reject (never timed). */
export const rejectJson: ReadonlyArray<string> = [
  JSON.stringify({ generation_ids: ['{6ba7b8109dad11d180b400c04fd430c8}'], no_valid_request_found_reasons: {}, r2_upload_url_map: {} }),
  JSON.stringify({ generation_ids: [], no_valid_request_found_reasons: { models: -1 }, r2_upload_url_map: {} }),
  JSON.stringify({ generation_ids: [], ttl: 5.5, no_valid_request_found_reasons: {}, r2_upload_url_map: {} }),
  JSON.stringify({ generation_ids: [], dispatch_source: null, no_valid_request_found_reasons: {}, r2_upload_url_map: {} }),
  JSON.stringify({ generation_ids: [], no_valid_request_found_reasons: { max_pixels: null }, r2_upload_url_map: {} }),
  JSON.stringify({ generation_ids: [], r2_upload_url_map: {} }),
  JSON.stringify({ generation_ids: [' 6ba7b810-9dad-11d1-80b4-00c04fd430c8'], no_valid_request_found_reasons: {}, r2_upload_url_map: {} }),
  JSON.stringify({ generation_ids: [], no_valid_request_found_reasons: {}, r2_upload_url_map: { 'URN:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8': 'u' } }),
  JSON.stringify([]),
]

/** A server-shaped pop from `examples/payloads` (written to the specs' §6: every key the live server emits). */
const examplePop = (file: string): string => readFileSync(join(__dirname, '..', 'examples', 'payloads', file), 'utf8')

export const imagePopJson = (): string => examplePop('image-job.json')
export const textPopJson = (): string => examplePop('text-job.json')
export const alchemyPopJson = (): string => examplePop('alchemy-job.json')

type Json = Record<string, unknown>
const edit = (json: string, f: (p: Json) => void): string => {
  const p = JSON.parse(json) as Json
  f(p)
  return JSON.stringify(p)
}

/** Each pop with three errors: a bad ID, a value out of bounds, `ttl: "30"` (alchemy has no ttl: a count below 0). */
export const invalidImagePopJson = (): string =>
  edit(imagePopJson(), (p) => {
    ;(p.ids as Array<string>)[1] = 'not-a-uuid'
    ;(p.payload as Json).height = 700
    p.ttl = '30'
  })
export const invalidTextPopJson = (): string =>
  edit(textPopJson(), (p) => {
    ;(p.ids as Array<string>)[0] = 'not-a-uuid'
    ;(p.payload as Json).temperature = 9
    p.ttl = '30'
  })
export const invalidAlchemyPopJson = (): string =>
  edit(alchemyPopJson(), (p) => {
    const forms = p.forms as Array<Json>
    forms[0].id = 'not-a-uuid'
    forms[1].source_image = 5
    p.skipped = { worker_id: -1 }
  })
