import * as E from 'fp-ts/Either'
import {
  AlchemyForm,
  AlchemyType,
  AnnotationControlType,
  CaptionModel,
  Facefixer,
  Interrogator,
  KnownAlchemyForms,
  KnownAlchemyTypes,
  KnownAnnotationControlTypes,
  KnownCaptionModels,
  KnownClipBlipTypes,
  KnownFacefixers,
  KnownInterrogators,
  KnownMiscPostProcessors,
  KnownNSFWDetector,
  KnownUpscalers,
  MiscPostProcessor,
  NSFWDetector,
  Upscaler,
  isFacefixerForm,
  isUpscalerForm,
} from '../../../src'

describe('alchemy enums (§2.1, §2.2): member names → wire values, in reference order', () => {
  it('KNOWN_ALCHEMY_TYPES: 25 members, 25 distinct values, one of them ""', () => {
    expect(Object.entries(KnownAlchemyTypes)).toEqual([
      ['_NONE', ''],
      ['caption', 'caption'],
      ['interrogation', 'interrogation'],
      ['nsfw', 'nsfw'],
      ['RealESRGAN_x4plus', 'RealESRGAN_x4plus'],
      ['RealESRGAN_x2plus', 'RealESRGAN_x2plus'],
      ['RealESRGAN_x4plus_anime_6B', 'RealESRGAN_x4plus_anime_6B'],
      ['NMKD_Siax', 'NMKD_Siax'],
      ['fourx_AnimeSharp', '4x_AnimeSharp'],
      ['four_4xNomos8kSC', '4xNomos8kSC'],
      ['four_4xLSDIRplus', '4xLSDIRplus'],
      ['four_4xNomosWebPhoto_RealPLKSR', '4xNomosWebPhoto_RealPLKSR'],
      ['four_4xNomos2_realplksr_dysample', '4xNomos2_realplksr_dysample'],
      ['four_4xNomos2_hq_dat2', '4xNomos2_hq_dat2'],
      ['two_2xModernSpanimationV1', '2xModernSpanimationV1'],
      ['GFPGAN', 'GFPGAN'],
      ['CodeFormers', 'CodeFormers'],
      ['GFPGANv1_3', 'GFPGANv1.3'],
      ['RestoreFormer', 'RestoreFormer'],
      ['strip_background', 'strip_background'],
      ['vectorize', 'vectorize'],
      ['palette', 'palette'],
      ['describe', 'describe'],
      ['aesthetic', 'aesthetic'],
      ['annotation', 'annotation'],
    ])
    expect(AlchemyType.known).toHaveLength(25)
  })

  it('KNOWN_ALCHEMY_FORMS (9)', () => {
    expect(Object.values(KnownAlchemyForms)).toEqual(['nsfw', 'caption', 'interrogation', 'post_process', 'vectorize', 'palette', 'describe', 'aesthetic', 'annotation'])
    expect(Object.keys(KnownAlchemyForms)).toEqual(Object.values(KnownAlchemyForms))
  })

  it('KNOWN_UPSCALERS (12): four_4x_AnimeSharp, not fourx_AnimeSharp, is the name of 4x_AnimeSharp here', () => {
    expect(Object.entries(KnownUpscalers)).toEqual([
      ['BACKEND_DEFAULT', 'BACKEND_DEFAULT'],
      ['RealESRGAN_x4plus', 'RealESRGAN_x4plus'],
      ['RealESRGAN_x2plus', 'RealESRGAN_x2plus'],
      ['RealESRGAN_x4plus_anime_6B', 'RealESRGAN_x4plus_anime_6B'],
      ['NMKD_Siax', 'NMKD_Siax'],
      ['four_4x_AnimeSharp', '4x_AnimeSharp'],
      ['four_4xNomos8kSC', '4xNomos8kSC'],
      ['four_4xLSDIRplus', '4xLSDIRplus'],
      ['four_4xNomosWebPhoto_RealPLKSR', '4xNomosWebPhoto_RealPLKSR'],
      ['four_4xNomos2_realplksr_dysample', '4xNomos2_realplksr_dysample'],
      ['four_4xNomos2_hq_dat2', '4xNomos2_hq_dat2'],
      ['two_2xModernSpanimationV1', '2xModernSpanimationV1'],
    ])
  })

  it('KNOWN_FACEFIXERS (5), KNOWN_MISC_POST_PROCESSORS (1), KNOWN_CLIP_BLIP_TYPES (3)', () => {
    expect(Object.entries(KnownFacefixers)).toEqual([
      ['BACKEND_DEFAULT', 'BACKEND_DEFAULT'],
      ['GFPGAN', 'GFPGAN'],
      ['CodeFormers', 'CodeFormers'],
      ['GFPGANv1_3', 'GFPGANv1.3'],
      ['RestoreFormer', 'RestoreFormer'],
    ])
    expect(Object.entries(KnownMiscPostProcessors)).toEqual([['strip_background', 'strip_background']])
    expect(Object.values(KnownClipBlipTypes)).toEqual(['caption', 'interrogation', 'nsfw'])
  })

  it('KNOWN_INTERROGATORS, KNOWN_CAPTION_MODELS, KNOWN_NSFW_DETECTOR', () => {
    expect(Object.entries(KnownInterrogators)).toEqual([
      ['BACKEND_DEFAULT', 'BACKEND_DEFAULT'],
      ['vit_l_14', 'sentence-transformers/clip-ViT-L-14'],
      ['vit_big_g_14_laion2b_39b_b160k', 'laion/CLIP-ViT-bigG-14-laion2B-39B-b160k'],
    ])
    expect(Object.entries(KnownCaptionModels)).toEqual([
      ['BACKEND_DEFAULT', 'BACKEND_DEFAULT'],
      ['BLIP_BASE_SALESFORCE', 'Salesforce/blip-image-captioning-base'],
      ['BLIP_LARGE_SALESFORCE', 'Salesforce/blip-image-captioning-large'],
    ])
    expect(Object.values(KnownNSFWDetector)).toEqual(['BACKEND_DEFAULT', 'HORDE_SAFETY', 'COMPVIS_SAFETY_CHECKER'])
  })

  it('KNOWN_ANNOTATION_CONTROL_TYPES (33): mlsd, not hough', () => {
    const values = Object.values(KnownAnnotationControlTypes)
    expect(values).toHaveLength(33)
    expect(values.slice(0, 10)).toEqual(['canny', 'hed', 'depth', 'mlsd', 'openpose', 'normal', 'scribble', 'fakescribbles', 'seg', 'binary'])
    expect(values.slice(-3)).toEqual(['tile', 'tile_ttplanet_guided', 'tile_ttplanet_simple'])
    expect(Object.keys(KnownAnnotationControlTypes)).toEqual(values)
    expect(AnnotationControlType.isKnown('mlsd')).toBe(true)
    expect(AnnotationControlType.isKnown('hough')).toBe(false)
  })

  const codecs = { AlchemyType, AlchemyForm, Upscaler, Facefixer, MiscPostProcessor, Interrogator, CaptionModel, NSFWDetector, AnnotationControlType }

  it.each(Object.entries(codecs))('%s is open: any string verbatim, not null or a number', (_, codec) => {
    for (const s of ['', 'Caption', ' caption ', 'x'.repeat(31), codec.known[0]]) expect(codec.decode(s)).toEqual(E.right(s))
    for (const u of [null, undefined, 5, true, {}]) expect(E.isLeft(codec.decode(u))).toBe(true)
    expect(codec.encode('anything')).toBe('anything')
  })

  it('isKnown tests wire values, never member names', () => {
    expect(AlchemyType.isKnown('4x_AnimeSharp')).toBe(true)
    expect(AlchemyType.isKnown('fourx_AnimeSharp')).toBe(false)
    expect(AlchemyType.isKnown('')).toBe(true)
    expect(AlchemyType.isKnown('_NONE')).toBe(false)
    expect(Upscaler.isKnown('four_4x_AnimeSharp')).toBe(false)
  })
})

