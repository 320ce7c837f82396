/**
 * Alchemy enums and form predicates (horde_sdk `generation_parameters/alchemy/consts.py`).
 * Each const object maps the reference's member names to wire values (they differ where a name
 * cannot start with a digit: `four_4x_AnimeSharp` travels as `4x_AnimeSharp`).
 */
import type * as t from 'io-ts'
import { openEnum } from '../../combinators/openEnum'

/** `KNOWN_ALCHEMY_TYPES` (25): the `form` of an alchemy pop. `_NONE` is `""`. */
export const KnownAlchemyTypes = {
  _NONE: '',
  caption: 'caption',
  interrogation: 'interrogation',
  nsfw: 'nsfw',
  RealESRGAN_x4plus: 'RealESRGAN_x4plus',
  RealESRGAN_x2plus: 'RealESRGAN_x2plus',
  RealESRGAN_x4plus_anime_6B: 'RealESRGAN_x4plus_anime_6B',
  NMKD_Siax: 'NMKD_Siax',
  fourx_AnimeSharp: '4x_AnimeSharp',
  four_4xNomos8kSC: '4xNomos8kSC',
  four_4xLSDIRplus: '4xLSDIRplus',
  four_4xNomosWebPhoto_RealPLKSR: '4xNomosWebPhoto_RealPLKSR',
  four_4xNomos2_realplksr_dysample: '4xNomos2_realplksr_dysample',
  four_4xNomos2_hq_dat2: '4xNomos2_hq_dat2',
  two_2xModernSpanimationV1: '2xModernSpanimationV1',
  GFPGAN: 'GFPGAN',
  CodeFormers: 'CodeFormers',
  GFPGANv1_3: 'GFPGANv1.3',
  RestoreFormer: 'RestoreFormer',
  strip_background: 'strip_background',
  vectorize: 'vectorize',
  palette: 'palette',
  describe: 'describe',
  aesthetic: 'aesthetic',
  annotation: 'annotation',
} as const

/** `KNOWN_ALCHEMY_FORMS` (9): the `form` of alchemy generation parameters. */
export const KnownAlchemyForms = {
  nsfw: 'nsfw',
  caption: 'caption',
  interrogation: 'interrogation',
  post_process: 'post_process',
  vectorize: 'vectorize',
  palette: 'palette',
  describe: 'describe',
  aesthetic: 'aesthetic',
  annotation: 'annotation',
} as const

/** `KNOWN_UPSCALERS` (12). */
export const KnownUpscalers = {
  BACKEND_DEFAULT: 'BACKEND_DEFAULT',
  RealESRGAN_x4plus: 'RealESRGAN_x4plus',
  RealESRGAN_x2plus: 'RealESRGAN_x2plus',
  RealESRGAN_x4plus_anime_6B: 'RealESRGAN_x4plus_anime_6B',
  NMKD_Siax: 'NMKD_Siax',
  four_4x_AnimeSharp: '4x_AnimeSharp',
  four_4xNomos8kSC: '4xNomos8kSC',
  four_4xLSDIRplus: '4xLSDIRplus',
  four_4xNomosWebPhoto_RealPLKSR: '4xNomosWebPhoto_RealPLKSR',
  four_4xNomos2_realplksr_dysample: '4xNomos2_realplksr_dysample',
  four_4xNomos2_hq_dat2: '4xNomos2_hq_dat2',
  two_2xModernSpanimationV1: '2xModernSpanimationV1',
} as const

/** `KNOWN_FACEFIXERS` (5). */
export const KnownFacefixers = {
  BACKEND_DEFAULT: 'BACKEND_DEFAULT',
  GFPGAN: 'GFPGAN',
  CodeFormers: 'CodeFormers',
  GFPGANv1_3: 'GFPGANv1.3',
  RestoreFormer: 'RestoreFormer',
} as const

/** `KNOWN_MISC_POST_PROCESSORS` (1). */
export const KnownMiscPostProcessors = { strip_background: 'strip_background' } as const

/** `KNOWN_CLIP_BLIP_TYPES` (3). */
export const KnownClipBlipTypes = { caption: 'caption', interrogation: 'interrogation', nsfw: 'nsfw' } as const

/** `KNOWN_INTERROGATORS` (3). */
export const KnownInterrogators = {
  BACKEND_DEFAULT: 'BACKEND_DEFAULT',
  vit_l_14: 'sentence-transformers/clip-ViT-L-14',
  vit_big_g_14_laion2b_39b_b160k: 'laion/CLIP-ViT-bigG-14-laion2B-39B-b160k',
} as const

