/**
 * Image enums that travel on the wire of an image job pop (horde_sdk
 * `generation_parameters/image/consts.py`, `ai_horde_api/consts.py`, `generation_parameters/alchemy/consts.py`).
 * Each const object maps the reference's member names to wire values. The generation-parameter
 * side (`generation_parameters/image/consts.ts`) imports these.
 */
import type * as t from 'io-ts'
import { closedEnum } from '../../../combinators/closedEnum'
import { openEnum } from '../../../combinators/openEnum'
import { KnownFacefixers, KnownMiscPostProcessors, KnownUpscalers } from '../../../generation_parameters/alchemy/consts'

/**
 * `KNOWN_IMAGE_SOURCE_PROCESSING`: how the source image is used.
 *
 * **Decision**: `outpainting` is a known value in its own right (`"outpainting"`). In the reference it is an
 * alias of `inpainting`, so the wire string `"outpainting"`, which the server does send, counts as
 * unknown there; here it is known, and still kept verbatim.
 *
 * @example
 * import { ImageSourceProcessing } from 'horde-dispatch'
 *
 * assert.ok(ImageSourceProcessing.isKnown('outpainting'))
 * assert.ok(!ImageSourceProcessing.isKnown('Outpainting'))
 */
export const KnownImageSourceProcessing = {
  txt2img: 'txt2img',
  img2img: 'img2img',
  inpainting: 'inpainting',
  outpainting: 'outpainting',
  remix: 'remix',
} as const

/**
 * `KNOWN_IMAGE_SAMPLERS` (14, in the reference's order; `DDIM` is upper case on the wire).
 *
 * @example
 * import { ImageSampler, KnownImageSamplers } from 'horde-dispatch'
 *
 * assert.strictEqual(Object.keys(KnownImageSamplers).length, 14)
 * assert.ok(ImageSampler.isKnown('lcm') && !ImageSampler.isKnown('ddim'))
 */
export const KnownImageSamplers = {
  k_lms: 'k_lms',
  k_heun: 'k_heun',
  k_euler: 'k_euler',
  k_euler_a: 'k_euler_a',
  k_dpm_2: 'k_dpm_2',
  k_dpm_2_a: 'k_dpm_2_a',
  k_dpm_fast: 'k_dpm_fast',
  k_dpm_adaptive: 'k_dpm_adaptive',
  k_dpmpp_2s_a: 'k_dpmpp_2s_a',
  k_dpmpp_2m: 'k_dpmpp_2m',
  dpmsolver: 'dpmsolver',
  k_dpmpp_sde: 'k_dpmpp_sde',
  lcm: 'lcm',
  DDIM: 'DDIM',
} as const

const controlnets = [
  'canny', 'hed', 'depth', 'normal', 'openpose', 'seg', 'scribble', 'fakescribbles', 'hough', 'mlsd', 'binary',
  'standard_lineart', 'lineart', 'lineart_anime', 'lineart_anime_denoise', 'pidinet', 'scribble_xdog',
  'scribble_pidinet', 'teed', 'pyracanny', 'midas_depth', 'zoe_depth', 'depth_anything', 'depth_anything_v2',
  'normal_bae', 'oneformer_ade20k', 'oneformer_coco', 'color', 'shuffle', 'recolor_luminance', 'recolor_intensity',
  'tile', 'tile_ttplanet_guided', 'tile_ttplanet_simple',
] as const

/**
 * `KNOWN_IMAGE_CONTROLNETS` (34, in the reference's order; `hough` and `mlsd` name the same detector).
 *
 * @example
 * import { ImageControlnet, KnownImageControlnets } from 'horde-dispatch'
 *
 * assert.strictEqual(Object.keys(KnownImageControlnets).length, 34)
 * assert.ok(ImageControlnet.isKnown('hough') && ImageControlnet.isKnown('mlsd'))
 */
export const KnownImageControlnets = Object.fromEntries(controlnets.map((v) => [v, v])) as {
  readonly [K in (typeof controlnets)[number]]: K
}

/**
 * `KNOWN_IMAGE_WORKFLOWS`.
 *
 * @example
 * import { ImageWorkflow } from 'horde-dispatch'
 *
 * assert.ok(ImageWorkflow.isKnown('qr_code'))
 */
export const KnownImageWorkflows = { qr_code: 'qr_code' } as const

/**
 * `POST_PROCESSOR_ORDER_TYPE` (closed): which kind of post-processor runs first. SDK-only: the
 * server never sends it.
 *
 * @example
 * import { PostProcessorOrderType } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(PostProcessorOrderType.decode('custom'), E.right('custom'))
 * assert.ok(E.isLeft(PostProcessorOrderType.decode('random')))
 */
export const KnownPostProcessorOrderType = {
  facefixers_first: 'facefixers_first',
  upscalers_first: 'upscalers_first',
  custom: 'custom',
} as const

