/**
 * Alchemy job pop → alchemy parameters + dispatch parameters (horde_sdk
 * `worker/dispatch/ai_horde/alchemy/convert.py`). The reference raises on a pop without a job or
 * without a source, and base64-decodes the server's source URLs into `null` or garbage bytes; here
 * the conversion returns `Either`, classifies each source as a URL or strict base64, and is pure:
 * no randomness, no I/O, no logging, and the pop is not mutated.
 */
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import type * as t from 'io-ts'
import { AlchemyJobPopResponse, hasAlchemyJob, type AlchemyPopFormPayload } from '../../../ai_horde_api/apimodels/alchemy/pop'
import type { NoValidAlchemyFound } from '../../../ai_horde_api/apimodels/skipped'
import { KnownDispatchSource, KnownInferenceBackend } from '../../../consts'
import {
  KnownAlchemyTypes,
  KnownCaptionModels,
  KnownInterrogators,
  KnownNSFWDetector,
  isFacefixerForm,
  isUpscalerForm,
} from '../../../generation_parameters/alchemy/consts'
import {
  AlchemyParameters,
  type CaptionAlchemyParameters,
  type FacefixAlchemyParameters,
  type InterrogateAlchemyParameters,
  type MiscAlchemyParameters,
  type NSFWAlchemyParameters,
  type UpscaleAlchemyParameters,
} from '../../../generation_parameters/alchemy/object_models'
import { setOwn } from '../../../combinators/plainObject'
import { classifySourceImage, type SourceImage } from '../../../generation_parameters/source_image'
import { AIHordeR2DispatchParameters } from '../../ai_horde_parameters'
import { RequestedBackendConstraints, RequestedSourceImageFallbackChoice } from '../../consts'
import { conversionError, decodeThenConvert, type ConversionError, type ConversionResult, invalidParameters } from '../conversion'

/**
 * What an alchemy conversion produces. `faults` is always empty: nothing is downloaded here.
 *
 * @example
 * import { decodeAndConvertAlchemyJobPop, type AlchemyConversionResult } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = decodeAndConvertAlchemyJobPop({
 *   forms: [{ id: '11111111-1111-4111-8111-111111111111', form: 'nsfw', source_image: 'https://a.b/c.png' }],
 * })
 * assert.ok(E.isRight(r))
 * const job: AlchemyConversionResult = r.right
 * assert.deepStrictEqual(job.faults, [])
 * assert.strictEqual(job.generation_parameters.nsfw_detectors?.[0].nsfw_detector, 'HORDE_SAFETY')
 */
export type AlchemyConversionResult = ConversionResult<AlchemyParameters, AIHordeR2DispatchParameters>

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/** A `KNOWN_ALCHEMY_TYPES` member name is read as its value (`fourx_AnimeSharp` → `4x_AnimeSharp`); other strings stay. */
const alchemyTypeValue = (form: string): string =>
  hasOwn(KnownAlchemyTypes, form) ? KnownAlchemyTypes[form as keyof typeof KnownAlchemyTypes] : form

const isUpscaler = (form: string): boolean => isUpscalerForm(form) || isUpscalerForm(alchemyTypeValue(form))
const isFacefixer = (form: string): boolean => isFacefixerForm(form) || isFacefixerForm(alchemyTypeValue(form))

const emptySkipped: NoValidAlchemyFound = { bridge_version: null, untrusted: null, worker_id: null }

const describeForm = (form: AlchemyPopFormPayload): string => `Form ${form.id} (${JSON.stringify(form.form)})`

/** The form's source, classified; `MissingSourceImage` when it is absent or unusable. */
const sourceOf = (form: AlchemyPopFormPayload): E.Either<ConversionError, SourceImage> => {
  const raw = form.source_image
  if (raw === null) return E.left(conversionError('MissingSourceImage', `${describeForm(form)} did not contain a source image`, { id: form.id }))
  return pipe(
    classifySourceImage(raw),
    E.mapLeft((why) =>
      conversionError(
        'MissingSourceImage',
        `${describeForm(form)} has an unusable source image: ${why === 'empty' ? 'it is empty' : 'it is neither an http(s) URL nor strict base64'}`,
        { id: form.id },
      ),
    ),
  )
}

interface Buckets {
  readonly upscalers: Array<UpscaleAlchemyParameters>
  readonly facefixers: Array<FacefixAlchemyParameters>
  readonly interrogators: Array<InterrogateAlchemyParameters>
  readonly captions: Array<CaptionAlchemyParameters>
  readonly nsfw_detectors: Array<NSFWAlchemyParameters>
  readonly misc_post_processors: Array<MiscAlchemyParameters>
}