/** `KNOWN_CAPTION_MODELS` (3). */
export const KnownCaptionModels = {
  BACKEND_DEFAULT: 'BACKEND_DEFAULT',
  BLIP_BASE_SALESFORCE: 'Salesforce/blip-image-captioning-base',
  BLIP_LARGE_SALESFORCE: 'Salesforce/blip-image-captioning-large',
} as const

/** `KNOWN_NSFW_DETECTOR` (horde_sdk `consts.py`). */
export const KnownNSFWDetector = {
  BACKEND_DEFAULT: 'BACKEND_DEFAULT',
  HORDE_SAFETY: 'HORDE_SAFETY',
  COMPVIS_SAFETY_CHECKER: 'COMPVIS_SAFETY_CHECKER',
} as const

/** `KNOWN_ANNOTATION_CONTROL_TYPES` (33; `mlsd` where the image controlnet enum says `hough`). */
export const KnownAnnotationControlTypes = Object.fromEntries(
  [
    'canny', 'hed', 'depth', 'mlsd', 'openpose', 'normal', 'scribble', 'fakescribbles', 'seg', 'binary',
    'standard_lineart', 'lineart', 'lineart_anime', 'lineart_anime_denoise', 'pidinet', 'scribble_xdog',
    'scribble_pidinet', 'teed', 'pyracanny', 'midas_depth', 'zoe_depth', 'depth_anything', 'depth_anything_v2',
    'normal_bae', 'oneformer_ade20k', 'oneformer_coco', 'color', 'shuffle', 'recolor_luminance',
    'recolor_intensity', 'tile', 'tile_ttplanet_guided', 'tile_ttplanet_simple',
  ].map((v) => [v, v]),
) as {
  readonly [K in
    | 'canny' | 'hed' | 'depth' | 'mlsd' | 'openpose' | 'normal' | 'scribble' | 'fakescribbles' | 'seg' | 'binary'
    | 'standard_lineart' | 'lineart' | 'lineart_anime' | 'lineart_anime_denoise' | 'pidinet' | 'scribble_xdog'
    | 'scribble_pidinet' | 'teed' | 'pyracanny' | 'midas_depth' | 'zoe_depth' | 'depth_anything' | 'depth_anything_v2'
    | 'normal_bae' | 'oneformer_ade20k' | 'oneformer_coco' | 'color' | 'shuffle' | 'recolor_luminance'
    | 'recolor_intensity' | 'tile' | 'tile_ttplanet_guided' | 'tile_ttplanet_simple']: K
}

/**
 * Open codec over `KnownAlchemyTypes`: the `form` of an alchemy pop.
 *
 * @example
 * import { AlchemyType, KnownAlchemyTypes } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(AlchemyType.decode(KnownAlchemyTypes.fourx_AnimeSharp), E.right('4x_AnimeSharp'))
 * assert.ok(AlchemyType.isKnown('') && !AlchemyType.isKnown('fourx_AnimeSharp'))
 */
export const AlchemyType = openEnum('AlchemyType', KnownAlchemyTypes)
export type AlchemyType = t.TypeOf<typeof AlchemyType>
/**
 * Open codec over `KnownAlchemyForms`: the `form` of alchemy generation parameters.
 *
 * @example
 * import { AlchemyForm } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.ok(AlchemyForm.isKnown('post_process'))
 * // An upscaler is a pop form, not a generation-parameter form: any string still decodes.
 * assert.ok(!AlchemyForm.isKnown('RealESRGAN_x4plus'))
 * assert.deepStrictEqual(AlchemyForm.decode('RealESRGAN_x4plus'), E.right('RealESRGAN_x4plus'))
 */
export const AlchemyForm = openEnum('AlchemyForm', KnownAlchemyForms)
export type AlchemyForm = t.TypeOf<typeof AlchemyForm>
/**
 * Open codec over `KnownUpscalers`.
 *
 * @example
 * import { KnownUpscalers, Upscaler } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(Upscaler.decode(KnownUpscalers.four_4x_AnimeSharp), E.right('4x_AnimeSharp'))
 * assert.strictEqual(Upscaler.known.length, 12)
 */
export const Upscaler = openEnum('Upscaler', KnownUpscalers)
export type Upscaler = t.TypeOf<typeof Upscaler>
/**
 * Open codec over `KnownFacefixers`.
 *
 * @example
 * import { Facefixer, KnownFacefixers } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(Facefixer.decode(KnownFacefixers.GFPGANv1_3), E.right('GFPGANv1.3'))
 * assert.ok(Facefixer.isKnown('GFPGANv1.3') && !Facefixer.isKnown('GFPGANv1_3'))
 */