describe('the is_*_form predicates (§2.3): exact, case-sensitive, no trimming', () => {
  const upscalerTrue = [
    'BACKEND_DEFAULT', 'RealESRGAN_x4plus', 'RealESRGAN_x2plus', 'RealESRGAN_x4plus_anime_6B', 'NMKD_Siax',
    'four_4x_AnimeSharp', '4x_AnimeSharp', 'four_4xNomos8kSC', '4xNomos8kSC', 'four_4xLSDIRplus', '4xLSDIRplus',
    'four_4xNomosWebPhoto_RealPLKSR', '4xNomosWebPhoto_RealPLKSR', 'four_4xNomos2_realplksr_dysample',
    '4xNomos2_realplksr_dysample', 'four_4xNomos2_hq_dat2', '4xNomos2_hq_dat2', 'two_2xModernSpanimationV1', '2xModernSpanimationV1',
  ]
  const facefixerTrue = ['BACKEND_DEFAULT', 'GFPGAN', 'CodeFormers', 'GFPGANv1_3', 'GFPGANv1.3', 'RestoreFormer']
  // Every string of every alchemy enum (names and values), plus near misses.
  const candidates = [
    ...new Set([
      ...[KnownAlchemyTypes, KnownAlchemyForms, KnownUpscalers, KnownFacefixers, KnownMiscPostProcessors, KnownInterrogators, KnownCaptionModels].flatMap((m) => [
        ...Object.keys(m),
        ...Object.values(m),
      ]),
      'backend_default', ' GFPGAN', 'GFPGAN ', 'gfpgan', '4x_animesharp', 'RealESRGAN', 'GFPGANv1', 'nsfw.', 'Caption',
    ]),
  ]

  it('is_upscaler_form is true for exactly the 19 KNOWN_UPSCALERS names and values (not fourx_AnimeSharp)', () => {
    expect(candidates.filter(isUpscalerForm).sort()).toEqual([...upscalerTrue].sort())
    expect(isUpscalerForm('fourx_AnimeSharp')).toBe(false)
  })

  it('is_facefixer_form is true for exactly the 6 KNOWN_FACEFIXERS names and values', () => {
    expect(candidates.filter(isFacefixerForm).sort()).toEqual([...facefixerTrue].sort())
  })

  it('BACKEND_DEFAULT satisfies both; "", _NONE, post_process and fourx_AnimeSharp satisfy neither', () => {
    expect(isUpscalerForm('BACKEND_DEFAULT') && isFacefixerForm('BACKEND_DEFAULT')).toBe(true)
    for (const s of ['', '_NONE', 'post_process', 'fourx_AnimeSharp']) {
      expect([s, isUpscalerForm(s), isFacefixerForm(s)]).toEqual([s, false, false])
    }
  })

  // The single-value predicates (is_interrogator_form … is_aesthetic_form) are plain string equality;
  // the conversion applies them (interrogation, caption, nsfw, vectorize, annotation) and its tests pin them.
})