/** Classifies one form (§4.2, first match wins) into its bucket; `MissingControlType` for an annotation without one. */
const classify = (form: AlchemyPopFormPayload, source_image: SourceImage, buckets: Buckets): E.Either<ConversionError, void> => {
  const raw = form.form
  const base = { schema_version: '1.0', underlying_generation_scheme: null, result_id: form.id, source_image } as const
  if (isUpscaler(raw)) buckets.upscalers.push({ ...base, form: 'post_process', upscaler: raw })
  else if (isFacefixer(raw)) buckets.facefixers.push({ ...base, form: 'post_process', facefixer: raw, codeformer_fidelity: null })
  else if (raw === 'interrogation') buckets.interrogators.push({ ...base, form: raw, interrogator: KnownInterrogators.vit_l_14 })
  else if (raw === 'caption') buckets.captions.push({ ...base, form: raw, caption_model: KnownCaptionModels.BLIP_BASE_SALESFORCE })
  else if (raw === 'nsfw') buckets.nsfw_detectors.push({ ...base, form: raw, nsfw_detector: KnownNSFWDetector.HORDE_SAFETY })
  else if (raw === 'annotation') {
    const control_type = form.payload?.control_type ?? null
    if (control_type === null) {
      return E.left(conversionError('MissingControlType', `${describeForm(form)} has no payload.control_type (an annotation needs one)`, { id: form.id }))
    }
    buckets.misc_post_processors.push({ ...base, form: 'annotation', control_type })
  } else buckets.misc_post_processors.push({ ...base, form: raw })
  return E.right(undefined)
}

const orNull = <A>(as: Array<A>): Array<A> | null => (as.length === 0 ? null : as)


/**
 * Converts a decoded alchemy pop into `AlchemyParameters` and `AIHordeR2DispatchParameters`.
 *
 * Checked in this order, the first failure is returned (no partial result):
 * - no job (`forms` `null` or `[]`) → `NoJob`, whatever `skipped` says;
 * - then form by form, in wire order:
 *   - `source_image` `null` or absent → `MissingSourceImage` (with the form's `id`);
 *   - **Decision**: a `source_image` that is neither an http(s) URL nor strict base64 (`""`
 *     included) → `MissingSourceImage`, saying it is unusable. The reference base64-decodes every
 *     source, so it turns the server's URLs into garbage bytes and `""` into empty bytes; here a
 *     URL stays a URL (`{_tag: 'url', url}`), base64 stays base64, and `resolveSourceImages` makes
 *     the bytes later;
 *   - an `annotation` form whose `payload` or `payload.control_type` is `null`/absent → `MissingControlType`;
 * - dispatch parameters their codec rejects → `InvalidDispatchParameters` with the validation
 *   errors. A decoded pop reaches it only through `skipped`: its unknown keys are kept, and a key
 *   another job kind knows is held to that kind's rule inside dispatch parameters
 *   (`{"models": -1}`). A hand-built pop also reaches it with an `id` that is not a GenerationID;
 * - generation parameters their codec rejects → `InvalidGenerationParameters`.
 *
 * Classification, first match: an upscaler form → `upscalers` (`form` `"post_process"`, `upscaler`
 * = the wire form verbatim; `BACKEND_DEFAULT` lands here); a facefixer form → `facefixers`
 * (`facefixer` verbatim, `codeformer_fidelity` `null`); `interrogation` → `interrogators` (CLIP
 * ViT-L/14); `caption` → `captions` (BLIP base); `nsfw` → `nsfw_detectors` (`HORDE_SAFETY`);
 * `annotation` → an `AnnotationAlchemyParameters` in `misc_post_processors` (`control_type`
 * verbatim); anything else (`vectorize`, `strip_background`, `""`, `nsfw.`, `Caption`, …) → a
 * `SingleAlchemyParameters` in `misc_post_processors` with the form verbatim. **Decision**: forms
 * are recognised by wire value and by member name alike, so `fourx_AnimeSharp` (the
 * `KNOWN_ALCHEMY_TYPES` name of `4x_AnimeSharp`) is an upscaler (the reference sends it to misc).
 * `payload` is read only for `annotation`. Nothing is deduplicated; an empty bucket is `null`.
 *
 * The dispatch half: `AI_HORDE_API_OFFICIAL`, `HORDE_ALCHEMIST`, `SPECIFIED`, `ttl` `null`,
 * `ABANDON`; `generation_ids` = the form IDs in wire order, duplicates kept; `r2_upload_url_map`
 * holds each form whose `r2_upload` is not `null` (`""` included; for a repeated ID the last form
 * wins); `no_valid_request_found_reasons` = the pop's `skipped` with every count it carried,
 * unknown keys included, or all-`null` counts when `skipped` is `null`.
 *
 * @example
 * import { AlchemyJobPopResponse, convertAlchemyJobPopResponse, allAlchemyOperations } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 * import { pipe } from 'fp-ts/function'
 *
 * const U1 = '11111111-1111-4111-8111-111111111111'
 * const r = pipe(
 *   AlchemyJobPopResponse.decode({
 *     forms: [{ id: U1, form: 'RealESRGAN_x2plus', source_image: 'https://a.b/c.png', r2_upload: 'https://r2/1' }],
 *     skipped: {},
 *   }),
 *   E.chainW(convertAlchemyJobPopResponse),
 * )
 * assert.ok(E.isRight(r))
 * const [op] = allAlchemyOperations(r.right.generation_parameters)
 * assert.deepStrictEqual(op.source_image, { _tag: 'url', url: 'https://a.b/c.png' })
 * assert.ok('upscaler' in op && op.upscaler === 'RealESRGAN_x2plus')
 * assert.deepStrictEqual(r.right.dispatch_parameters.r2_upload_url_map, { [U1]: 'https://r2/1' })
 */
