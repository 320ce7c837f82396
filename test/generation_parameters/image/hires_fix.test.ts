import {
  firstPassSize,
  fitsSinglePass,
  hiresFixApplies,
  HIRES_FIX_DENOISE_STRENGTH_DEFAULT,
  knownImageGenerationBaseline,
  KnownImageGenerationBaseline,
  nativeResolution,
  roundHalfEven,
  secondPassSteps,
} from '../../../src'

const SD1 = 'stable_diffusion_1'
const SDXL = 'stable_diffusion_xl'
const CASCADE = 'stable_cascade'
const s = HIRES_FIX_DENOISE_STRENGTH_DEFAULT

describe('roundHalfEven', () => {
  it.each([
    [8.5, 8],
    [7.5, 8],
    [0.5, 0],
    [1.5, 2],
    [2.5, 2],
    [12.295, 12],
    [10.667, 11],
    [7.542, 8],
    [-0.5, 0],
    [-1.5, -2],
    [-2.5, -2],
    [-3.5, -4],
    [-2.4, -2],
    [-2.6, -3],
    [3, 3],
    [2 ** 53, 2 ** 53],
  ])('round(%p) = %p', (x, r) => {
    expect(roundHalfEven(x)).toBe(r)
  })

  it('never yields negative zero', () => {
    expect(Object.is(roundHalfEven(-0.4), 0)).toBe(true)
    expect(Object.is(roundHalfEven(-0.5), 0)).toBe(true)
  })

  it('returns non-finite values unchanged, without throwing', () => {
    expect(roundHalfEven(Infinity)).toBe(Infinity)
    expect(roundHalfEven(NaN)).toBeNaN()
  })
})

describe('nativeResolution', () => {
  it('reads the model reference for known baselines', () => {
    expect(nativeResolution(SD1)).toBe(512)
    expect(nativeResolution('stable_diffusion_2_768')).toBe(768)
    expect(nativeResolution('stable_diffusion_2_512')).toBe(512)
    expect(nativeResolution(SDXL)).toBe(1024)
    expect(nativeResolution(CASCADE)).toBe(1024)
    for (const b of ['flux_1', 'flux_schnell', 'flux_dev', 'qwen_image', 'z_image_turbo']) expect(nativeResolution(b)).toBe(1024)
  })

  it('gives 512 for null, unknown strings, alternative names and (decision S2) infer', () => {
    expect(nativeResolution(null)).toBe(512)
    expect(nativeResolution('SDXL')).toBe(512)
    expect(nativeResolution('toString')).toBe(512)
    expect(nativeResolution('infer')).toBe(512)
  })
})

describe('knownImageGenerationBaseline', () => {
  it('matches by exact value only', () => {
    for (const b of Object.values(KnownImageGenerationBaseline)) expect(knownImageGenerationBaseline(b)).toBe(b)
    expect(knownImageGenerationBaseline('SDXL')).toBeNull()
    expect(knownImageGenerationBaseline('Stable_Diffusion_1')).toBeNull()
    expect(knownImageGenerationBaseline(undefined)).toBeNull()
    expect(knownImageGenerationBaseline(null)).toBeNull()
  })
})

