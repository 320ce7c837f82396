/**
 * Backend-neutral text-generation parameters (horde_sdk `generation_parameters/text/object_models.py`).
 *
 * These models drop unknown keys, as the reference's plain pydantic configs do. **Decision**:
 * `BasicTextGenerationParameters` drops them too (the reference gives it the SDK's frozen config,
 * which keeps them): a generation-parameter object is built by a conversion or a local producer,
 * never received raw from the server, so extras would only be carried along unread.
 */
import * as t from 'io-ts'
import { closedEnum } from '../../combinators/closedEnum'
import { defaulted } from '../../combinators/defaulted'
import { extend } from '../../combinators/extend'
import { integer } from '../../combinators/integer'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'
import { boundedNumber } from '../../combinators/number'
import { generationParameterBaseProps, generationWithModelSchemeProp } from '../generic'

const orNull = <C extends t.Mixed>(codec: C) => defaulted(nullable(codec), () => null)
const unitInterval = boundedNumber({ minimum: 0, maximum: 1 })
const upToFive = boundedNumber({ minimum: 0, maximum: 5 })
const upToTen = boundedNumber({ minimum: 0, maximum: 10 })
const offByDefault = defaulted(t.boolean, () => false)

/**
 * The value codec of each sampling setting, keyed by its generation-parameter name. The job-pop
 * payload (`ModelPayloadKobold`) and `BasicTextGenerationParameters` both build on these, so their
 * bounds cannot drift apart and a decoded pop always converts.
 *
 * **Decision**: bounds are the union of the reference's and the live server's, so that whatever
 * the server sends is accepted: `top_k` 0–200 (reference 100), `max_length` 16–4096 (reference
 * 1024), `max_context_length` 80–1 048 576 (reference 32000). The others are the reference's.
 *
 * @internal
 */
export const TextSamplingValue = {
  max_context_length: integer({ minimum: 80, maximum: 1_048_576 }),
  max_length: integer({ minimum: 16, maximum: 4096 }),
  stop_sequence: t.array(t.string),
  temperature: upToFive,
  dynamic_temp_exponent: upToFive,
  dynamic_temp_range: upToFive,
  tfs: unitInterval,
  typical: unitInterval,
  /** Any integers, any length: the backend decides what the sampler indices mean. */
  sampler_order: t.array(integer()),
  smoothing_factor: upToTen,
  top_a: unitInterval,
  top_k: integer({ minimum: 0, maximum: 200 }),
  top_p: boundedNumber({ minimum: 0.001, maximum: 1 }),
  min_p: unitInterval,
  rep_pen: boundedNumber({ minimum: 1, maximum: 3 }),
  rep_pen_range: integer({ minimum: 0, maximum: 4096 }),
  rep_pen_slope: upToTen,
}

/**
 * KoboldAI's five formatting flags, each `null` ("not requested") when absent, under the same
 * names in the pop payload and in `BasicTextGenerationFormatParameters`.
 *
 * @internal
 */
export const textFormatFlagProps = {
  /** Input: add a leading space to the prompt when it has none. */
  frmtadsnsp: orNull(t.boolean),
  /** Output: collapse consecutive blank lines. */
  frmtrmblln: orNull(t.boolean),
  /** Output: remove special characters. */
  frmtrmspch: orNull(t.boolean),
  /** Output: trim an incomplete trailing sentence. */
  frmttriminc: orNull(t.boolean),
  /** Output: keep only the first line. */
  singleline: orNull(t.boolean),
}

/** `FormatImplementationStandard` (closed): whose output-formatting rules the format flags follow. */
export const KnownFormatImplementationStandard = { KOBOLD_AI: 'KOBOLD_AI' } as const

/**
 * Closed codec over `KnownFormatImplementationStandard`.
 *
 * @example
 * import { FormatImplementationStandard } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(FormatImplementationStandard.decode('KOBOLD_AI'), E.right('KOBOLD_AI'))
 * assert.ok(E.isLeft(FormatImplementationStandard.decode('kobold_ai')))
 */
export const FormatImplementationStandard = closedEnum('FormatImplementationStandard', Object.values(KnownFormatImplementationStandard))
export type FormatImplementationStandard = t.TypeOf<typeof FormatImplementationStandard>

/**
 * `BasicTextGenerationParameters`: what to generate from (model, prompt, soft prompt) and how to
 * sample. Every sampling setting defaults to `null` ("the backend's default"): unlike the pop
 * payload, this model has no sampler defaults of its own. `model` and `prompt` are required
 * (`""` is a value).
 *
 * **Decision**: bounds as `TextSamplingValue` (the union of reference and server), the same as the
 * payload's.
 *
 * @example
 * import { BasicTextGenerationParameters, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = BasicTextGenerationParameters.decode({ model: 'koboldcpp/Llama-3', prompt: 'Once', top_k: 150 })
 * assert.ok(E.isRight(r) && r.right.top_k === 150 && r.right.temperature === null && r.right.schema_version === '1.0')
 * const bad = BasicTextGenerationParameters.decode({ prompt: 'Once' })
 * assert.deepStrictEqual(E.isLeft(bad) && formatErrors(bad.left), ['model: required, but missing (expected string)'])
 */
