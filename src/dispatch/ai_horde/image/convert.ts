/**
 * Image job pop → image generation parameters + R2 dispatch parameters (horde_sdk
 * `worker/dispatch/ai_horde/image/convert.py`, with `image/source_image.py`). The reference raises
 * on a pop it cannot convert; here the conversion is total and returns `Either`. It is pure: no
 * randomness, no I/O, no logging, the pop is not mutated; whatever is worth telling goes in `faults`.
 *
 * Source images (source, mask, extra images) are never decoded here: each is carried as a tagged
 * `SourceImage` (a URL or strict base64, `classifySourceImage`), and bytes come later from
 * `resolveSourceImages`. So a URL counts as a usable source, and nothing is ever misread.
 */
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import type * as t from 'io-ts'
import { hasImageJob, ImageGenerateJobPopResponse } from '../../../ai_horde_api/apimodels/generate/pop'
import type { GenMetadataEntry } from '../../../ai_horde_api/apimodels/metadata'
import { KnownMetadataType, KnownMetadataValue } from '../../../ai_horde_api/consts'
import { KnownDispatchSource, KnownInferenceBackend } from '../../../consts'
import { isFacefixerForm, isUpscalerForm } from '../../../generation_parameters/alchemy/consts'
import type {
  AlchemyParameters,
  FacefixAlchemyParameters,
  MiscAlchemyParameters,
  UpscaleAlchemyParameters,
} from '../../../generation_parameters/alchemy/object_models'
import { KnownAuxModelSource } from '../../../generation_parameters/generic'
import {
  DEFAULT_HIRES_DENOISE_STRENGTH,
  HIRES_FIX_DENOISE_STRENGTH_DEFAULT,
  knownImageGenerationBaseline,
} from '../../../generation_parameters/image/consts'
import { firstPassSize, hiresFixApplies, nativeResolution, secondPassSteps } from '../../../generation_parameters/image/hires_fix'
import {
  ImageGenerationParameters,
  type BasicImageGenerationParameters,
  type ImageGenerationComponent,
} from '../../../generation_parameters/image/object_models'
import { isBlankPrompt, splitPrompt } from '../../../generation_parameters/image/prompt'
import { classifySourceImage, type SourceImage } from '../../../generation_parameters/source_image'
import { AIHordeR2DispatchParameters } from '../../ai_horde_parameters'
import { RequestedBackendConstraints, RequestedSourceImageFallbackChoice } from '../../consts'
import { conversionError, decodeThenConvert, type ConversionError, type ConversionResult, type JobError, invalidParameters } from '../conversion'

type Pop = ImageGenerateJobPopResponse

/**
 * What an image conversion produces: the generation parameters, the R2 dispatch parameters, and
 * the faults (`{type, value, ref}`) worth reporting with the results.
 *
 * @example
 * import { decodeAndConvertImageJobPop, type ImageConversionResult } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = decodeAndConvertImageJobPop({ payload: { prompt: 'a cat' }, ids: ['11111111-1111-4111-8111-111111111111'], model: 'm', r2_uploads: ['u'] })
 * const result: ImageConversionResult | null = E.isRight(r) ? r.right : null
 * assert.ok(result !== null && result.faults.length === 0)
 */
export type ImageConversionResult = ConversionResult<ImageGenerationParameters, AIHordeR2DispatchParameters>

/**
 * What the image conversion may be told besides the pop.
 *
 * @example
 * import { decodeAndConvertImageJobPop, type ImageConversionOptions } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const options: ImageConversionOptions = { resolveBaseline: (name) => (name === 'Deliberate' ? 'stable_diffusion_1' : null) }
 * const r = decodeAndConvertImageJobPop({ payload: { prompt: 'a cat' }, ids: ['11111111-1111-4111-8111-111111111111'], model: 'Deliberate', r2_uploads: ['u'] }, options)
 * assert.ok(E.isRight(r) && r.right.generation_parameters.base_params.model_baseline === 'stable_diffusion_1')
 */
export interface ImageConversionOptions {
  /**
   * The model reference's `baseline` for an image-generation model, looked up by exact,
   * case-sensitive name; `null` when there is no record. It must be pure and must not throw.
   * Without it every baseline is `null` (unknown), as when the model is not in the reference.
   */
  readonly resolveBaseline?: (modelName: string) => string | null
}

/** The modes that need a source image (wire `"inpainting"` only; `"outpainting"` is not one, as in the reference). */
const SOURCE_MODES: ReadonlySet<string> = new Set(['img2img', 'inpainting', 'remix'])

