/**
 * Image generation-parameter enums, baselines and constants (horde_sdk
 * `generation_parameters/image/consts.py`, the constants of `image/object_models.py`,
 * `utils/image_utils.py` and `ai_horde_api/consts.py`, and horde-model-reference
 * `model_consts/image.py`). These are written by the pop → parameters conversion, not read from
 * the wire; the wire enums (samplers, controlnets, workflows, source processing) are in
 * `ai_horde_api/apimodels/generate/consts`.
 */
import type * as t from 'io-ts'
import { closedEnum } from '../../combinators/closedEnum'
import { openEnum } from '../../combinators/openEnum'

/**
 * `KNOWN_IMAGE_SCHEDULERS` (9): member name = wire value. The conversion writes only `karras`
 * and `normal`.
 *
 * @example
 * import { KnownImageSchedulers } from 'horde-dispatch'
 *
 * assert.strictEqual(KnownImageSchedulers.karras, 'karras')
 * assert.strictEqual(Object.keys(KnownImageSchedulers).length, 9)
 */
export const KnownImageSchedulers = {
  normal: 'normal',
  karras: 'karras',
  exponential: 'exponential',
  sgm_uniform: 'sgm_uniform',
  simple: 'simple',
  ddim_uniform: 'ddim_uniform',
  beta: 'beta',
  linear_quadratic: 'linear_quadratic',
  kl_optimal: 'kl_optimal',
} as const

/**
 * A scheduler: a `KnownImageSchedulers` member or any other string, kept verbatim (open).
 *
 * @example
 * import { ImageScheduler } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(ImageScheduler.decode('karras'), E.right('karras'))
 * assert.deepStrictEqual(ImageScheduler.decode('my_scheduler'), E.right('my_scheduler'))
 * assert.ok(E.isLeft(ImageScheduler.decode(1)))
 */
export const ImageScheduler = openEnum('ImageScheduler', KnownImageSchedulers)
export type ImageScheduler = t.TypeOf<typeof ImageScheduler>

/**
 * `CLIP_SKIP_REPRESENTATION` members: how `clip_skip` counts layers. The conversion never sets it,
 * so converted parameters say `NEGATIVE_OFFSET` although the horde value is a positive count (S9).
 *
 * @example
 * import { KnownClipSkipRepresentation } from 'horde-dispatch'
 *
 * assert.deepStrictEqual(Object.values(KnownClipSkipRepresentation), ['NEGATIVE_OFFSET', 'POSITIVE_OFFSET'])
 */
export const KnownClipSkipRepresentation = {
  NEGATIVE_OFFSET: 'NEGATIVE_OFFSET',
  POSITIVE_OFFSET: 'POSITIVE_OFFSET',
} as const

/**
 * `CLIP_SKIP_REPRESENTATION` (closed): other strings fail.
 *
 * @example
 * import { ClipSkipRepresentation } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(ClipSkipRepresentation.decode('POSITIVE_OFFSET'), E.right('POSITIVE_OFFSET'))
 * assert.ok(E.isLeft(ClipSkipRepresentation.decode('negative_offset')))
 */
export const ClipSkipRepresentation = closedEnum('ClipSkipRepresentation', Object.values(KnownClipSkipRepresentation))
export type ClipSkipRepresentation = t.TypeOf<typeof ClipSkipRepresentation>

/**
 * `LORA_TRIGGER_INJECT_CHOICE` members. The conversion writes only `NO_INJECT` and
 * `FUZZY_POSITIVE` (S10).
 *
 * @example
 * import { KnownLoraTriggerInjectChoice } from 'horde-dispatch'
 *
 * assert.strictEqual(KnownLoraTriggerInjectChoice.FUZZY_POSITIVE, 'FUZZY_POSITIVE')
 */
export const KnownLoraTriggerInjectChoice = {
  NO_INJECT: 'NO_INJECT',
  EXACT_POSITIVE: 'EXACT_POSITIVE',
  EXACT_NEGATIVE: 'EXACT_NEGATIVE',
  FUZZY_POSITIVE: 'FUZZY_POSITIVE',
  FUZZY_NEGATIVE: 'FUZZY_NEGATIVE',
} as const

/**
 * `LORA_TRIGGER_INJECT_CHOICE` (closed).
 *
 * @example
 * import { LoraTriggerInjectChoice } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(LoraTriggerInjectChoice.decode('NO_INJECT'), E.right('NO_INJECT'))
 * assert.ok(E.isLeft(LoraTriggerInjectChoice.decode('any')))
 */
