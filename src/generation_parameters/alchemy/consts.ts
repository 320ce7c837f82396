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

export const AlchemyType = openEnum('AlchemyType', KnownAlchemyTypes)
export type AlchemyType = t.TypeOf<typeof AlchemyType>
export const AlchemyForm = openEnum('AlchemyForm', KnownAlchemyForms)
export type AlchemyForm = t.TypeOf<typeof AlchemyForm>
export const Upscaler = openEnum('Upscaler', KnownUpscalers)
export type Upscaler = t.TypeOf<typeof Upscaler>
export const Facefixer = openEnum('Facefixer', KnownFacefixers)
export type Facefixer = t.TypeOf<typeof Facefixer>
export const MiscPostProcessor = openEnum('MiscPostProcessor', KnownMiscPostProcessors)
export type MiscPostProcessor = t.TypeOf<typeof MiscPostProcessor>
export const Interrogator = openEnum('Interrogator', KnownInterrogators)
export type Interrogator = t.TypeOf<typeof Interrogator>
export const CaptionModel = openEnum('CaptionModel', KnownCaptionModels)
export type CaptionModel = t.TypeOf<typeof CaptionModel>
export const NSFWDetector = openEnum('NSFWDetector', KnownNSFWDetector)
export type NSFWDetector = t.TypeOf<typeof NSFWDetector>
export const AnnotationControlType = openEnum('AnnotationControlType', KnownAnnotationControlTypes)
export type AnnotationControlType = t.TypeOf<typeof AnnotationControlType>

const namesAndValues = (members: Readonly<Record<string, string>>): ReadonlySet<string> =>
  new Set([...Object.keys(members), ...Object.values(members)])
const upscalerStrings = namesAndValues(KnownUpscalers)
const facefixerStrings = namesAndValues(KnownFacefixers)

/** `is_upscaler_form`: a `KNOWN_UPSCALERS` member name or value (exact, case-sensitive). `fourx_AnimeSharp` is not one. */
export const isUpscalerForm = (form: string): boolean => upscalerStrings.has(form)
/** `is_facefixer_form`: a `KNOWN_FACEFIXERS` member name or value (`GFPGANv1.3` and `GFPGANv1_3` both). */
export const isFacefixerForm = (form: string): boolean => facefixerStrings.has(form)
