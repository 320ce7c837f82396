/**
 * The text job pop (`POST /v2/generate/text/pop`, HTTP 200): horde_sdk
 * `ai_horde_api/apimodels/generate/text/pop.py`, with the payload's fields from
 * `generate/text/async_.py` (`_BasePayloadKoboldMixin`, `ModelPayloadRootKobold`).
 *
 * Every model here keeps unknown keys, at every level, and emits them again on encode (the
 * reference's production `extra="allow"`): the server adds fields over time. `strict` has the
 * variants that reject them (the reference's test mode).
 */
import * as t from 'io-ts'
import { defaulted } from '../../../../combinators/defaulted'
import { extend } from '../../../../combinators/extend'
import { integer } from '../../../../combinators/integer'
import { model } from '../../../../combinators/model'
import { modelDefaults } from '../../../../combinators/modelDefaults'
import { nullable } from '../../../../combinators/nullable'
import { textFormatFlagProps, TextSamplingValue } from '../../../../generation_parameters/text/object_models'
import { GenerationID } from '../../../fields'
import { ExtraSourceImageEntry } from '../../base'
import { PopResponseModelMessage } from '../../messages'
import { idsPresentRule, LegacyJobID } from '../../pop'
import { NoValidRequestFoundKobold } from '../../skipped'

const orNull = <C extends t.Mixed>(codec: C) => defaulted(nullable(codec), () => null)
const withDefault = <C extends t.Mixed>(codec: C, value: t.TypeOf<C>) => defaulted(nullable(codec), () => value)

/**
 * `ModelPayloadRootKobold`: the KoboldAI sampling settings a requester asked for. Every field is
 * nullable; an explicit `null` stays `null`, even where the default is not.
 *
 * **Decisions**: bounds accept what the server sends (`top_k` ≤ 200, `max_length` ≤ 4096,
 * `max_context_length` ≤ 1 048 576; see `TextSamplingValue`), and defaults are the API's: an
 * absent `max_context_length` is `2048` (the reference says 1024); `dynatemp_exponent` 1,
 * `dynatemp_range` 0, `min_p` 0, `smoothing_factor` 0, `max_length` 80.
 *
 * @example
 * import { ModelPayloadRootKobold } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ModelPayloadRootKobold.decode({ top_k: 150, min_p: null })
 * assert.ok(E.isRight(r) && r.right.top_k === 150 && r.right.min_p === null && r.right.max_context_length === 2048)
 */
export const ModelPayloadRootKobold = model(
  'ModelPayloadRootKobold',
  {
    dynatemp_exponent: withDefault(TextSamplingValue.dynamic_temp_exponent, 1),
    dynatemp_range: withDefault(TextSamplingValue.dynamic_temp_range, 0),
    ...textFormatFlagProps,
    min_p: withDefault(TextSamplingValue.min_p, 0),
    rep_pen: orNull(TextSamplingValue.rep_pen),
    rep_pen_range: orNull(TextSamplingValue.rep_pen_range),
    rep_pen_slope: orNull(TextSamplingValue.rep_pen_slope),
    sampler_order: orNull(TextSamplingValue.sampler_order),
    smoothing_factor: withDefault(TextSamplingValue.smoothing_factor, 0),
    stop_sequence: orNull(TextSamplingValue.stop_sequence),
    temperature: orNull(TextSamplingValue.temperature),
    tfs: orNull(TextSamplingValue.tfs),
    top_a: orNull(TextSamplingValue.top_a),
    top_k: orNull(TextSamplingValue.top_k),
    top_p: orNull(TextSamplingValue.top_p),
    typical: orNull(TextSamplingValue.typical),
    use_default_badwordsids: orNull(t.boolean),
    /** How many texts were requested; the server always sends `1` (one job per ID), so the conversion drops it. */
    n: orNull(integer({ minimum: 1, maximum: 20 })),
    max_length: withDefault(TextSamplingValue.max_length, 80),
    max_context_length: withDefault(TextSamplingValue.max_context_length, 2048),
  },
  { unknownKeys: 'keep' },
)
export type ModelPayloadRootKobold = t.TypeOf<typeof ModelPayloadRootKobold>