const parseFailed = (type: string, ref: string | null = null): GenMetadataEntry => ({
  type,
  value: KnownMetadataValue.parse_failed,
  ref,
})


/** A wire source string: absent, usable (a URL or strict base64), or present but unusable. */
type ClassifiedSource = { readonly _tag: 'absent' } | { readonly _tag: 'usable'; readonly image: SourceImage } | { readonly _tag: 'unusable' }

const classify = (s: string | null): ClassifiedSource =>
  s === null
    ? { _tag: 'absent' }
    : pipe(
        classifySourceImage(s),
        E.match(
          (): ClassifiedSource => ({ _tag: 'unusable' }),
          (image): ClassifiedSource => ({ _tag: 'usable', image }),
        ),
      )

const usableOrNull = (c: ClassifiedSource): SourceImage | null => (c._tag === 'usable' ? c.image : null)

/** The upload map, or why there is none. */
const uploadUrlMap = (pop: Pop): E.Either<ConversionError, Record<string, string>> => {
  if (pop.r2_uploads !== null) {
    if (pop.r2_uploads.length !== pop.ids.length) {
      return E.left(
        conversionError(
          'UploadURLMismatch',
          `The pop lists ${pop.ids.length} generation IDs but ${pop.r2_uploads.length} upload URLs (r2_uploads must be index-aligned with ids)`,
          { ids: pop.ids.length, upload_urls: pop.r2_uploads.length },
        ),
      )
    }
    const uploads = pop.r2_uploads
    return E.right(Object.fromEntries(pop.ids.map((id, i) => [id, uploads[i]])))
  }
  if (pop.r2_upload !== null) {
    if (pop.id === null) return E.left(conversionError('UploadURLWithoutID', 'The pop has an r2_upload URL but no legacy id to file it under', {}))
    return E.right({ [pop.id]: pop.r2_upload })
  }
  return E.left(conversionError('NoUploadURL', 'No R2 upload URL found in the pop (r2_uploads and r2_upload are both null)', {}))
}

/** One alchemy operation per post-processor and image: upscaler, else facefixer, else a misc operation named by the entry. */
const alchemyParams = (pop: Pop): AlchemyParameters | null => {
  const entries = pop.payload.post_processing
  if (entries.length === 0) return null
  const upscalers: Array<UpscaleAlchemyParameters> = []
  const facefixers: Array<FacefixAlchemyParameters> = []
  const misc: Array<MiscAlchemyParameters> = []
  const common = { schema_version: '1.0', underlying_generation_scheme: null, source_image: null } as const
  for (const result_id of pop.ids) {
    for (const entry of entries) {
      if (isUpscalerForm(entry)) upscalers.push({ ...common, result_id, form: 'post_process', upscaler: entry })
      else if (isFacefixerForm(entry))
        facefixers.push({ ...common, result_id, form: 'post_process', facefixer: entry, codeformer_fidelity: pop.payload.facefixer_strength })
      else misc.push({ ...common, result_id, form: entry })
    }
  }
  const orNull = <A>(xs: Array<A>): Array<A> | null => (xs.length === 0 ? null : xs)
  return {
    schema_version: '1.0',
    underlying_generation_scheme: null,
    upscalers: orNull(upscalers),
    facefixers: orNull(facefixers),
    interrogators: null,
    captions: null,
    nsfw_detectors: null,
    misc_post_processors: orNull(misc),
  }
}