type NamesAndValues<M extends Readonly<Record<string, string>>> = (keyof M & string) | M[keyof M]

/**
 * A post-processor string the reference knows: a member name or value of the upscalers, facefixers or misc post-processors.
 *
 * @example
 * import type { KnownPostProcessor } from 'horde-dispatch'
 *
 * const p: KnownPostProcessor = 'GFPGANv1.3'
 * assert.strictEqual(p, 'GFPGANv1.3')
 */
export type KnownPostProcessor =
  | NamesAndValues<typeof KnownUpscalers>
  | NamesAndValues<typeof KnownFacefixers>
  | NamesAndValues<typeof KnownMiscPostProcessors>

/**
 * Every known `post_processing` entry: the member names and the wire values of `KNOWN_UPSCALERS`,
 * `KNOWN_FACEFIXERS` and `KNOWN_MISC_POST_PROCESSORS` (both spellings are known: `4x_AnimeSharp` and
 * `four_4x_AnimeSharp`, `GFPGANv1.3` and `GFPGANv1_3`), without duplicates.
 *
 * @example
 * import { KnownPostProcessors } from 'horde-dispatch'
 *
 * assert.ok(KnownPostProcessors.includes('GFPGANv1.3') && KnownPostProcessors.includes('GFPGANv1_3'))
 */
export const KnownPostProcessors: ReadonlyArray<KnownPostProcessor> = [
  ...new Set(
    [KnownUpscalers, KnownFacefixers, KnownMiscPostProcessors].flatMap((m) => [...Object.keys(m), ...Object.values(m)]),
  ),
] as ReadonlyArray<KnownPostProcessor>

/**
 * Open codec over `KnownImageSourceProcessing`: any string decodes verbatim (the reference warns on
 * unknown values; we only keep them), `null` fails.
 *
 * @example
 * import { ImageSourceProcessing } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(ImageSourceProcessing.decode('outpainting'), E.right('outpainting'))
 * assert.deepStrictEqual(ImageSourceProcessing.decode('sketch'), E.right('sketch'))
 * assert.ok(E.isLeft(ImageSourceProcessing.decode(null)))
 */
export const ImageSourceProcessing = openEnum('ImageSourceProcessing', KnownImageSourceProcessing)
export type ImageSourceProcessing = t.TypeOf<typeof ImageSourceProcessing>

/**
 * Open codec over `KnownImageSamplers`.
 *
 * @example
 * import { ImageSampler } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(ImageSampler.decode('k_euler_a'), E.right('k_euler_a'))
 * assert.deepStrictEqual(ImageSampler.decode('euler_new'), E.right('euler_new'))
 */
export const ImageSampler = openEnum('ImageSampler', KnownImageSamplers)
export type ImageSampler = t.TypeOf<typeof ImageSampler>

/**
 * Open codec over `KnownImageControlnets`.
 *
 * @example
 * import { ImageControlnet } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(ImageControlnet.decode('canny'), E.right('canny'))
 * assert.ok(E.isLeft(ImageControlnet.decode(3)))
 */
export const ImageControlnet = openEnum('ImageControlnet', KnownImageControlnets)
export type ImageControlnet = t.TypeOf<typeof ImageControlnet>

/**
 * Open codec over `KnownImageWorkflows` (the reference does not even warn on unknown workflows).
 *
 * @example
 * import { ImageWorkflow } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(ImageWorkflow.decode('my_flow'), E.right('my_flow'))
 */
export const ImageWorkflow = openEnum('ImageWorkflow', KnownImageWorkflows)
export type ImageWorkflow = t.TypeOf<typeof ImageWorkflow>

/**
 * Closed codec over `KnownPostProcessorOrderType`: any other string, and `null`, fail.
 *
 * @example
 * import { PostProcessorOrderType } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(PostProcessorOrderType.decode('facefixers_first'), E.right('facefixers_first'))
 * assert.ok(E.isLeft(PostProcessorOrderType.decode(null)))
 */
export const PostProcessorOrderType = closedEnum('PostProcessorOrderType', Object.values(KnownPostProcessorOrderType))
export type PostProcessorOrderType = t.TypeOf<typeof PostProcessorOrderType>

/**
 * Open codec over `KnownPostProcessors`: a `post_processing` entry. Unknown entries are kept
 * verbatim (the reference warns).
 *
 * @example
 * import { PostProcessor } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(PostProcessor.decode('foo'), E.right('foo'))
 * assert.ok(PostProcessor.isKnown('4x_AnimeSharp') && PostProcessor.isKnown('four_4x_AnimeSharp'))
 */
export const PostProcessor = openEnum('PostProcessor', KnownPostProcessors)
export type PostProcessor = t.TypeOf<typeof PostProcessor>