export const Facefixer = openEnum('Facefixer', KnownFacefixers)
export type Facefixer = t.TypeOf<typeof Facefixer>
/**
 * Open codec over `KnownMiscPostProcessors`.
 *
 * @example
 * import { MiscPostProcessor } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(MiscPostProcessor.known, ['strip_background'])
 * assert.deepStrictEqual(MiscPostProcessor.decode('strip_background'), E.right('strip_background'))
 */
export const MiscPostProcessor = openEnum('MiscPostProcessor', KnownMiscPostProcessors)
export type MiscPostProcessor = t.TypeOf<typeof MiscPostProcessor>
/**
 * Open codec over `KnownInterrogators` (wire values are model names).
 *
 * @example
 * import { Interrogator, KnownInterrogators } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(Interrogator.decode(KnownInterrogators.vit_l_14), E.right('sentence-transformers/clip-ViT-L-14'))
 * assert.ok(!Interrogator.isKnown('vit_l_14'))
 */
export const Interrogator = openEnum('Interrogator', KnownInterrogators)
export type Interrogator = t.TypeOf<typeof Interrogator>
/**
 * Open codec over `KnownCaptionModels` (wire values are model names).
 *
 * @example
 * import { CaptionModel, KnownCaptionModels } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(CaptionModel.decode(KnownCaptionModels.BLIP_LARGE_SALESFORCE), E.right('Salesforce/blip-image-captioning-large'))
 * assert.ok(CaptionModel.isKnown('BACKEND_DEFAULT'))
 */
export const CaptionModel = openEnum('CaptionModel', KnownCaptionModels)
export type CaptionModel = t.TypeOf<typeof CaptionModel>
/**
 * Open codec over `KnownNSFWDetector`.
 *
 * @example
 * import { NSFWDetector } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(NSFWDetector.decode('HORDE_SAFETY'), E.right('HORDE_SAFETY'))
 * assert.ok(E.isLeft(NSFWDetector.decode(null)))
 */
export const NSFWDetector = openEnum('NSFWDetector', KnownNSFWDetector)
export type NSFWDetector = t.TypeOf<typeof NSFWDetector>
/**
 * Open codec over `KnownAnnotationControlTypes`.
 *
 * @example
 * import { AnnotationControlType, KnownAnnotationControlTypes } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(AnnotationControlType.decode(KnownAnnotationControlTypes.canny), E.right('canny'))
 * assert.ok(AnnotationControlType.isKnown('mlsd') && !AnnotationControlType.isKnown('hough'))
 * assert.strictEqual(AnnotationControlType.known.length, 33)
 */
export const AnnotationControlType = openEnum('AnnotationControlType', KnownAnnotationControlTypes)
export type AnnotationControlType = t.TypeOf<typeof AnnotationControlType>

const namesAndValues = (members: Readonly<Record<string, string>>): ReadonlySet<string> =>
  new Set([...Object.keys(members), ...Object.values(members)])
const upscalerStrings = namesAndValues(KnownUpscalers)
const facefixerStrings = namesAndValues(KnownFacefixers)

/**
 * `is_upscaler_form`: a `KNOWN_UPSCALERS` member name or value (exact, case-sensitive). `fourx_AnimeSharp` is not one.
 *
 * @example
 * import { isUpscalerForm } from 'horde-dispatch'
 *
 * assert.ok(isUpscalerForm('4x_AnimeSharp') && isUpscalerForm('four_4x_AnimeSharp'))
 * assert.ok(!isUpscalerForm('fourx_AnimeSharp'))
 * assert.ok(!isUpscalerForm('realesrgan_x4plus'))
 */
export const isUpscalerForm = (form: string): boolean => upscalerStrings.has(form)
/**
 * `is_facefixer_form`: a `KNOWN_FACEFIXERS` member name or value (`GFPGANv1.3` and `GFPGANv1_3` both).
 *
 * @example
 * import { isFacefixerForm } from 'horde-dispatch'
 *
 * assert.ok(isFacefixerForm('GFPGANv1.3') && isFacefixerForm('GFPGANv1_3'))
 * assert.ok(!isFacefixerForm('gfpgan'))
 */
export const isFacefixerForm = (form: string): boolean => facefixerStrings.has(form)
