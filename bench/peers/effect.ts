/**
 * `AIHordeR2DispatchParameters` in Effect Schema (effect 3): `Struct` ignores unknown keys, an
 * index signature keeps them on the skipped object, upload-map keys are
 * normalised by a transformation of the whole map (a record key cannot be a transformation), `optionalWith({ default })` fills in, a
 * `transformOrFail` normalises IDs (same normaliser). Decoded with `errors: "all"`, so the invalid
 * case reports every error as ours does.
 */
import { Either, ParseResult, Schema } from 'effect'
import { normaliseGenerationID as sharedNormaliser } from '../../src/ai_horde_api/fields'

/** A local binding: a call through the module namespace (what tsx emits for an import) costs a getter each time. */
const normaliseGenerationID = sharedNormaliser

const GenerationID = Schema.transformOrFail(Schema.String, Schema.String, {
  strict: true,
  decode: (s, _, ast) => {
    const id = normaliseGenerationID(s)
    return id === undefined ? ParseResult.fail(new ParseResult.Type(ast, s, 'expected GenerationID')) : ParseResult.succeed(id)
  },
  encode: ParseResult.succeed,
})

const StringMap = Schema.Record({ key: Schema.String, value: Schema.String })

/** Effect Schema does not allow a transformation as a record key: the keys are normalised afterwards. */
const UploadMap = Schema.transformOrFail(StringMap, StringMap, {
  strict: true,
  decode: (m, _, ast) => {
    const out: Record<string, string> = {}
    const bad: Array<ParseResult.ParseIssue> = []
    for (const k of Object.keys(m)) {
      const id = normaliseGenerationID(k)
      if (id === undefined) bad.push(new ParseResult.Pointer(k, m, new ParseResult.Type(ast, k, 'expected GenerationID')))
      else out[id] = m[k]
    }
    return bad.length > 0 ? ParseResult.fail(new ParseResult.Composite(ast, m, bad as [ParseResult.ParseIssue, ...Array<ParseResult.ParseIssue>])) : ParseResult.succeed(out)
  },
  encode: ParseResult.succeed,
})

const count = Schema.Int.pipe(Schema.greaterThanOrEqualTo(0))
const nullableCount = Schema.NullOr(count)
const nullableSigned = Schema.NullOr(Schema.Int)

const Skipped = Schema.Struct(
  {
    blacklist: Schema.optional(nullableCount),
    bridge_version: Schema.optional(nullableCount),
    kudos: Schema.optional(nullableSigned),
    models: Schema.optional(nullableCount),
    nsfw: Schema.optional(nullableCount),
    performance: Schema.optional(nullableCount),
    untrusted: Schema.optional(nullableCount),
    worker_id: Schema.optional(nullableCount),
    max_pixels: Schema.optional(count),
    unsafe_ip: Schema.optional(count),
    img2img: Schema.optional(count),
    painting: Schema.optional(count),
    'post-processing': Schema.optional(count),
    lora: Schema.optional(count),
    controlnet: Schema.optional(count),
    step_count: Schema.optional(count),
    max_context_length: Schema.optional(nullableSigned),
    max_length: Schema.optional(nullableSigned),
    matching_softprompt: Schema.optional(nullableSigned),
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown }),
)

export const EffectR2DispatchParameters = Schema.Struct({
  generation_ids: Schema.Array(GenerationID),
  dispatch_source: Schema.optionalWith(Schema.String, { default: () => 'LOCAL_CUSTOM_3RD_PARTY' }),
  ttl: Schema.optionalWith(Schema.NullOr(Schema.Int), { default: () => null }),
  inference_backend: Schema.optionalWith(Schema.NullOr(Schema.String), { default: () => null }),
  requested_backend_constraints: Schema.optionalWith(Schema.String, { default: () => 'ANY' }),
  no_valid_request_found_reasons: Skipped,
  source_image_fallback_choice: Schema.optionalWith(Schema.String, { default: () => 'ABANDON' }),
  r2_upload_url_map: UploadMap,
})

const decode = Schema.decodeUnknownEither(EffectR2DispatchParameters, { errors: 'all' })
export const decodeEffect = (u: unknown) => decode(u)
export const effectIsRight = Either.isRight
