/**
 * Decode a valid and an invalid dispatch payload, pattern-match on the Either, print the result.
 * Run with `npm start`.
 */
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import { AIHordeR2DispatchParameters, formatErrors } from '../src'

const valid: unknown = JSON.parse(`{
  "generation_ids": ["6F2D5A1C-8E4B-4C1A-9D3E-2B7F0A1C5E9D", "{0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}"],
  "dispatch_source": "AI_HORDE_API_OFFICIAL",
  "ttl": 150,
  "inference_backend": "COMFYUI",
  "requested_backend_constraints": "SPECIFIED",
  "no_valid_request_found_reasons": { "models": 3, "max_pixels": 1, "some_future_reason": 2 },
  "source_image_fallback_choice": "TXT2IMG_FALLBACK",
  "r2_upload_url_map": {
    "6f2d5a1c8e4b4c1a9d3e2b7f0a1c5e9d": "https://r2.example/upload/1",
    "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d": "https://r2.example/upload/2"
  },
  "a_key_the_model_does_not_know": true
}`)

const invalid: unknown = JSON.parse(`{
  "generation_ids": ["6f2d5a1c-8e4b-4c1a-9d3e-2b7f0a1c5e9d", "not-a-uuid", ""],
  "ttl": "30",
  "no_valid_request_found_reasons": { "models": -1 },
  "r2_upload_url_map": { "abc": "https://r2.example/upload/1" }
}`)

const report = (label: string, payload: unknown): void =>
  pipe(
    AIHordeR2DispatchParameters.decode(payload),
    E.match(
      (errors) => console.log(`${label}: invalid\n${formatErrors(errors).map((l) => `  - ${l}`).join('\n')}`),
      (params) => console.log(`${label}: valid\n${JSON.stringify(AIHordeR2DispatchParameters.encode(params), null, 2)}`),
    ),
  )

report('dispatch payload #1', valid)
report('dispatch payload #2', invalid)
