import * as E from 'fp-ts/Either'
import {
  ImageControlnet,
  ImageSampler,
  ImageSourceProcessing,
  ImageWorkflow,
  KnownImageControlnets,
  KnownImageSamplers,
  KnownImageSourceProcessing,
  KnownImageWorkflows,
  KnownPostProcessorOrderType,
  KnownPostProcessors,
  PostProcessor,
  PostProcessorOrderType,
} from '../../../../src'

describe('image wire enums (image-pop.md §2.1)', () => {
  it('source processing: outpainting is a known value of its own (reference: an alias of inpainting)', () => {
    expect(Object.values(KnownImageSourceProcessing)).toEqual(['txt2img', 'img2img', 'inpainting', 'outpainting', 'remix'])
    expect(ImageSourceProcessing.known).toEqual(['txt2img', 'img2img', 'inpainting', 'outpainting', 'remix'])
  })

  it('samplers: 14 in order, DDIM upper case', () => {
    expect(Object.values(KnownImageSamplers)).toEqual([
      'k_lms', 'k_heun', 'k_euler', 'k_euler_a', 'k_dpm_2', 'k_dpm_2_a', 'k_dpm_fast', 'k_dpm_adaptive',
      'k_dpmpp_2s_a', 'k_dpmpp_2m', 'dpmsolver', 'k_dpmpp_sde', 'lcm', 'DDIM',
    ])
    expect(ImageSampler.isKnown('DDIM') && !ImageSampler.isKnown('ddim')).toBe(true)
  })

  it('controlnets: 34 in order, names equal values', () => {
    const values = Object.values(KnownImageControlnets)
    expect(values).toHaveLength(34)
    expect(values.slice(0, 11)).toEqual(['canny', 'hed', 'depth', 'normal', 'openpose', 'seg', 'scribble', 'fakescribbles', 'hough', 'mlsd', 'binary'])
    expect(values.slice(-3)).toEqual(['tile', 'tile_ttplanet_guided', 'tile_ttplanet_simple'])
    expect(Object.entries(KnownImageControlnets).every(([k, v]) => k === v)).toBe(true)
    expect(ImageControlnet.known).toEqual(values)
  })

  it('workflows and post-processor order', () => {
    expect(Object.values(KnownImageWorkflows)).toEqual(['qr_code'])
    expect(ImageWorkflow.decode('x')).toEqual(E.right('x'))
    expect(Object.values(KnownPostProcessorOrderType)).toEqual(['facefixers_first', 'upscalers_first', 'custom'])
    expect(PostProcessorOrderType.decode('upscalers_first')).toEqual(E.right('upscalers_first'))
    expect(E.isLeft(PostProcessorOrderType.decode('Custom'))).toBe(true)
  })

  it('post-processors: names and values of upscalers, facefixers and misc, without duplicates', () => {
    expect([...KnownPostProcessors].sort()).toEqual(
      [
        'BACKEND_DEFAULT', 'RealESRGAN_x4plus', 'RealESRGAN_x2plus', 'RealESRGAN_x4plus_anime_6B', 'NMKD_Siax',
        'four_4x_AnimeSharp', '4x_AnimeSharp', 'four_4xNomos8kSC', '4xNomos8kSC', 'four_4xLSDIRplus', '4xLSDIRplus',
        'four_4xNomosWebPhoto_RealPLKSR', '4xNomosWebPhoto_RealPLKSR', 'four_4xNomos2_realplksr_dysample',
        '4xNomos2_realplksr_dysample', 'four_4xNomos2_hq_dat2', '4xNomos2_hq_dat2', 'two_2xModernSpanimationV1',
        '2xModernSpanimationV1', 'GFPGAN', 'CodeFormers', 'GFPGANv1_3', 'GFPGANv1.3', 'RestoreFormer', 'strip_background',
      ].sort(),
    )
    expect(PostProcessor.isKnown('fourx_AnimeSharp')).toBe(false)
    expect(PostProcessor.decode('anything')).toEqual(E.right('anything'))
    expect(E.isLeft(PostProcessor.decode(null))).toBe(true)
  })
})