export const LoraTriggerInjectChoice = closedEnum('LoraTriggerInjectChoice', Object.values(KnownLoraTriggerInjectChoice))
export type LoraTriggerInjectChoice = t.TypeOf<typeof LoraTriggerInjectChoice>

/**
 * `TI_TRIGGER_INJECT_CHOICE` members. The conversion maps the wire `inject_ti` `"prompt"` to
 * `POSITIVE_PROMPT`, `"negprompt"` to `NEGATIVE_PROMPT` and `null` to `NO_INJECT`.
 *
 * @example
 * import { KnownTiTriggerInjectChoice } from 'horde-dispatch'
 *
 * assert.deepStrictEqual(Object.values(KnownTiTriggerInjectChoice), ['NO_INJECT', 'POSITIVE_PROMPT', 'NEGATIVE_PROMPT'])
 */
export const KnownTiTriggerInjectChoice = {
  NO_INJECT: 'NO_INJECT',
  POSITIVE_PROMPT: 'POSITIVE_PROMPT',
  NEGATIVE_PROMPT: 'NEGATIVE_PROMPT',
} as const

/**
 * `TI_TRIGGER_INJECT_CHOICE` (closed).
 *
 * @example
 * import { TiTriggerInjectChoice } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(TiTriggerInjectChoice.decode('NEGATIVE_PROMPT'), E.right('NEGATIVE_PROMPT'))
 * assert.ok(E.isLeft(TiTriggerInjectChoice.decode('negprompt')))
 */
export const TiTriggerInjectChoice = closedEnum('TiTriggerInjectChoice', Object.values(KnownTiTriggerInjectChoice))
export type TiTriggerInjectChoice = t.TypeOf<typeof TiTriggerInjectChoice>

/**
 * `KNOWN_IMAGE_GENERATION_BASELINE` (horde-model-reference, identical in v5.1.0 and v7.6.0):
 * member name = value, in the reference's order. The reference's alternative names (`"SDXL"`,
 * `"SD1.5"`, …) and runtime-registered baselines are not members: the conversion matches a model
 * record's baseline by exact value only (see `knownImageGenerationBaseline`).
 *
 * @example
 * import { KnownImageGenerationBaseline } from 'horde-dispatch'
 *
 * assert.strictEqual(KnownImageGenerationBaseline.stable_diffusion_xl, 'stable_diffusion_xl')
 * assert.strictEqual(Object.keys(KnownImageGenerationBaseline).length, 11)
 */
export const KnownImageGenerationBaseline = {
  infer: 'infer',
  stable_diffusion_1: 'stable_diffusion_1',
  stable_diffusion_2_768: 'stable_diffusion_2_768',
  stable_diffusion_2_512: 'stable_diffusion_2_512',
  stable_diffusion_xl: 'stable_diffusion_xl',
  stable_cascade: 'stable_cascade',
  flux_1: 'flux_1',
  flux_schnell: 'flux_schnell',
  flux_dev: 'flux_dev',
  qwen_image: 'qwen_image',
  z_image_turbo: 'z_image_turbo',
} as const

/**
 * A baseline member (closed). `model_baseline` fields take any string; this codec is for code
 * that needs a known member.
 *
 * @example
 * import { ImageGenerationBaseline } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(ImageGenerationBaseline.decode('flux_1'), E.right('flux_1'))
 * assert.ok(E.isLeft(ImageGenerationBaseline.decode('SDXL')))
 */
export const ImageGenerationBaseline = closedEnum('ImageGenerationBaseline', Object.values(KnownImageGenerationBaseline))
export type ImageGenerationBaseline = t.TypeOf<typeof ImageGenerationBaseline>

/**
 * The conversion's baseline lookup (§4.2): the member whose value equals the model record's
 * baseline exactly, else `null` (alternative names, other strings, `null`, `undefined`).
 *
 * @example
 * import { knownImageGenerationBaseline } from 'horde-dispatch'
 *
 * assert.strictEqual(knownImageGenerationBaseline('stable_diffusion_1'), 'stable_diffusion_1')
 * assert.strictEqual(knownImageGenerationBaseline('infer'), 'infer')
 * assert.strictEqual(knownImageGenerationBaseline('SDXL'), null)
 * assert.strictEqual(knownImageGenerationBaseline(null), null)
 */
export const knownImageGenerationBaseline = (baseline: string | null | undefined): ImageGenerationBaseline | null =>
  typeof baseline === 'string' && ImageGenerationBaseline.is(baseline) ? baseline : null

/**
 * Native (one side, in pixels) resolution of each baseline, as the model reference lists it.
 * `infer` has **no** entry, as in the reference (where the lookup then raises, S2); use
 * `nativeResolution`, which never fails.
 *
 * @example
 * import { NATIVE_RESOLUTIONS } from 'horde-dispatch'
 *
 * assert.strictEqual(NATIVE_RESOLUTIONS.stable_diffusion_2_768, 768)
 * assert.strictEqual(NATIVE_RESOLUTIONS.infer, undefined)
 */
