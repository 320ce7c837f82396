/**
 * `AIHordeR2DispatchParameters` in valibot 1: `object` strips unknown keys, `looseObject` keeps
 * them, `optional(schema, default)` fills in, a `rawTransform` normalises IDs (same normaliser).
 */
import * as v from 'valibot'
import { normaliseGenerationID as sharedNormaliser } from '../../src/ai_horde_api/fields'

/** A local binding: a call through the module namespace (what tsx emits for an import) costs a getter each time. */
const normaliseGenerationID = sharedNormaliser

export const GenerationID = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const id = normaliseGenerationID(dataset.value)
    if (id === undefined) {
      addIssue({ message: 'expected GenerationID' })
      return NEVER
    }
    return id
  }),
)

const int = v.pipe(v.number(), v.integer())
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const nullableCount = v.nullable(count)
const nullableSigned = v.nullable(int)

const Skipped = v.looseObject({
  blacklist: v.optional(nullableCount),
  bridge_version: v.optional(nullableCount),
  kudos: v.optional(nullableSigned),
  models: v.optional(nullableCount),
  nsfw: v.optional(nullableCount),
  performance: v.optional(nullableCount),
  untrusted: v.optional(nullableCount),
  worker_id: v.optional(nullableCount),
  max_pixels: v.optional(count),
  unsafe_ip: v.optional(count),
  img2img: v.optional(count),
  painting: v.optional(count),
  'post-processing': v.optional(count),
  lora: v.optional(count),
  controlnet: v.optional(count),
  step_count: v.optional(count),
  max_context_length: v.optional(nullableSigned),
  max_length: v.optional(nullableSigned),
  matching_softprompt: v.optional(nullableSigned),
})

export const ValibotR2DispatchParameters = v.object({
  generation_ids: v.array(GenerationID),
  dispatch_source: v.optional(v.string(), 'LOCAL_CUSTOM_3RD_PARTY'),
  ttl: v.optional(v.nullable(int), null),
  inference_backend: v.optional(v.nullable(v.string()), null),
  requested_backend_constraints: v.optional(v.string(), 'ANY'),
  no_valid_request_found_reasons: Skipped,
  source_image_fallback_choice: v.optional(v.string(), 'ABANDON'),
  r2_upload_url_map: v.record(GenerationID, v.string()),
})

export const decodeValibot = (u: unknown) => v.safeParse(ValibotR2DispatchParameters, u)