describe('hiresFixApplies (H1–H3)', () => {
  const job = { hires_fix: true, wireSourceProcessing: 'txt2img', baseline: SD1, width: 768, height: 1024 }

  it('H1: only when hires_fix is true', () => {
    expect(hiresFixApplies(job)).toBe(true)
    expect(hiresFixApplies({ ...job, hires_fix: false })).toBe(false)
    expect(hiresFixApplies({ ...job, hires_fix: null })).toBe(false)
    expect(hiresFixApplies({ ...job, hires_fix: undefined })).toBe(false)
  })

  it('H2: the wire "inpainting" blocks it; "outpainting", img2img, remix, unknown and null do not', () => {
    expect(hiresFixApplies({ ...job, wireSourceProcessing: 'inpainting' })).toBe(false)
    for (const sp of ['outpainting', 'img2img', 'remix', 'whatever', null, undefined])
      expect(hiresFixApplies({ ...job, wireSourceProcessing: sp })).toBe(true)
  })

  it('H3 / S1: SD1 fits when either side is <= 512', () => {
    expect(hiresFixApplies({ ...job, width: 512, height: 768 })).toBe(false)
    expect(hiresFixApplies({ ...job, width: 512, height: 1536 })).toBe(false)
    expect(hiresFixApplies({ ...job, width: 1536, height: 512 })).toBe(false)
    expect(hiresFixApplies({ ...job, width: 576, height: 576 })).toBe(true)
    expect(hiresFixApplies({ ...job, width: 1024, height: 1024 })).toBe(true)
  })

  it('H3 / S1: SDXL fits when either side is <= 1024', () => {
    expect(hiresFixApplies({ ...job, baseline: SDXL, width: 1024, height: 1536 })).toBe(false)
    expect(hiresFixApplies({ ...job, baseline: SDXL, width: 1280, height: 1536 })).toBe(true)
  })

  it('H3: other baselines, infer, alternative names and null never fit', () => {
    for (const b of [null, 'infer', 'SDXL', CASCADE, 'stable_diffusion_2_768', 'stable_diffusion_2_512', 'flux_1', 'qwen_image'])
      expect(hiresFixApplies({ ...job, baseline: b, width: 512, height: 512 })).toBe(true)
    expect(fitsSinglePass(CASCADE, 64, 64)).toBe(false)
  })
})

describe('firstPassSize', () => {
  it.each([
    [SD1, 768, 1024, 512, 640],
    [SD1, 576, 1024, 512, 896],
    [SD1, 640, 704, 512, 512],
    [SD1, 768, 768, 512, 512],
    [SD1, 512, 768, 512, 768],
    [null, 3072, 1024, 1536, 512],
    [null, 512, 768, 512, 768],
    [null, 1024, 1536, 512, 768],
    [CASCADE, 1536, 1088, 1024, 704],
    [CASCADE, 1088, 512, 1024, 448],
    [CASCADE, 1024, 1024, 1024, 1024],
    [CASCADE, 512, 512, 512, 512],
    [SDXL, 1280, 1536, 896, 1152],
    [SDXL, 1024, 1536, 832, 1216],
    [SDXL, 1024, 1024, 1024, 1024],
    [SDXL, 3072, 1024, 1536, 640],
    // S4: SD2-768 uses the short-side-512 rule.
    ['stable_diffusion_2_768', 768, 1024, 512, 640],
    // Decision S2: infer takes the default rule.
    ['infer', 768, 768, 512, 512],
    ['flux_1', 1024, 1024, 512, 512],
  ])('%s %p×%p → %p×%p', (baseline, w, h, fw, fh) => {
    expect(firstPassSize(w, h, baseline)).toEqual({ width: fw, height: fh })
  })
})

describe('secondPassSteps (§4.9 worked examples, D = 25, s = 0.65 unless stated)', () => {
  it.each([
    ['SD1 768×1024', 512, 768, 1024, s, 25, 11],
    ['SDXL 1280×1536', 1024, 1280, 1536, s, 25, 13],
    ['SDXL 1024×1536 (helpers alone)', 1024, 1024, 1536, s, 25, 11],
    ['unknown 512×768', 512, 512, 768, s, 25, 8],
    ['unknown 1024×1536', 512, 1024, 1536, s, 25, 21],
    ['SD1, s = 0.5 (half-even: half-up would give 8)', 512, 768, 1024, 0.5, 25, 7],
    ['SD1, D = 10', 512, 768, 1024, s, 10, 8],
    ['SD1, D = 4 (capped at D)', 512, 768, 1024, s, 4, 4],
    ['SD1, D = 30, 768×768 (E6)', 512, 768, 768, s, 30, 10],
    ['SD1 768×768, D = 25 (E8)', 512, 768, 768, s, 25, 9],
    ['cascade 512×512 (S1: kept at the native size)', 1024, 512, 512, s, 25, 6],
  ])('%s', (_, n, w, h, strength, d, steps) => {
    expect(secondPassSteps(n, w, h, strength, d)).toBe(steps)
  })

  it('clamps the strength to [0.01, 1]', () => {
    expect(secondPassSteps(512, 768, 1024, 5, 25)).toBe(secondPassSteps(512, 768, 1024, 1, 25))
    expect(secondPassSteps(512, 768, 1024, -1, 50)).toBe(secondPassSteps(512, 768, 1024, 0.01, 50))
  })

  it('takes a null native resolution as distance factor 0', () => {
    // u = round(3 + 22 * 0.4225) = 12; round(12 * 1 / 2.25) = round(5.33) = 5; floor min(6, 25) = 6.
    expect(secondPassSteps(null, 768, 1024, s, 25)).toBe(6)
  })

  it('never goes below min(6, D)', () => {
    expect(secondPassSteps(512, 64, 64, 0.01, 40)).toBe(6)
    expect(secondPassSteps(512, 64, 64, 0.01, 2)).toBe(2)
  })
})