export const BasicTextGenerationParameters = model('BasicTextGenerationParameters', {
  ...generationParameterBaseProps,
  ...generationWithModelSchemeProp,
  model: t.string,
  model_baseline: orNull(t.string),
  prompt: t.string,
  soft_prompt: orNull(t.string),
  max_context_length: orNull(TextSamplingValue.max_context_length),
  max_length: orNull(TextSamplingValue.max_length),
  stop_sequence: orNull(TextSamplingValue.stop_sequence),
  temperature: orNull(TextSamplingValue.temperature),
  dynamic_temp_exponent: orNull(TextSamplingValue.dynamic_temp_exponent),
  dynamic_temp_range: orNull(TextSamplingValue.dynamic_temp_range),
  tfs: orNull(TextSamplingValue.tfs),
  typical: orNull(TextSamplingValue.typical),
  sampler_order: orNull(TextSamplingValue.sampler_order),
  smoothing_factor: orNull(TextSamplingValue.smoothing_factor),
  top_a: orNull(TextSamplingValue.top_a),
  top_k: orNull(TextSamplingValue.top_k),
  top_p: orNull(TextSamplingValue.top_p),
  min_p: orNull(TextSamplingValue.min_p),
  rep_pen: orNull(TextSamplingValue.rep_pen),
  rep_pen_range: orNull(TextSamplingValue.rep_pen_range),
  rep_pen_slope: orNull(TextSamplingValue.rep_pen_slope),
})
export type BasicTextGenerationParameters = t.TypeOf<typeof BasicTextGenerationParameters>

/**
 * `BasicTextGenerationFormatParameters`: KoboldAI's input and output formatting flags, each `null`
 * ("not requested") when absent.
 *
 * @example
 * import { BasicTextGenerationFormatParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(
 *   BasicTextGenerationFormatParameters.decode({ singleline: true }),
 *   E.right({
 *     schema_version: '1.0',
 *     underlying_generation_scheme: null,
 *     frmtadsnsp: null,
 *     frmtrmblln: null,
 *     frmtrmspch: null,
 *     frmttriminc: null,
 *     singleline: true,
 *   }),
 * )
 */
export const BasicTextGenerationFormatParameters = model('BasicTextGenerationFormatParameters', {
  ...generationParameterBaseProps,
  ...textFormatFlagProps,
})
export type BasicTextGenerationFormatParameters = t.TypeOf<typeof BasicTextGenerationFormatParameters>

/**
 * `TextGenerationParameters`: a text generation as a whole, the base and format parameters plus the
 * IDs of the results to produce. `result_ids` are any strings (the reference's `str | UUID`): a
 * local producer need not use UUIDs. Whatever `result_ids` holds, one text is generated per job
 * (the reference's `get_number_expected_results()` is always 1).
 *
 * @example
 * import { TextGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = TextGenerationParameters.decode({ base_params: { model: 'm', prompt: 'p' }, result_ids: ['r1'] })
 * assert.ok(E.isRight(r) && r.right.format_params === null && r.right.base_params.underlying_generation_scheme === 'MODEL')
 */
export const TextGenerationParameters = model('TextGenerationParameters', {
  ...generationParameterBaseProps,
  base_params: BasicTextGenerationParameters,
  format_params: orNull(BasicTextGenerationFormatParameters),
  result_ids: t.array(t.string),
})
export type TextGenerationParameters = t.TypeOf<typeof TextGenerationParameters>

/**
 * `KoboldAITextGenerationParameters`: text-generation parameters plus the KoboldAI-specific
 * `use_default_bad_words_ids`. What `convertTextJobPopResponse` produces.
 *
 * @example
 * import { KoboldAITextGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = KoboldAITextGenerationParameters.decode({
 *   base_params: { model: 'm', prompt: 'p', max_length: 120 },
 *   result_ids: ['11111111-1111-4111-8111-111111111111'],
 *   use_default_bad_words_ids: true,
 * })
 * assert.ok(E.isRight(r))
 * assert.deepStrictEqual(KoboldAITextGenerationParameters.decode(KoboldAITextGenerationParameters.encode(r.right)), r)
 */
export const KoboldAITextGenerationParameters = extend(TextGenerationParameters, 'KoboldAITextGenerationParameters', {
  use_default_bad_words_ids: orNull(t.boolean),
})
export type KoboldAITextGenerationParameters = t.TypeOf<typeof KoboldAITextGenerationParameters>

/**
 * `FormatFeatureFlags`: which formatting features a text backend supports (not used by the
 * conversion). The reference inherits `extra_texts` and `extra_source_images` from the generic
 * `GenerationFeatureFlags`; they are written out here. Every flag is `false` when absent.
 *
 * @example
 * import { FormatFeatureFlags } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = FormatFeatureFlags.decode({ remove_after_first_line: true, format_implementation_standard: 'KOBOLD_AI' })
 * assert.ok(E.isRight(r) && r.right.remove_after_first_line && !r.right.extra_texts)
 */
export const FormatFeatureFlags = model('FormatFeatureFlags', {
  extra_texts: offByDefault,
  extra_source_images: offByDefault,
  format_implementation_standard: orNull(FormatImplementationStandard),
  /** As the payload's `frmtadsnsp`. */
  leading_space_to_input_when_missing: offByDefault,
  /** As `frmtrmblln`. */
  remove_consecutive_newlines: offByDefault,
  /** As `frmtrmspch`. */
  remove_special_characters: offByDefault,
  /** As `frmttriminc`. */
  remove_end_of_sentence: offByDefault,
  /** As `singleline`. */
  remove_after_first_line: offByDefault,
})
export type FormatFeatureFlags = t.TypeOf<typeof FormatFeatureFlags>
