/**
 * Text job pop → text-generation parameters + dispatch parameters (horde_sdk
 * `worker/dispatch/ai_horde/text/convert.py`). The reference converts blindly and raises on a pop
 * without a job; here the conversion is total: it checks first and returns `Either`. It is pure:
 * no randomness, no I/O, no logging, and the pop is not mutated.
 */
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import type * as t from 'io-ts'
import { hasTextJob, TextGenerateJobPopResponse } from '../../../ai_horde_api/apimodels/generate/text/pop'
import { KnownDispatchSource, KnownInferenceBackend } from '../../../consts'
import { KoboldAITextGenerationParameters } from '../../../generation_parameters/text/object_models'
import { AIHordeDispatchParameters } from '../../ai_horde_parameters'
import { RequestedBackendConstraints } from '../../consts'
import { conversionError, decodeThenConvert, type ConversionError, type ConversionResult, invalidParameters } from '../conversion'

/** What a text conversion produces. `faults` is always empty: nothing in a text job is downloaded. */
export type TextConversionResult = ConversionResult<KoboldAITextGenerationParameters, AIHordeDispatchParameters>


/**
 * Converts a decoded text pop into `KoboldAITextGenerationParameters` and `AIHordeDispatchParameters`.
 *
 * Checked in this order:
 * - no job (`hasTextJob` false: `model` `null`, or `ids` empty, even with a legacy `id`) → `NoJob`;
 *   so a `null` model is always `NoJob`, never `MissingModel`;
 * - `payload.prompt` `null` or absent → `MissingPrompt`;
 * - a value the target codecs reject → `InvalidGenerationParameters` with the validation errors.
 *   A decoded pop never gets here (the payload's bounds are the parameters' bounds); a hand-built
 *   one may;
 * - a `skipped` whose unknown keys break a count rule of another job kind (`{"max_pixels": -1}`),
 *   which the dispatch parameters' skipped object holds to → `InvalidDispatchParameters`.
 *
 * Result and generation IDs are `ids`, lowercase canonical, order and duplicates kept; the legacy
 * `id` is never read. The dispatch half is `AI_HORDE_API_OFFICIAL`, `IN_MODEL_NAME`, `ANY`, the
 * pop's `ttl`, the default fallback choice (`ABANDON`), and the pop's `skipped` object with every
 * count it carried, unknown ones included. Dropped: `id`, `payload.n`, `messages`,
 * `extra_source_images` and every unknown key. Payload defaults arrive materialised (an absent
 * `max_context_length` arrives as 2048).
 *
 * @example
 * import { TextGenerateJobPopResponse, convertTextJobPopResponse } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 * import { pipe } from 'fp-ts/function'
 *
 * const r = pipe(
 *   TextGenerateJobPopResponse.decode({ payload: { prompt: 'Hi', n: 1 }, ids: ['11111111-1111-4111-8111-111111111111'], model: 'm', ttl: 60 }),
 *   E.chainW(convertTextJobPopResponse),
 * )
 * assert.ok(E.isRight(r))
 * assert.deepStrictEqual(r.right.generation_parameters.result_ids, ['11111111-1111-4111-8111-111111111111'])
 * assert.strictEqual(r.right.generation_parameters.base_params.max_context_length, 2048)
 * assert.strictEqual(r.right.dispatch_parameters.ttl, 60)
 */
export const convertTextJobPopResponse = (pop: TextGenerateJobPopResponse): E.Either<ConversionError, TextConversionResult> => {
  if (!hasTextJob(pop)) {
    return E.left(
      conversionError(
        'NoJob',
        pop.model === null ? 'The pop names no model: the server had no job for this worker' : 'The pop names a model but lists no generation IDs',
        {},
      ),
    )
  }
  const { payload } = pop
  const prompt = payload.prompt
  if (prompt === null) return E.left(conversionError('MissingPrompt', 'The job has no prompt (payload.prompt is null or absent)', {}))

  return pipe(
    AIHordeDispatchParameters.make({
      generation_ids: pop.ids,
      dispatch_source: KnownDispatchSource.AI_HORDE_API_OFFICIAL,
      ttl: pop.ttl,
      inference_backend: KnownInferenceBackend.IN_MODEL_NAME,
      requested_backend_constraints: RequestedBackendConstraints.ANY,
      no_valid_request_found_reasons: pop.skipped,
    }),
    E.mapLeft(invalidParameters('dispatch', 'dispatch parameters')),
    E.chain((dispatch_parameters) => {
      // Written out in full (the type demands every field), then validated by its own codec.
      const generation: KoboldAITextGenerationParameters = {
        schema_version: '1.0',
        underlying_generation_scheme: null,
        base_params: {
          schema_version: '1.0',
          underlying_generation_scheme: 'MODEL',
          model: pop.model,
          model_baseline: null,
          prompt,
          soft_prompt: pop.softprompt,
          max_context_length: payload.max_context_length,
          max_length: payload.max_length,
          stop_sequence: payload.stop_sequence,
          temperature: payload.temperature,
          dynamic_temp_exponent: payload.dynatemp_exponent,
          dynamic_temp_range: payload.dynatemp_range,
          tfs: payload.tfs,
          typical: payload.typical,
          sampler_order: payload.sampler_order,
          smoothing_factor: payload.smoothing_factor,
          top_a: payload.top_a,
          top_k: payload.top_k,
          top_p: payload.top_p,
          min_p: payload.min_p,
          rep_pen: payload.rep_pen,
          rep_pen_range: payload.rep_pen_range,
          rep_pen_slope: payload.rep_pen_slope,
        },
        format_params: {
          schema_version: '1.0',
          underlying_generation_scheme: null,
          frmtadsnsp: payload.frmtadsnsp,
          frmtrmblln: payload.frmtrmblln,
          frmtrmspch: payload.frmtrmspch,
          frmttriminc: payload.frmttriminc,
          singleline: payload.singleline,
        },
        // The dispatch's IDs, so both halves hold the same canonical strings.
        result_ids: dispatch_parameters.generation_ids,
        use_default_bad_words_ids: payload.use_default_badwordsids,
      }
      return pipe(
        KoboldAITextGenerationParameters.decode(generation),
        E.mapLeft(invalidParameters('generation', 'text-generation parameters')),
        E.map((generation_parameters): TextConversionResult => ({ generation_parameters, dispatch_parameters, faults: [] })),
      )
    }),
  )
}

/**
 * The worker's one step from a text pop's response body to a job: decode, then convert.
 *
 * @example
 * import { decodeAndConvertTextJobPop, formatJobError } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = decodeAndConvertTextJobPop({ payload: {}, ids: [], model: null })
 * assert.deepStrictEqual(E.isLeft(r) && formatJobError(r.left), ['NoJob: The pop names no model: the server had no job for this worker'])
 * const bad = decodeAndConvertTextJobPop({ payload: { prompt: 'p' }, ids: ['x'], model: 'm' })
 * assert.deepStrictEqual(E.isLeft(bad) && formatJobError(bad.left), ['ids[0]: expected GenerationID, got "x"'])
 */
export const decodeAndConvertTextJobPop = decodeThenConvert(TextGenerateJobPopResponse, convertTextJobPopResponse)