export const convertAlchemyJobPopResponse = (pop: AlchemyJobPopResponse): E.Either<ConversionError, AlchemyConversionResult> => {
  if (!hasAlchemyJob(pop)) {
    return E.left(conversionError('NoJob', 'The pop did not contain any forms: the server had no job for this worker', {}))
  }
  const buckets: Buckets = { upscalers: [], facefixers: [], interrogators: [], captions: [], nsfw_detectors: [], misc_post_processors: [] }
  const r2_upload_url_map: Record<string, string> = {}
  for (const form of pop.forms) {
    const source = sourceOf(form)
    if (E.isLeft(source)) return source
    if (form.r2_upload !== null) setOwn(r2_upload_url_map, form.id, form.r2_upload)
    const classified = classify(form, source.right, buckets)
    if (E.isLeft(classified)) return classified
  }

  return pipe(
    E.Do,
    E.apS(
      'generation_parameters',
      pipe(
        AlchemyParameters.make({
          upscalers: orNull(buckets.upscalers),
          facefixers: orNull(buckets.facefixers),
          interrogators: orNull(buckets.interrogators),
          captions: orNull(buckets.captions),
          nsfw_detectors: orNull(buckets.nsfw_detectors),
          misc_post_processors: orNull(buckets.misc_post_processors),
        }),
        E.mapLeft(invalidParameters('generation', 'alchemy parameters')),
      ),
    ),
    E.apS(
      'dispatch_parameters',
      pipe(
        AIHordeR2DispatchParameters.make({
          generation_ids: pop.forms.map((form) => form.id),
          dispatch_source: KnownDispatchSource.AI_HORDE_API_OFFICIAL,
          ttl: null,
          inference_backend: KnownInferenceBackend.HORDE_ALCHEMIST,
          requested_backend_constraints: RequestedBackendConstraints.SPECIFIED,
          no_valid_request_found_reasons: pop.skipped ?? emptySkipped,
          source_image_fallback_choice: RequestedSourceImageFallbackChoice.ABANDON,
          r2_upload_url_map,
        }),
        E.mapLeft(invalidParameters('dispatch', 'dispatch parameters')),
      ),
    ),
    E.map(({ generation_parameters, dispatch_parameters }): AlchemyConversionResult => ({ generation_parameters, dispatch_parameters, faults: [] })),
  )
}

/**
 * Response body → alchemy job, in one step: decode with `AlchemyJobPopResponse`, then convert.
 * A `DecodeError` carries the validation errors, a `ConversionError` the conversion's reason.
 *
 * @example
 * import { decodeAndConvertAlchemyJobPop } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = decodeAndConvertAlchemyJobPop({ forms: null, skipped: { untrusted: 2 } })
 * assert.ok(E.isLeft(r) && r.left._tag === 'ConversionError' && r.left.error._tag === 'NoJob')
 * const bad = decodeAndConvertAlchemyJobPop({ forms: [{ id: '', form: 'caption' }] })
 * assert.ok(E.isLeft(bad) && bad.left._tag === 'DecodeError')
 */
export const decodeAndConvertAlchemyJobPop = decodeThenConvert(AlchemyJobPopResponse, convertAlchemyJobPopResponse)