describe('the helpers together, on the hires cases of image-generation.md §6', () => {
  // What the conversion computes: applicability, first-pass size, then steps with N from the baseline
  // and s = hires_fix_denoising_strength if truthy, else 0.65.
  const plan = (p: { baseline: string | null; width: number; height: number; sp?: string; hfs?: number | null; steps?: number }) => {
    const applies = hiresFixApplies({ hires_fix: true, wireSourceProcessing: p.sp ?? 'txt2img', baseline: p.baseline, width: p.width, height: p.height })
    if (!applies) return null
    const strength = p.hfs ? p.hfs : HIRES_FIX_DENOISE_STRENGTH_DEFAULT
    return {
      first: firstPassSize(p.width, p.height, p.baseline),
      steps: secondPassSteps(nativeResolution(p.baseline), p.width, p.height, strength, p.steps ?? 25),
    }
  }

  it('E2: no hires component for SD1 512×768 nor SDXL 1024×1536', () => {
    expect(plan({ baseline: SD1, width: 512, height: 768 })).toBeNull()
    expect(plan({ baseline: SDXL, width: 1024, height: 1536 })).toBeNull()
  })
  it('E3: SD1 768×1024 → 512×640, 11 steps', () => {
    expect(plan({ baseline: SD1, width: 768, height: 1024 })).toEqual({ first: { width: 512, height: 640 }, steps: 11 })
  })
  it('E4: SDXL 1280×1536 → 896×1152, 13 steps', () => {
    expect(plan({ baseline: SDXL, width: 1280, height: 1536 })).toEqual({ first: { width: 896, height: 1152 }, steps: 13 })
  })
  it('E5: unknown model 512×768 → unchanged, 8 steps', () => {
    expect(plan({ baseline: null, width: 512, height: 768 })).toEqual({ first: { width: 512, height: 768 }, steps: 8 })
  })
  it('E6: server-style img2img wire mode, 768×768, D = 30 → 512×512, 10 steps', () => {
    expect(plan({ baseline: SD1, width: 768, height: 768, sp: 'img2img', steps: 30 })).toEqual({ first: { width: 512, height: 512 }, steps: 10 })
  })
  it('E7: hires_fix_denoising_strength 0.5 → 7 steps', () => {
    expect(plan({ baseline: SD1, width: 768, height: 1024, hfs: 0.5 })).toEqual({ first: { width: 512, height: 640 }, steps: 7 })
  })
  it('E8: hires_fix_denoising_strength 0 → steps computed with 0.65: 9', () => {
    expect(plan({ baseline: SD1, width: 768, height: 768, hfs: 0 })).toEqual({ first: { width: 512, height: 512 }, steps: 9 })
  })
  it('S2 decision: infer 768×768 → 512×512 with N = 512, no crash', () => {
    expect(plan({ baseline: 'infer', width: 768, height: 768 })).toEqual({ first: { width: 512, height: 512 }, steps: 9 })
  })
})