/**
 * `ModelPayloadKobold`: the pop's `payload`, the sampling settings plus the prompt. `prompt` may be
 * `null` or absent here (the server's "no job" pop has none); the conversion requires a string.
 *
 * @example
 * import { ModelPayloadKobold } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ModelPayloadKobold.decode({ prompt: 'Once upon a time', temperature: 0.7, future_knob: 3 })
 * assert.ok(E.isRight(r) && r.right.prompt === 'Once upon a time' && r.right.max_length === 80)
 * // Unknown keys are kept, though the static type does not list them.
 * const wire: Record<string, unknown> = ModelPayloadKobold.encode(r.right)
 * assert.strictEqual(wire.future_knob, 3)
 */
export const ModelPayloadKobold = extend(ModelPayloadRootKobold, 'ModelPayloadKobold', {
  prompt: orNull(t.string),
})
export type ModelPayloadKobold = t.TypeOf<typeof ModelPayloadKobold>

/**
 * `TextGenerateJobPopResponse` (API `GenerationPayloadKobold`): the answer to a text worker's pop.
 * Either a job (`model` names one, `ids` lists the generations to answer for) or the "no job"
 * shape (`model` `null`, `ids` `[]`, `skipped` counting why); `hasTextJob` tells them apart.
 *
 * `payload` and `ids` are required. **Decision**: a top-level `"id": ""` decodes as `null` (the
 * reference substitutes a random UUID): decoding stays pure and deterministic, and a pop naming a
 * model with `"id": ""` and no `ids` then fails the ids-present rule. Numbers must be JSON numbers
 * (`"ttl": "30"` fails; the reference coerces). Unknown keys are kept at every level.
 *
 * @example
 * import { TextGenerateJobPopResponse, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = TextGenerateJobPopResponse.decode({
 *   payload: { prompt: 'Hello' },
 *   ids: ['AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'],
 *   model: 'koboldcpp/Llama-3',
 *   ttl: 150,
 * })
 * assert.ok(E.isRight(r) && r.right.ids[0] === 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' && r.right.skipped.models === null)
 *
 * const noIds = TextGenerateJobPopResponse.decode({ payload: {}, id: '', ids: [], model: 'm' })
 * assert.ok(E.isLeft(noIds) && formatErrors(noIds.left)[0].startsWith('(root): Neither id nor ids'))
 */
export const TextGenerateJobPopResponse = model(
  'TextGenerateJobPopResponse',
  {
    extra_source_images: orNull(t.array(ExtraSourceImageEntry)),
    payload: ModelPayloadKobold,
    /** The obsolete single ID; never used by the conversion (see `LegacyJobID`). */
    id: LegacyJobID,
    /** The generations to answer for, in order, duplicates kept; `[]` in the "no job" shape. */
    ids: t.array(GenerationID),
    skipped: defaulted(NoValidRequestFoundKobold, () => modelDefaults(NoValidRequestFoundKobold)),
    softprompt: orNull(t.string),
    /** The model to run; `null` when there is no job. `""` is a model name (the server found no candidate). */
    model: orNull(t.string),
    /** Seconds until the server treats the job as stale; no bounds. */
    ttl: orNull(integer()),
    messages: orNull(t.array(PopResponseModelMessage)),
  },
  { unknownKeys: 'keep', rules: [idsPresentRule] },
)
export type TextGenerateJobPopResponse = t.TypeOf<typeof TextGenerateJobPopResponse>

/** A pop that carries a job: it names a model (`""` included) and lists at least one generation ID. */
export type TextJobPop = TextGenerateJobPopResponse & { readonly model: string }

/**
 * Whether a decoded pop carries a job: `model` is not `null` and `ids` is not empty. Narrows
 * `model` to `string`, so a consumer branches job / no job without null checks. The legacy `id`
 * alone does not make a job: no result can be reported for it (results are answered per `ids`).
 *
 * @example
 * import { TextGenerateJobPopResponse, hasTextJob } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = TextGenerateJobPopResponse.decode({ payload: {}, ids: [], model: null, skipped: { models: 4 } })
 * assert.ok(E.isRight(r) && !hasTextJob(r.right))
 */
export const hasTextJob = (pop: TextGenerateJobPopResponse): pop is TextJobPop => pop.model !== null && pop.ids.length > 0
