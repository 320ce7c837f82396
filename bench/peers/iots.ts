/**
 * `AIHordeR2DispatchParameters` in plain io-ts, composed as an fp-ts codebase would write it:
 * `exact(intersection([type, partial]))` for the top level (unknown keys stripped), `partial` over
 * the open skipped object (unknown keys kept), a small `Type` for the upload map (io-ts' `record`
 * silently drops keys its domain rejects, where an invalid key must fail), and `Either.map` to fill
 * in defaults. Same ID normaliser as every other decoder.
 */
import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import { normaliseGenerationID as sharedNormaliser } from '../../src/ai_horde_api/fields'

/** A local binding: a call through the module namespace (what tsx emits for an import) costs a getter each time. */
const normaliseGenerationID = sharedNormaliser

export const GenerationID = new t.Type<string, string, unknown>(
  'GenerationID',
  (u): u is string => typeof u === 'string' && normaliseGenerationID(u) === u,
  (u, c) => {
    const id = typeof u === 'string' ? normaliseGenerationID(u) : undefined
    return id === undefined ? t.failure(u, c) : t.success(id)
  },
  t.identity,
)

/** A map whose keys are GenerationIDs, normalised; a bad key or value is an error at that key. */
const UploadMap = new t.Type<Record<string, string>, Record<string, string>, unknown>(
  'UploadMap',
  (u): u is Record<string, string> => t.UnknownRecord.is(u) && Object.keys(u).every((k) => GenerationID.is(k) && typeof u[k] === 'string'),
  (u, c) =>
    pipe(
      t.UnknownRecord.validate(u, c),
      E.chain((m) => {
        const out: Record<string, string> = {}
        const errors: t.Errors = []
        for (const k of Object.keys(m)) {
          const key = GenerationID.validate(k, t.appendContext(c, k, GenerationID, k))
          const value = t.string.validate(m[k], t.appendContext(c, k, t.string, m[k]))
          if (E.isLeft(key)) errors.push(...key.left)
          if (E.isLeft(value)) errors.push(...value.left)
          if (E.isRight(key) && E.isRight(value)) out[key.right] = value.right
        }
        return errors.length > 0 ? t.failures(errors) : t.success(out)
      }),
    ),
  t.identity,
)

const Count = t.refinement(t.Int, (n) => n >= 0, 'integer >= 0')
const NullableCount = t.union([Count, t.null])
const NullableSigned = t.union([t.Int, t.null])

const Skipped = t.partial({
  blacklist: NullableCount,
  bridge_version: NullableCount,
  kudos: NullableSigned,
  models: NullableCount,
  nsfw: NullableCount,
  performance: NullableCount,
  untrusted: NullableCount,
  worker_id: NullableCount,
  max_pixels: Count,
  unsafe_ip: Count,
  img2img: Count,
  painting: Count,
  'post-processing': Count,
  lora: Count,
  controlnet: Count,
  step_count: Count,
  max_context_length: NullableSigned,
  max_length: NullableSigned,
  matching_softprompt: NullableSigned,
})

const Wire = t.exact(
  t.intersection([
    t.type({
      generation_ids: t.array(GenerationID),
      no_valid_request_found_reasons: t.intersection([t.UnknownRecord, Skipped]),
      r2_upload_url_map: UploadMap,
    }),
    t.partial({
      dispatch_source: t.string,
      ttl: t.union([t.Int, t.null]),
      inference_backend: t.union([t.string, t.null]),
      requested_backend_constraints: t.string,
      source_image_fallback_choice: t.string,
    }),
  ]),
)
type Wire = t.TypeOf<typeof Wire>

const withDefaults = (w: Wire) => ({
  generation_ids: w.generation_ids,
  dispatch_source: w.dispatch_source ?? 'LOCAL_CUSTOM_3RD_PARTY',
  ttl: w.ttl === undefined ? null : (w.ttl as number | null),
  inference_backend: w.inference_backend === undefined ? null : w.inference_backend,
  requested_backend_constraints: w.requested_backend_constraints ?? 'ANY',
  no_valid_request_found_reasons: w.no_valid_request_found_reasons,
  source_image_fallback_choice: w.source_image_fallback_choice ?? 'ABANDON',
  r2_upload_url_map: w.r2_upload_url_map,
})

export const decodePlainIoTs = (u: unknown) => pipe(Wire.decode(u), E.map(withDefaults))