export const NATIVE_RESOLUTIONS: { readonly [K in ImageGenerationBaseline]?: number } = {
  stable_diffusion_1: 512,
  stable_diffusion_2_768: 768,
  stable_diffusion_2_512: 512,
  stable_diffusion_xl: 1024,
  stable_cascade: 1024,
  flux_1: 1024,
  flux_schnell: 1024,
  flux_dev: 1024,
  qwen_image: 1024,
  z_image_turbo: 1024,
}

/**
 * `IDEAL_SDXL_RESOLUTIONS`: the SDXL first-pass buckets, `[width, height]`, in the reference's
 * order (the first of equally close buckets wins).
 *
 * @example
 * import { SDXL_BUCKETS } from 'horde-dispatch'
 *
 * assert.deepStrictEqual(SDXL_BUCKETS[0], [1024, 1024])
 * assert.strictEqual(SDXL_BUCKETS.length, 9)
 */
export const SDXL_BUCKETS: ReadonlyArray<readonly [width: number, height: number]> = [
  [1024, 1024],
  [1152, 896],
  [896, 1152],
  [1216, 832],
  [832, 1216],
  [1344, 768],
  [768, 1344],
  [1536, 640],
  [640, 1536],
]

/**
 * `DEFAULT_BASELINE_RESOLUTION` (image/object_models.py): the default width and height, and the
 * native resolution assumed for an unknown baseline.
 *
 * @example
 * import { DEFAULT_BASELINE_RESOLUTION } from 'horde-dispatch'
 *
 * assert.strictEqual(DEFAULT_BASELINE_RESOLUTION, 512)
 */
export const DEFAULT_BASELINE_RESOLUTION = 512

/**
 * `HIRES_FIX_DENOISE_STRENGTH_DEFAULT` (image/object_models.py): the strength fed to the
 * second-pass step heuristic when `hires_fix_denoising_strength` is not truthy (S5).
 *
 * @example
 * import { HIRES_FIX_DENOISE_STRENGTH_DEFAULT } from 'horde-dispatch'
 *
 * assert.strictEqual(HIRES_FIX_DENOISE_STRENGTH_DEFAULT, 0.65)
 */
export const HIRES_FIX_DENOISE_STRENGTH_DEFAULT = 0.65

/**
 * `DEFAULT_HIRES_DENOISE_STRENGTH` (ai_horde_api/consts.py): the last fallback of the second
 * pass's `denoising_strength`.
 *
 * @example
 * import { DEFAULT_HIRES_DENOISE_STRENGTH } from 'horde-dispatch'
 *
 * assert.strictEqual(DEFAULT_HIRES_DENOISE_STRENGTH, 0.65)
 */
export const DEFAULT_HIRES_DENOISE_STRENGTH = 0.65

/**
 * `AI_HORDE_PROMPT_SEPARATOR` (convert.py): the positive / negative prompt separator.
 *
 * @example
 * import { AI_HORDE_PROMPT_SEPARATOR } from 'horde-dispatch'
 *
 * assert.strictEqual(AI_HORDE_PROMPT_SEPARATOR, '###')
 */
export const AI_HORDE_PROMPT_SEPARATOR = '###'

/**
 * The tuning constants of horde_sdk `utils/image_utils.py` (first-pass size and second-pass step
 * heuristic), under their reference names.
 *
 * @example
 * import { IMAGE_UTILS } from 'horde-dispatch'
 *
 * assert.strictEqual(IMAGE_UTILS.IMAGE_CHUNK_SIZE, 64)
 * assert.strictEqual(IMAGE_UTILS.UPSCALE_DIVISOR, 2.25)
 */
export const IMAGE_UTILS = {
  IMAGE_CHUNK_SIZE: 64,
  DEFAULT_IMAGE_MIN_RESOLUTION: 512,
  DEFAULT_HIGHER_RES_MAX_RESOLUTION: 1024,
  MIN_DENOISING_STRENGTH: 0.01,
  MAX_DENOISING_STRENGTH: 1.0,
  DECAY_RATE: 2,
  MIN_STEPS: 3,
  UPSCALE_ADJUSTMENT_FACTOR: 0.5,
  UPSCALE_DIVISOR: 2.25,
  STANDARD_RESOLUTION: 512,
  RESOLUTION_PENALTY_MULTIPLIER: 3,
  STEP_FLOOR_THRESHOLD: 18,
} as const