/**
 * Converts a decoded image pop into `ImageGenerationParameters` and `AIHordeR2DispatchParameters`
 * (reference `convert_image_job_pop_response_to_parameters`; Python `worker/dispatch/ai_horde/image/convert.py`).
 *
 * **Failures**, first one wins:
 * 1. no job (`hasImageJob` false: `model` `null`, or `ids` empty even with a legacy `id`) → `NoJob`.
 *    So the reference's F1 (`model` null) and F5 (`ids` empty) arrive as `NoJob`;
 * 2. `payload.prompt` `null`, `""` or whitespace only (Python `str.isspace`) → `MissingPrompt` (F2);
 * 3. a hires fix applies and `model` is `""` or whitespace → `MissingModel` (F3);
 * 4. `ids.length !== payload.n_iter` → `BatchSizeMismatch` (F6);
 * 5. upload URLs (**Decision**, the reference maps only the legacy id): when `r2_uploads` is
 *    present, `ids[i] → r2_uploads[i]`, lengths equal or `UploadURLMismatch` (F8); only when it is
 *    absent, `{id: r2_upload}`, with `id` null → `UploadURLWithoutID` (F9); neither →
 *    `NoUploadURL` (F7);
 * 6. anything the result's own codecs reject → `InvalidGenerationParameters` or `InvalidDispatchParameters` (a decoded pop never
 *    gets here; a `skipped` whose unknown keys break another job kind's count rule may).
 *
 * **Source processing** (the reference's §4.2 fallback, with our decisions):
 * - `img2img`/`inpainting`/`remix` with `source_image: null` (how the server labels every txt2img
 *   job) → `txt2img`, **no fault**;
 * - such a mode with a source that is present but unusable (`""`, neither an http(s) URL nor
 *   strict base64) → `txt2img` and the fault `{type: 'source_image', value: 'parse_failed', ref: null}`
 *   (the reference accepts `""` as zero bytes);
 * - a usable source (a URL counts; it is downloaded later) keeps the mode;
 * - `txt2img`, `outpainting` and unknown modes pass through unchanged, with no image-to-image
 *   component (as in the reference).
 *
 * **Components**, in the reference's order: image-to-image (for `img2img`/`inpainting`; an unusable
 * mask becomes `null` with the fault `source_mask`/`parse_failed`), remix (an unusable extra image
 * is skipped with the fault `extra_source_images`/`parse_failed`, `ref` its index; the reference
 * aborts the whole job, S15), controlnet (whenever `control_type` is set; the source or the control
 * map per `image_is_control`; a present but unusable source also records the `source_image` fault,
 * once), hires fix, LoRAs, TIs, custom workflow.
 *
 * **Hires fix**: applies when `hires_fix`, the wire mode is not `inpainting`, and the target does
 * not fit one pass for the baseline (`hiresFixApplies`). The baseline is `resolveBaseline(model)`
 * taken as a known `KNOWN_IMAGE_GENERATION_BASELINE` value, else `null`; without `resolveBaseline`
 * it is `null`. `infer` is treated like an unknown baseline (S2, no crash). The second pass's
 * denoise is `hires_fix_denoising_strength` if set, else `denoising_strength` when the mode
 * **after** the fallback is not `txt2img` (**Decision**, S6: the reference reads the wire mode, so
 * the server's txt2img jobs inherit `denoising_strength`), else 0.65. Steps use the reference's
 * half-even arithmetic.
 *
 * **Post-processing** (**Decision**, S11): one operation per post-processor **per image**, each
 * with `result_id` = `ids[i]` (image by image, request order within each); the reference makes one
 * per post-processor for the whole batch. Upscaler, else facefixer (`codeformer_fidelity` =
 * `facefixer_strength`), else a misc operation whose `form` is the entry. No entries → `null`.
 *
 * The dispatch half: `generation_ids` = `ids`, `AI_HORDE_API_OFFICIAL`, `COMFYUI`, `SPECIFIED`,
 * `TXT2IMG_FALLBACK`, the pop's `ttl` and `skipped`. Not used: `seed_variation`, `special`,
 * `use_nsfw_censor`, `post_processing_order`, `messages`, and `extra_texts` without a `workflow`.
 *
 * @example
 * import { ImageGenerateJobPopResponse, convertImageJobPopResponse } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 * import { pipe } from 'fp-ts/function'
 *
 * const U1 = '11111111-1111-4111-8111-111111111111'
 * const r = pipe(
 *   ImageGenerateJobPopResponse.decode({
 *     payload: { prompt: 'a cat###blurry', seed: '7' },
 *     ids: [U1],
 *     model: 'Deliberate',
 *     source_processing: 'img2img',
 *     source_image: null,
 *     r2_uploads: ['https://r2/1'],
 *   }),
 *   E.chainW((pop) => convertImageJobPopResponse(pop, { resolveBaseline: () => 'stable_diffusion_1' })),
 * )
 * assert.ok(E.isRight(r))
 * assert.strictEqual(r.right.generation_parameters.source_processing, 'txt2img')
 * assert.strictEqual(r.right.generation_parameters.base_params.negative_prompt, 'blurry')
 * assert.strictEqual(r.right.generation_parameters.base_params.model_baseline, 'stable_diffusion_1')
 * assert.deepStrictEqual(r.right.dispatch_parameters.r2_upload_url_map, { [U1]: 'https://r2/1' })
 * assert.deepStrictEqual(r.right.faults, [])
 */
