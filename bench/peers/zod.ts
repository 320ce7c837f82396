/**
 * `AIHordeR2DispatchParameters` in zod 4, idiomatically: `object` strips unknown keys,
 * `looseObject` keeps them, `.default` fills in, a `transform` normalises IDs (same normaliser).
 */
import { z } from 'zod'
import { normaliseGenerationID as sharedNormaliser } from '../../src/ai_horde_api/fields'

/** A local binding: a call through the module namespace (what tsx emits for an import) costs a getter each time. */
const normaliseGenerationID = sharedNormaliser

export const GenerationID = z.string().transform((s, ctx) => {
  const id = normaliseGenerationID(s)
  if (id === undefined) {
    ctx.issues.push({ code: 'custom', message: 'expected GenerationID', input: s })
    return z.NEVER
  }
  return id
})

const count = z.int().min(0)
const nullableCount = count.nullable()
const nullableSigned = z.int().nullable()

const Skipped = z.looseObject({
  blacklist: nullableCount.optional(),
  bridge_version: nullableCount.optional(),
  kudos: nullableSigned.optional(),
  models: nullableCount.optional(),
  nsfw: nullableCount.optional(),
  performance: nullableCount.optional(),
  untrusted: nullableCount.optional(),
  worker_id: nullableCount.optional(),
  max_pixels: count.optional(),
  unsafe_ip: count.optional(),
  img2img: count.optional(),
  painting: count.optional(),
  'post-processing': count.optional(),
  lora: count.optional(),
  controlnet: count.optional(),
  step_count: count.optional(),
  max_context_length: nullableSigned.optional(),
  max_length: nullableSigned.optional(),
  matching_softprompt: nullableSigned.optional(),
})

export const ZodR2DispatchParameters = z.object({
  generation_ids: z.array(GenerationID),
  dispatch_source: z.string().default('LOCAL_CUSTOM_3RD_PARTY'),
  ttl: z.int().nullable().default(null),
  inference_backend: z.string().nullable().default(null),
  requested_backend_constraints: z.string().default('ANY'),
  no_valid_request_found_reasons: Skipped,
  source_image_fallback_choice: z.string().default('ABANDON'),
  r2_upload_url_map: z.record(GenerationID, z.string()),
})

export const decodeZod = (u: unknown) => ZodR2DispatchParameters.safeParse(u)