export const convertImageJobPopResponse = (pop: Pop, options: ImageConversionOptions = {}): E.Either<ConversionError, ImageConversionResult> => {
  if (!hasImageJob(pop)) {
    return E.left(
      conversionError(
        'NoJob',
        pop.model === null
          ? 'The pop names no model: the server had no job for this worker'
          : 'The pop names a model but lists no generation IDs',
        {},
      ),
    )
  }
  const { payload } = pop
  const model = pop.model
  const baseline = knownImageGenerationBaseline(options.resolveBaseline === undefined ? null : options.resolveBaseline(model))

  if (payload.prompt === null || isBlankPrompt(payload.prompt))
    return E.left(conversionError('MissingPrompt', 'Prompt is required for generation (payload.prompt is null, empty or whitespace)', {}))
  const { prompt, negative_prompt } = splitPrompt(payload.prompt)

  const faults: Array<GenMetadataEntry> = []
  const addSourceFault = () => {
    if (!faults.some((f) => f.type === KnownMetadataType.source_image)) faults.push(parseFailed(KnownMetadataType.source_image))
  }

  // Source-processing fallback.
  const wireMode = pop.source_processing
  const source = classify(pop.source_image)
  let mode = wireMode
  if (SOURCE_MODES.has(wireMode) && source._tag !== 'usable') {
    mode = 'txt2img'
    if (source._tag === 'unusable') addSourceFault()
  }
  const sourceImage = usableOrNull(source)

  const base_params: BasicImageGenerationParameters = {
    schema_version: '1.0',
    underlying_generation_scheme: 'MODEL',
    model,
    model_baseline: baseline,
    prompt,
    negative_prompt,
    seed: payload.seed,
    height: payload.height,
    width: payload.width,
    steps: payload.ddim_steps,
    cfg_scale: payload.cfg_scale,
    sampler_name: payload.sampler_name,
    scheduler: payload.karras ? 'karras' : 'normal',
    clip_skip: payload.clip_skip,
    clip_skip_representation: 'NEGATIVE_OFFSET',
    denoising_strength: payload.denoising_strength,
    tiling: payload.tiling,
    transparent: payload.transparent,
  }

  const components: Array<ImageGenerationComponent> = []
  const componentBase = { schema_version: '1.0', underlying_generation_scheme: null } as const

  if (sourceImage !== null && (mode === 'img2img' || mode === 'inpainting')) {
    const mask = classify(pop.source_mask)
    if (mask._tag === 'unusable') faults.push(parseFailed(KnownMetadataType.source_mask))
    components.push({ ...componentBase, kind: 'image2image', source_image: sourceImage, source_mask: usableOrNull(mask) })
  }

  if (sourceImage !== null && mode === 'remix') {
    const remix_images = (pop.extra_source_images ?? []).flatMap((entry, index) => {
      const image = classify(entry.image)
      if (image._tag !== 'usable') {
        faults.push(parseFailed(KnownMetadataType.extra_source_images, String(index)))
        return []
      }
      return [{ ...componentBase, image: image.image, strength: entry.strength }]
    })
    components.push({ ...componentBase, kind: 'remix', source_image: sourceImage, remix_images })
  }

  if (payload.control_type !== null) {
    if (source._tag === 'unusable') addSourceFault()
    const isControl = payload.image_is_control === true
    components.push({
      ...componentBase,
      kind: 'controlnet',
      controlnet_type: payload.control_type,
      source_image: isControl ? null : sourceImage,
      control_map: isControl ? sourceImage : null,
      return_control_map: payload.return_control_map === true,
    })
  }

  if (hiresFixApplies({ hires_fix: payload.hires_fix, wireSourceProcessing: wireMode, baseline, width: payload.width, height: payload.height })) {
    if (isBlankPrompt(model))
      return E.left(conversionError('MissingModel', 'Model is required for hires fix generation (model is empty or whitespace)', {}))
    const first = firstPassSize(payload.width, payload.height, baseline)
    // The step heuristic reads the strength as truthy-or-0.65 (the reference's S5), so `0` counts as 0.65 here.
    const stepStrength = payload.hires_fix_denoising_strength || HIRES_FIX_DENOISE_STRENGTH_DEFAULT
    const secondDenoise =
      payload.hires_fix_denoising_strength !== null
        ? payload.hires_fix_denoising_strength
        : mode !== 'txt2img' && payload.denoising_strength !== null
          ? payload.denoising_strength
          : DEFAULT_HIRES_DENOISE_STRENGTH
    components.push({
      ...componentBase,
      kind: 'hires_fix',
      first_pass: { ...base_params, width: first.width, height: first.height, tiling: null },
      second_pass: {
        ...base_params,
        steps: secondPassSteps(nativeResolution(baseline), payload.width, payload.height, stepStrength, payload.ddim_steps),
        denoising_strength: secondDenoise,
        tiling: null,
      },
    })
  }

  for (const lora of payload.loras ?? []) {
    components.push({
      ...componentBase,
      kind: 'lora',
      name: lora.is_version ? null : lora.name,
      release_version: null,
      remote_version_id: lora.is_version ? lora.name : null,
      source: KnownAuxModelSource.CIVITAI,
      remote_url: null,
      local_filename: null,
      file_hash: null,
      model_strength: lora.model,
      clip_strength: lora.clip,
      lora_triggers: lora.inject_trigger === null ? null : [lora.inject_trigger],
      lora_inject_trigger_choice: lora.inject_trigger === null ? 'NO_INJECT' : 'FUZZY_POSITIVE',
    })
  }

  for (const ti of payload.tis ?? []) {
    components.push({
      ...componentBase,
      kind: 'ti',
      name: ti.name,
      release_version: null,
      remote_version_id: null,
      source: KnownAuxModelSource.HORDELING,
      remote_url: null,
      local_filename: null,
      file_hash: null,
      model_strength: ti.strength,
      ti_inject_trigger_choice: ti.inject_ti === 'prompt' ? 'POSITIVE_PROMPT' : ti.inject_ti === 'negprompt' ? 'NEGATIVE_PROMPT' : 'NO_INJECT',
    })
  }

  if (payload.workflow !== null) {
    components.push({
      ...componentBase,
      kind: 'custom_workflow',
      custom_workflow_name: payload.workflow,
      custom_workflow_version: null,
      custom_parameters: null,
      extra_texts: payload.extra_texts === null ? null : payload.extra_texts.map(({ text, reference }) => ({ ...componentBase, text, reference })),
    })
  }

  if (pop.ids.length !== payload.n_iter) {
    return E.left(
      conversionError(
        'BatchSizeMismatch',
        `The number of generation IDs (${pop.ids.length}) must match the batch size (payload.n_iter = ${payload.n_iter})`,
        { ids: pop.ids.length, batch_size: payload.n_iter },
      ),
    )
  }

  const generation: ImageGenerationParameters = {
    schema_version: '1.0',
    underlying_generation_scheme: null,
    batch_size: payload.n_iter,
    source_processing: mode,
    base_params,
    additional_params: { ...componentBase, components },
    alchemy_params: alchemyParams(pop),
    result_ids: pop.ids,
  }

  return pipe(
    uploadUrlMap(pop),
    E.chain((r2_upload_url_map) =>
      pipe(
        AIHordeR2DispatchParameters.make({
          generation_ids: pop.ids,
          dispatch_source: KnownDispatchSource.AI_HORDE_API_OFFICIAL,
          ttl: pop.ttl,
          inference_backend: KnownInferenceBackend.COMFYUI,
          requested_backend_constraints: RequestedBackendConstraints.SPECIFIED,
          no_valid_request_found_reasons: pop.skipped,
          source_image_fallback_choice: RequestedSourceImageFallbackChoice.TXT2IMG_FALLBACK,
          r2_upload_url_map,
        }),
        E.mapLeft(invalidParameters('dispatch', 'dispatch parameters')),
      ),
    ),
    E.chain((dispatch_parameters) =>
      pipe(
        ImageGenerationParameters.decode(generation),
        E.mapLeft(invalidParameters('generation', 'image generation parameters')),
        E.map((generation_parameters): ImageConversionResult => ({ generation_parameters, dispatch_parameters, faults })),
      ),
    ),
  )
}

/**
 * The worker's one step from an image pop's response body to a job: decode, then convert.
 *
 * @example
 * import { decodeAndConvertImageJobPop, formatJobError } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = decodeAndConvertImageJobPop({ payload: {}, ids: [], model: null })
 * assert.deepStrictEqual(E.isLeft(r) && formatJobError(r.left), ['NoJob: The pop names no model: the server had no job for this worker'])
 * const bad = decodeAndConvertImageJobPop({ payload: { prompt: 'p' }, ids: ['x'], model: 'm' })
 * assert.deepStrictEqual(E.isLeft(bad) && formatJobError(bad.left), ['ids[0]: expected GenerationID, got "x"'])
 */
export const decodeAndConvertImageJobPop = (u: unknown, options: ImageConversionOptions = {}): E.Either<JobError, ImageConversionResult> =>
  decodeThenConvert(ImageGenerateJobPopResponse, (pop: Pop) => convertImageJobPopResponse(pop, options))(u)
