import * as E from 'fp-ts/Either'
import {
  AIHordeR2DispatchParameters,
  allAlchemyOperations,
  convertImageJobPopResponse,
  decodeAndConvertImageJobPop,
  formatErrors,
  formatJobError,
  ImageGenerateJobPopResponse,
  ImageGenerationParameters,
  strict,
  type ImageConversionResult,
  type JobError,
} from '../../../../src'
import { emptySkipped } from '../../../ai_horde_api/apimodels/generate/expected'
import { loadFixture } from '../../../fixtures'

const U1 = '11111111-1111-4111-8111-111111111111'
const U2 = '22222222-2222-4222-8222-222222222222'
const NIL = '00000000-0000-0000-0000-000000000000'
/** Strict base64 of the bytes "hello". */
const B64 = 'aGVsbG8='
const b64 = (base64: string) => ({ _tag: 'base64', base64 })
const url = (u: string) => ({ _tag: 'url', url: u })

/** The model reference of image-generation.md §6. */
const baselines: Record<string, string> = {
  Deliberate: 'stable_diffusion_1',
  'AlbedoBase XL (SDXL)': 'stable_diffusion_xl',
  Inferred: 'infer',
  'Alt Name': 'SDXL',
}
const resolveBaseline = (name: string): string | null => baselines[name] ?? null

/** The common envelope of image-generation.md §6: one ID, Deliberate, one upload URL, prompt and seed. */
const envelope = (over: Record<string, unknown> = {}, payload: Record<string, unknown> = {}) => ({
  ids: [U1],
  model: 'Deliberate',
  r2_uploads: ['u'],
  ...over,
  payload: { prompt: 'a cat', seed: '7', ...payload },
})

const run = (u: unknown, options = { resolveBaseline }): E.Either<JobError, ImageConversionResult> => decodeAndConvertImageJobPop(u, options)
const ok = (u: unknown, options = { resolveBaseline }): ImageConversionResult => {
  const r = run(u, options)
  if (E.isLeft(r)) throw new Error(formatJobError(r.left).join('\n'))
  return r.right
}
const fail = (u: unknown, options = { resolveBaseline }) => {
  const r = run(u, options)
  if (E.isRight(r)) throw new Error('expected a failure')
  if (r.left._tag === 'DecodeError') throw new Error(formatErrors(r.left.errors).join('\n'))
  return r.left.error
}
const components = (u: unknown, options = { resolveBaseline }) => ok(u, options).generation_parameters.additional_params.components

const sourceFault = { type: 'source_image', value: 'parse_failed', ref: null }

/** `BasicImageGenerationParameters` of the envelope with the API's payload defaults. */
const baseOf = (over: Record<string, unknown> = {}) => ({
  schema_version: '1.0',
  underlying_generation_scheme: 'MODEL',
  model: 'Deliberate',
  model_baseline: 'stable_diffusion_1',
  prompt: 'a cat',
  negative_prompt: null,
  seed: '7',
  height: 512,
  width: 512,
  steps: 30,
  cfg_scale: 7.5,
  sampler_name: 'k_euler_a',
  scheduler: 'normal',
  clip_skip: 1,
  clip_skip_representation: 'NEGATIVE_OFFSET',
  denoising_strength: 1,
  tiling: false,
  transparent: null,
  ...over,
})

const hiresOf = (first: Record<string, unknown>, second: Record<string, unknown>, base: Record<string, unknown> = {}) => ({
  schema_version: '1.0',
  underlying_generation_scheme: null,
  kind: 'hires_fix',
  first_pass: baseOf({ ...base, tiling: null, ...first }),
  second_pass: baseOf({ ...base, tiling: null, ...second }),
})

const componentBase = { schema_version: '1.0', underlying_generation_scheme: null }

describe('convertImageJobPopResponse: failures, in order', () => {
  it('no job first: the server no-job shape (reference: F1) and a legacy id without ids (reference: F5)', () => {
    const noJob = {
      payload: { sampler_name: 'k_euler_a', ddim_steps: 30 },
      id: null,
      ids: [],
      model: null,
      source_processing: 'img2img',
      skipped: { max_pixels: 3, models: 10 },
    }
    expect(fail(noJob)).toEqual({ _tag: 'NoJob', message: 'The pop names no model: the server had no job for this worker' })
    expect(fail({ payload: { prompt: 'x' }, id: U1, ids: [], model: 'm', r2_upload: 'u' })).toEqual({
      _tag: 'NoJob',
      message: 'The pop names a model but lists no generation IDs',
    })
  })

  it('MissingPrompt (F2): null, "", whitespace by Python str.isspace; before every later check', () => {
    const missing = { _tag: 'MissingPrompt', message: 'Prompt is required for generation (payload.prompt is null, empty or whitespace)' }
    for (const prompt of [null, '', ' \t\n', '\u001f\u0085']) {
      // The later failures (batch size, upload URLs, hires model) would all fire too.
      expect(fail({ ids: [U1, U2], model: '', payload: { prompt, hires_fix: true, width: 768, height: 768 } })).toEqual(missing)
    }
    // U+FEFF is not whitespace to Python: a prompt.
    expect(ok(envelope({}, { prompt: '\ufeff' })).generation_parameters.base_params.prompt).toBe('\ufeff')
  })

  it('the SDK example fixture decodes but does not convert: its prompt is "" (F2)', () => {
    expect(fail(loadFixture('example__v2_generate_pop_post_200.json'))._tag).toBe('MissingPrompt')
  })

  it('MissingModel (F3): a hires fix needs a model name; without a hires fix "" is converted as is', () => {
    const hires = { hires_fix: true, width: 768, height: 1024 }
    expect(fail(envelope({ model: '' }, hires))).toEqual({
      _tag: 'MissingModel',
      message: 'Model is required for hires fix generation (model is empty or whitespace)',
    })
    expect(fail(envelope({ model: ' \t' }, hires))._tag).toBe('MissingModel')
    // Before the batch-size check.
    expect(fail(envelope({ model: '', ids: [U1, U2] }, hires))._tag).toBe('MissingModel')
    expect(ok(envelope({ model: '' })).generation_parameters.base_params.model).toBe('')
    // When the fix does not apply (SD1 512×768 fits one pass), "" is no problem.
    expect(E.isRight(run(envelope({ model: '' }, { hires_fix: true, width: 512, height: 768 }), { resolveBaseline: () => 'stable_diffusion_1' }))).toBe(true)
  })

  it('BatchSizeMismatch (F6), then the upload URLs: UploadURLMismatch (F8), NoUploadURL (F7) — image-pop §7 row 10', () => {
    const pop = { payload: { prompt: 'x', seed: '1' }, ids: [U1, U2], model: 'm', r2_uploads: ['a', 'b'] }
    expect(fail(pop)).toEqual({
      _tag: 'BatchSizeMismatch',
      message: 'The number of generation IDs (2) must match the batch size (payload.n_iter = 1)',
      ids: 2,
      batch_size: 1,
    })
    const batch = { ...pop, payload: { ...pop.payload, n_iter: 2 } }
    expect(fail({ ...batch, r2_uploads: ['a'] })).toEqual({
      _tag: 'UploadURLMismatch',
      message: 'The pop lists 2 generation IDs but 1 upload URLs (r2_uploads must be index-aligned with ids)',
      ids: 2,
      upload_urls: 1,
    })
    // r2_uploads present wins over r2_upload, so its length still has to match.
    expect(fail({ ...batch, r2_uploads: ['a'], r2_upload: 'x', id: U1 })._tag).toBe('UploadURLMismatch')
    expect(fail({ ...batch, r2_uploads: null })).toEqual({
      _tag: 'NoUploadURL',
      message: 'No R2 upload URL found in the pop (r2_uploads and r2_upload are both null)',
    })
  })

  it('UploadURLWithoutID (F9): only r2_upload, and no legacy id', () => {
    expect(fail(envelope({ r2_uploads: null, r2_upload: 'https://r2/1' }))).toEqual({
      _tag: 'UploadURLWithoutID',
      message: 'The pop has an r2_upload URL but no legacy id to file it under',
    })
    // `"id": ""` decodes as null, so it does not help.
    expect(fail(envelope({ r2_uploads: null, r2_upload: 'https://r2/1', id: '' }))._tag).toBe('UploadURLWithoutID')
  })

  it('InvalidDispatchParameters: a skipped extra that breaks another shape\'s count rule', () => {
    const e = fail(envelope({ skipped: { max_context_length: 1.5 } }))
    expect(e._tag).toBe('InvalidDispatchParameters')
    expect(e._tag === 'InvalidDispatchParameters' && formatErrors(e.errors)).toEqual([
      'no_valid_request_found_reasons.max_context_length: expected integer | null, got 1.5',
    ])
  })
})

describe('convertImageJobPopResponse: upload URLs (our decision: r2_uploads for batches)', () => {
  it('image-pop §7 row 8: a batch as the server sends it maps every ID (reference: only the legacy id, U2 gets none)', () => {
    const r = ok({
      payload: { prompt: 'a cat###blurry', seed: '1', n_iter: 2, karras: false },
      id: U1,
      ids: [U1, U2],
      model: 'm',
      r2_upload: 'https://r2/1',
      r2_uploads: ['https://r2/1', 'https://r2/2'],
    })
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [U1]: 'https://r2/1', [U2]: 'https://r2/2' })
    expect(r.dispatch_parameters.generation_ids).toEqual([U1, U2])
    expect(r.generation_parameters.result_ids).toEqual([U1, U2])
    expect(r.generation_parameters.base_params).toMatchObject({ prompt: 'a cat', negative_prompt: 'blurry', scheduler: 'normal' })
  })

  it('without r2_uploads, the legacy id gets r2_upload (normalised like any GenerationID)', () => {
    const r = ok(envelope({ r2_uploads: null, r2_upload: 'https://r2/1', id: U1.toUpperCase() }))
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [U1]: 'https://r2/1' })
  })

  it('IDs come out lowercase canonical in both halves', () => {
    const r = ok(envelope({ ids: [U1.toUpperCase().replace(/-/g, '')] }))
    expect(r.generation_parameters.result_ids).toEqual([U1])
    expect(r.dispatch_parameters.generation_ids).toEqual([U1])
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [U1]: 'u' })
  })
})

describe('convertImageJobPopResponse: the whole result (image-generation §6 E1)', () => {
  it('E1: prompt split at the first ###, scheduler normal, no components, no alchemy, no faults; exact output', () => {
    const r = ok(envelope({}, { prompt: 'a cat###blurry###ugly', karras: false }))
    expect(r).toEqual({
      generation_parameters: {
        schema_version: '1.0',
        underlying_generation_scheme: null,
        batch_size: 1,
        source_processing: 'txt2img',
        // Steps 30 and k_euler_a: the API's defaults for absent keys (the reference's SDK defaults give 25 / k_euler).
        base_params: baseOf({ negative_prompt: 'blurry###ugly' }),
        additional_params: { ...componentBase, components: [] },
        alchemy_params: null,
        result_ids: [U1],
      },
      dispatch_parameters: {
        generation_ids: [U1],
        dispatch_source: 'AI_HORDE_API_OFFICIAL',
        ttl: null,
        inference_backend: 'COMFYUI',
        requested_backend_constraints: 'SPECIFIED',
        no_valid_request_found_reasons: emptySkipped,
        source_image_fallback_choice: 'TXT2IMG_FALLBACK',
        r2_upload_url_map: { [U1]: 'u' },
      },
      faults: [],
    })
  })

  it('copies the same-named payload fields, karras → scheduler karras, the ttl and skipped counts', () => {
    const r = ok(
      envelope(
        { ttl: 150, skipped: { max_pixels: 2, kudos: -1, future_reason: 4 } },
        {
          width: 768,
          height: 640,
          ddim_steps: 20,
          cfg_scale: 3.5,
          sampler_name: 'k_dpmpp_2m',
          karras: true,
          clip_skip: 2,
          denoising_strength: null,
          tiling: true,
          transparent: true,
          seed: null,
        },
      ),
    )
    expect(r.generation_parameters.base_params).toEqual(
      baseOf({
        width: 768,
        height: 640,
        steps: 20,
        cfg_scale: 3.5,
        sampler_name: 'k_dpmpp_2m',
        scheduler: 'karras',
        clip_skip: 2,
        denoising_strength: null,
        tiling: true,
        transparent: true,
        // An explicit null seed stays null (the reference substitutes a random one while decoding).
        seed: null,
      }),
    )
    expect(r.dispatch_parameters.ttl).toBe(150)
    expect(r.dispatch_parameters.no_valid_request_found_reasons).toEqual({ ...emptySkipped, max_pixels: 2, kudos: -1, future_reason: 4 })
  })

  it('the baseline: known values only; alternative names, missing records and no resolver give null (S3)', () => {
    const baselineOf = (model: string, options = { resolveBaseline }) =>
      ok(envelope({ model }), options).generation_parameters.base_params.model_baseline
    expect(baselineOf('AlbedoBase XL (SDXL)')).toBe('stable_diffusion_xl')
    expect(baselineOf('Inferred')).toBe('infer')
    expect(baselineOf('Alt Name')).toBeNull()
    expect(baselineOf('NoSuchModel')).toBeNull()
    const pop = ImageGenerateJobPopResponse.decode(envelope())
    if (E.isLeft(pop)) throw new Error('decode')
    const r = convertImageJobPopResponse(pop.right)
    expect(E.isRight(r) && r.right.generation_parameters.base_params.model_baseline).toBeNull()
  })
})

describe('convertImageJobPopResponse: source processing (our decisions)', () => {
  it('image-pop §7 row 9: the server\'s txt2img (img2img, source null) → txt2img silently (reference: a parse_failed fault)', () => {
    const r = ok({ payload: { prompt: 'x', seed: '1' }, ids: [U1], model: 'm', source_processing: 'img2img', source_image: null, r2_uploads: ['u'] })
    expect(r.generation_parameters.source_processing).toBe('txt2img')
    expect(r.faults).toEqual([])
    expect(r.generation_parameters.additional_params.components).toEqual([])
  })

  it('a present but unusable source → txt2img with the fault ("" — reference: img2img with empty bytes; "notvalidbase64" as the reference)', () => {
    for (const source_image of ['', 'notvalidbase64', 'aGVsbG8', 'data:image/png;base64,aGVsbG8=', 'ftp://x/y.png']) {
      for (const source_processing of ['img2img', 'inpainting', 'remix']) {
        const r = ok(envelope({ source_processing, source_image }))
        expect(r.generation_parameters.source_processing).toBe('txt2img')
        expect(r.faults).toEqual([sourceFault])
        expect(r.generation_parameters.additional_params.components).toEqual([])
      }
    }
  })

  it('a usable source keeps the mode; a URL counts (downloaded later) and is never decoded as base64', () => {
    expect(components(envelope({ source_processing: 'img2img', source_image: B64 }))).toEqual([
      { ...componentBase, kind: 'image2image', source_image: b64(B64), source_mask: null },
    ])
    const r = ok(envelope({ source_processing: 'inpainting', source_image: 'https://r2/src.webp', source_mask: 'https://r2/mask.webp' }))
    expect(r.generation_parameters.source_processing).toBe('inpainting')
    expect(r.generation_parameters.additional_params.components).toEqual([
      { ...componentBase, kind: 'image2image', source_image: url('https://r2/src.webp'), source_mask: url('https://r2/mask.webp') },
    ])
    expect(r.faults).toEqual([])
  })

  it('an unusable mask → null mask with a source_mask fault (reference: silently null; "" was empty bytes)', () => {
    for (const source_mask of ['', 'not base64']) {
      const r = ok(envelope({ source_processing: 'inpainting', source_image: B64, source_mask }))
      expect(r.generation_parameters.additional_params.components).toEqual([
        { ...componentBase, kind: 'image2image', source_image: b64(B64), source_mask: null },
      ])
      expect(r.faults).toEqual([{ type: 'source_mask', value: 'parse_failed', ref: null }])
    }
    // A mask is only looked at when an image-to-image component is built.
    expect(ok(envelope({ source_processing: 'txt2img', source_mask: '' })).faults).toEqual([])
  })

  it('image-pop §7 row 4: "outpainting" passes through, with no image-to-image component and no fault (as the reference)', () => {
    const r = ok(envelope({ source_processing: 'outpainting', source_image: B64 }))
    expect(r.generation_parameters.source_processing).toBe('outpainting')
    expect(r.generation_parameters.additional_params.components).toEqual([])
    expect(r.faults).toEqual([])
    expect(ok(envelope({ source_processing: 'sketch', source_image: '' })).generation_parameters.source_processing).toBe('sketch')
  })

  it('remix: extra images as tagged sources; an unusable one is skipped with a fault naming its index (reference: the job aborts, S15)', () => {
    const r = ok(
      envelope({
        source_processing: 'remix',
        source_image: B64,
        extra_source_images: [{ image: 'https://r2/e0.webp', strength: 0.5 }, { image: '%%%' }, { image: 'QQ==', strength: 7 }, { image: 'QQ' }],
      }),
    )
    expect(r.generation_parameters.source_processing).toBe('remix')
    expect(r.generation_parameters.additional_params.components).toEqual([
      {
        ...componentBase,
        kind: 'remix',
        source_image: b64(B64),
        remix_images: [
          { ...componentBase, image: url('https://r2/e0.webp'), strength: 0.5 },
          // Unbounded strength, as the server allows.
          { ...componentBase, image: b64('QQ=='), strength: 7 },
        ],
      },
    ])
    expect(r.faults).toEqual([
      { type: 'extra_source_images', value: 'parse_failed', ref: '1' },
      { type: 'extra_source_images', value: 'parse_failed', ref: '3' },
    ])
    // No extra images: an empty list. Other modes ignore them.
    expect(components(envelope({ source_processing: 'remix', source_image: B64 }))).toEqual([
      { ...componentBase, kind: 'remix', source_image: b64(B64), remix_images: [] },
    ])
    expect(ok(envelope({ source_processing: 'img2img', source_image: B64, extra_source_images: [{ image: '%%%' }] })).faults).toEqual([])
    // Remix without a source falls back like the others (null: silently).
    expect(ok(envelope({ source_processing: 'remix', source_image: null, extra_source_images: [{ image: B64 }] }))).toMatchObject({
      generation_parameters: { source_processing: 'txt2img', additional_params: { components: [] } },
      faults: [],
    })
  })
})

describe('convertImageJobPopResponse: controlnet (E10)', () => {
  it('E10: img2img with image_is_control → the image-to-image init image and the control map are the same source', () => {
    const r = ok(envelope({ source_processing: 'img2img', source_image: B64 }, { control_type: 'openpose', image_is_control: true, return_control_map: null }))
    expect(r.generation_parameters.source_processing).toBe('img2img')
    expect(r.generation_parameters.additional_params.components).toEqual([
      { ...componentBase, kind: 'image2image', source_image: b64(B64), source_mask: null },
      { ...componentBase, kind: 'controlnet', controlnet_type: 'openpose', source_image: null, control_map: b64(B64), return_control_map: false },
    ])
    expect(r.faults).toEqual([])
  })

  it('image_is_control false/null → the source image; any mode; return_control_map as a boolean', () => {
    expect(components(envelope({ source_image: 'https://r2/c.png' }, { control_type: 'canny', image_is_control: false, return_control_map: true }))).toEqual([
      { ...componentBase, kind: 'controlnet', controlnet_type: 'canny', source_image: url('https://r2/c.png'), control_map: null, return_control_map: true },
    ])
    expect(components(envelope({}, { control_type: 'magic' }))).toEqual([
      { ...componentBase, kind: 'controlnet', controlnet_type: 'magic', source_image: null, control_map: null, return_control_map: false },
    ])
  })

  it('a present but unusable source still makes the component (both images null) and records the source fault once (reference: no fault, S13)', () => {
    const r = ok(envelope({ source_processing: 'img2img', source_image: '' }, { control_type: 'canny' }))
    expect(r.generation_parameters.source_processing).toBe('txt2img')
    expect(r.generation_parameters.additional_params.components).toEqual([
      { ...componentBase, kind: 'controlnet', controlnet_type: 'canny', source_image: null, control_map: null, return_control_map: false },
    ])
    expect(r.faults).toEqual([sourceFault])
    expect(ok(envelope({ source_image: 'junk!' }, { control_type: 'canny' })).faults).toEqual([sourceFault])
  })
})

describe('convertImageJobPopResponse: hires fix (E2-E8)', () => {
  it('E2: no hires component when the target fits one pass (SD1 512×768; SDXL 1024×1536), base block unchanged', () => {
    const sd1 = ok(envelope({}, { hires_fix: true, width: 512, height: 768, ddim_steps: 25 }))
    expect(sd1.generation_parameters.additional_params.components).toEqual([])
    expect(sd1.generation_parameters.base_params).toMatchObject({ width: 512, height: 768, steps: 25 })
    const xl = ok(envelope({ model: 'AlbedoBase XL (SDXL)' }, { hires_fix: true, width: 1024, height: 1536, ddim_steps: 25 }))
    expect(xl.generation_parameters.additional_params.components).toEqual([])
    expect(xl.generation_parameters.base_params).toMatchObject({ width: 1024, height: 1536, steps: 25 })
  })

  it('E3: SD1 768×1024 → first pass 512×640 (25 steps, denoise 1), second 768×1024, 11 steps, 0.65', () => {
    const r = ok(envelope({}, { hires_fix: true, width: 768, height: 1024, ddim_steps: 25 }))
    expect(r.generation_parameters.base_params).toMatchObject({ width: 768, height: 1024, steps: 25, tiling: false })
    expect(r.generation_parameters.additional_params.components).toEqual([
      hiresOf(
        { width: 512, height: 640, steps: 25, denoising_strength: 1 },
        { width: 768, height: 1024, steps: 11, denoising_strength: 0.65 },
      ),
    ])
  })

  it('E4: SDXL 1280×1536 → first pass bucket 896×1152, second 13 steps, 0.65', () => {
    const r = ok(envelope({ model: 'AlbedoBase XL (SDXL)' }, { hires_fix: true, width: 1280, height: 1536, ddim_steps: 25 }))
    expect(r.generation_parameters.additional_params.components).toEqual([
      hiresOf(
        { width: 896, height: 1152, steps: 25, denoising_strength: 1 },
        { width: 1280, height: 1536, steps: 13, denoising_strength: 0.65 },
        { model: 'AlbedoBase XL (SDXL)', model_baseline: 'stable_diffusion_xl' },
      ),
    ])
  })

  it('E5: unknown model → baseline null, the fix always applies: 512×768 kept, 8 steps; no resolver behaves the same', () => {
    const expected = [
      hiresOf(
        { width: 512, height: 768, steps: 25, denoising_strength: 1 },
        { width: 512, height: 768, steps: 8, denoising_strength: 0.65 },
        { model: 'NoSuchModel', model_baseline: null },
      ),
    ]
    const pop = envelope({ model: 'NoSuchModel' }, { hires_fix: true, width: 512, height: 768, ddim_steps: 25 })
    expect(components(pop)).toEqual(expected)
    const noResolver = decodeAndConvertImageJobPop(pop)
    expect(E.isRight(noResolver) && noResolver.right.generation_parameters.additional_params.components).toEqual(expected)
    // Deliberate without a resolver is unknown too: 512×768 then gets a hires fix it would not get as SD1.
    expect(E.isRight(decodeAndConvertImageJobPop(envelope({}, { hires_fix: true, width: 512, height: 768 })))).toBe(true)
  })

  it('E6: the server\'s txt2img (img2img, source null) → txt2img, no fault, second-pass denoise 0.65 (reference: 1.0 and a fault, S6)', () => {
    const r = ok(
      envelope(
        { source_processing: 'img2img', source_image: null },
        { hires_fix: true, width: 768, height: 768, sampler_name: 'k_euler_a', karras: false, ddim_steps: 30 },
      ),
    )
    expect(r.generation_parameters.source_processing).toBe('txt2img')
    expect(r.faults).toEqual([])
    expect(r.generation_parameters.additional_params.components).toEqual([
      hiresOf(
        { width: 512, height: 512, steps: 30, denoising_strength: 1 },
        { width: 768, height: 768, steps: 10, denoising_strength: 0.65 },
      ),
    ])
  })

  it('denoise inheritance reads the mode after the fallback: a real img2img inherits denoising_strength, outpainting too', () => {
    const img2img = components(envelope({ source_processing: 'img2img', source_image: B64 }, { hires_fix: true, width: 768, height: 768, denoising_strength: 0.4, ddim_steps: 30 }))
    expect(img2img.map((c) => c.kind)).toEqual(['image2image', 'hires_fix'])
    expect(img2img[1]).toEqual(
      hiresOf(
        { width: 512, height: 512, steps: 30, denoising_strength: 0.4 },
        { width: 768, height: 768, steps: 10, denoising_strength: 0.4 },
        { denoising_strength: 0.4 },
      ),
    )
    const out = components(envelope({ source_processing: 'outpainting', source_image: B64 }, { hires_fix: true, width: 768, height: 768, denoising_strength: 0.4 }))
    expect(out).toMatchObject([{ kind: 'hires_fix', second_pass: { denoising_strength: 0.4 } }])
    // A txt2img job ignores denoising_strength for the second pass.
    expect(components(envelope({}, { hires_fix: true, width: 768, height: 768, denoising_strength: 0.4 }))).toMatchObject([
      { kind: 'hires_fix', first_pass: { denoising_strength: 0.4 }, second_pass: { denoising_strength: 0.65 } },
    ])
    // A null denoising_strength is not inherited.
    expect(components(envelope({ source_processing: 'img2img', source_image: B64 }, { hires_fix: true, width: 768, height: 768, denoising_strength: null }))).toMatchObject([
      { kind: 'image2image' },
      { kind: 'hires_fix', second_pass: { denoising_strength: 0.65 } },
    ])
  })

  it('E7: hires_fix_denoising_strength 0.5 → 7 steps (half-even: 8.5 → 8, S8) and denoise 0.5', () => {
    expect(components(envelope({}, { hires_fix: true, width: 768, height: 1024, hires_fix_denoising_strength: 0.5, ddim_steps: 25 }))).toEqual([
      hiresOf(
        { width: 512, height: 640, steps: 25, denoising_strength: 1 },
        { width: 768, height: 1024, steps: 7, denoising_strength: 0.5 },
      ),
    ])
  })

  it('E8: hires_fix_denoising_strength 0 → steps computed with 0.65 (9), denoise 0 (S5, as the reference)', () => {
    expect(components(envelope({}, { hires_fix: true, width: 768, height: 768, hires_fix_denoising_strength: 0, ddim_steps: 25 }))).toEqual([
      hiresOf(
        { width: 512, height: 512, steps: 25, denoising_strength: 1 },
        { width: 768, height: 768, steps: 9, denoising_strength: 0 },
      ),
    ])
  })

  it('S2: an infer baseline does not crash: native 512, short-side-512 first pass', () => {
    const r = ok(envelope({ model: 'Inferred' }, { hires_fix: true, width: 768, height: 768, ddim_steps: 25 }))
    expect(r.generation_parameters.base_params.model_baseline).toBe('infer')
    expect(r.generation_parameters.additional_params.components).toEqual([
      hiresOf(
        { width: 512, height: 512, steps: 25, denoising_strength: 1 },
        { width: 768, height: 768, steps: 9, denoising_strength: 0.65 },
        { model: 'Inferred', model_baseline: 'infer' },
      ),
    ])
  })

  it('H2 reads the wire mode: an inpainting job gets no hires fix, even after falling back to txt2img (as the reference)', () => {
    expect(components(envelope({ source_processing: 'inpainting', source_image: B64 }, { hires_fix: true, width: 768, height: 1024 })).map((c) => c.kind)).toEqual([
      'image2image',
    ])
    const fallen = ok(envelope({ source_processing: 'inpainting', source_image: null }, { hires_fix: true, width: 768, height: 1024 }))
    expect(fallen.generation_parameters.source_processing).toBe('txt2img')
    expect(fallen.generation_parameters.additional_params.components).toEqual([])
  })
})

describe('convertImageJobPopResponse: LoRAs, TIs, workflow (E9, E12)', () => {
  it('E9: LoRAs then TIs, in order, mapped as the reference', () => {
    const loraBase = { ...componentBase, release_version: null, remote_url: null, local_filename: null, file_hash: null }
    expect(
      components(
        envelope(
          {},
          {
            loras: [{ name: '12345', is_version: true, model: 0.5, clip: -1, inject_trigger: 'any' }, { name: '76693' }],
            tis: [{ name: '72437', inject_ti: 'negprompt', strength: 0.5 }, { name: 'b' }, { name: 'c', inject_ti: 'prompt' }],
          },
        ),
      ),
    ).toEqual([
      {
        ...loraBase,
        kind: 'lora',
        name: null,
        remote_version_id: '12345',
        source: 'CIVITAI',
        model_strength: 0.5,
        clip_strength: -1,
        lora_triggers: ['any'],
        lora_inject_trigger_choice: 'FUZZY_POSITIVE',
      },
      {
        ...loraBase,
        kind: 'lora',
        name: '76693',
        remote_version_id: null,
        source: 'CIVITAI',
        model_strength: 1,
        clip_strength: 1,
        lora_triggers: null,
        lora_inject_trigger_choice: 'NO_INJECT',
      },
      { ...loraBase, kind: 'ti', name: '72437', remote_version_id: null, source: 'HORDELING', model_strength: 0.5, ti_inject_trigger_choice: 'NEGATIVE_PROMPT' },
      { ...loraBase, kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING', model_strength: 1, ti_inject_trigger_choice: 'NO_INJECT' },
      { ...loraBase, kind: 'ti', name: 'c', remote_version_id: null, source: 'HORDELING', model_strength: 1, ti_inject_trigger_choice: 'POSITIVE_PROMPT' },
    ])
    expect(components(envelope({}, { loras: [], tis: [] }))).toEqual([])
  })

  it('E12: a workflow makes one component with its extra texts; extra texts without a workflow are dropped', () => {
    const extra_texts = [{ text: 'https://aihorde.net', reference: 'qr_text' }]
    expect(components(envelope({}, { workflow: 'qr_code', extra_texts }))).toEqual([
      {
        ...componentBase,
        kind: 'custom_workflow',
        custom_workflow_name: 'qr_code',
        custom_workflow_version: null,
        custom_parameters: null,
        extra_texts: [{ ...componentBase, text: 'https://aihorde.net', reference: 'qr_text' }],
      },
    ])
    expect(components(envelope({}, { extra_texts }))).toEqual([])
    expect(components(envelope({}, { workflow: 'qr_code' }))).toMatchObject([{ kind: 'custom_workflow', extra_texts: null }])
    expect(components(envelope({}, { workflow: 'qr_code', extra_texts: [] }))).toMatchObject([{ kind: 'custom_workflow', extra_texts: [] }])
    // S14: an empty workflow name still makes a component, as the reference.
    expect(components(envelope({}, { workflow: '' }))).toMatchObject([{ kind: 'custom_workflow', custom_workflow_name: '' }])
  })

  it('component order: image-to-image, controlnet, hires fix, LoRAs, TIs, custom workflow', () => {
    const kinds = components(
      envelope(
        { source_processing: 'img2img', source_image: B64 },
        { control_type: 'canny', hires_fix: true, width: 768, height: 1024, loras: [{ name: 'l' }], tis: [{ name: 't' }], workflow: 'qr_code' },
      ),
    ).map((c) => c.kind)
    expect(kinds).toEqual(['image2image', 'controlnet', 'hires_fix', 'lora', 'ti', 'custom_workflow'])
    expect(components(envelope({ source_processing: 'remix', source_image: B64 }, { control_type: 'canny' })).map((c) => c.kind)).toEqual(['remix', 'controlnet'])
  })
})

describe('convertImageJobPopResponse: post-processing (E11; our decision: one operation per image)', () => {
  const common = { schema_version: '1.0', underlying_generation_scheme: null, source_image: null }

  it('E11: a batch of 2 gets every operation twice, each naming its own image (reference: all name U1)', () => {
    const r = ok(
      envelope(
        { id: U1, ids: [U1, U2], r2_uploads: ['u1', 'u2'] },
        { n_iter: 2, post_processing: ['strip_background', 'RealESRGAN_x2plus', 'CodeFormers', 'BACKEND_DEFAULT'], facefixer_strength: 0.3 },
      ),
    )
    expect(r.generation_parameters.batch_size).toBe(2)
    expect(r.generation_parameters.result_ids).toEqual([U1, U2])
    const up = (result_id: string, upscaler: string) => ({ ...common, result_id, form: 'post_process', upscaler })
    const face = (result_id: string) => ({ ...common, result_id, form: 'post_process', facefixer: 'CodeFormers', codeformer_fidelity: 0.3 })
    const misc = (result_id: string) => ({ ...common, result_id, form: 'strip_background' })
    expect(r.generation_parameters.alchemy_params).toEqual({
      schema_version: '1.0',
      underlying_generation_scheme: null,
      // Image by image, request order within each image. BACKEND_DEFAULT is an upscaler.
      upscalers: [up(U1, 'RealESRGAN_x2plus'), up(U1, 'BACKEND_DEFAULT'), up(U2, 'RealESRGAN_x2plus'), up(U2, 'BACKEND_DEFAULT')],
      facefixers: [face(U1), face(U2)],
      interrogators: null,
      captions: null,
      nsfw_detectors: null,
      misc_post_processors: [misc(U1), misc(U2)],
    })
    // The request order across buckets is not kept (the reference keeps it only in a private cache, S11).
    expect(allAlchemyOperations(r.generation_parameters.alchemy_params!)).toHaveLength(8)
  })

  it('image-pop §7 row 11: GFPGANv1.3 is a facefixer, an unknown entry a misc operation; entries verbatim', () => {
    const r = ok(envelope({}, { post_processing: ['GFPGANv1.3', 'foo', 'four_4x_AnimeSharp', 'GFPGANv1_3'] }))
    expect(r.generation_parameters.alchemy_params).toEqual({
      schema_version: '1.0',
      underlying_generation_scheme: null,
      upscalers: [{ ...common, result_id: U1, form: 'post_process', upscaler: 'four_4x_AnimeSharp' }],
      facefixers: [
        { ...common, result_id: U1, form: 'post_process', facefixer: 'GFPGANv1.3', codeformer_fidelity: null },
        { ...common, result_id: U1, form: 'post_process', facefixer: 'GFPGANv1_3', codeformer_fidelity: null },
      ],
      interrogators: null,
      captions: null,
      nsfw_detectors: null,
      misc_post_processors: [{ ...common, result_id: U1, form: 'foo' }],
    })
  })

  it('the legacy id is not the owner: every operation names ids[i]', () => {
    const r = ok(envelope({ id: U2 }, { post_processing: ['GFPGAN'] }))
    expect(r.generation_parameters.alchemy_params?.facefixers?.map((op) => op.result_id)).toEqual([U1])
  })
})

describe('convertImageJobPopResponse: the result is valid under its own codecs, and pure', () => {
  const rich = envelope(
    {
      id: U1,
      ids: [U1, U2],
      r2_uploads: ['https://r2/1', 'https://r2/2'],
      source_processing: 'remix',
      source_image: 'https://r2/src.webp',
      extra_source_images: [{ image: B64, strength: 0.3 }, { image: 'not base64' }],
      ttl: 150,
      skipped: { models: 2, future_reason: 1 },
    },
    {
      n_iter: 2,
      prompt: 'a cat###blurry',
      hires_fix: true,
      width: 1024,
      height: 1024,
      control_type: 'canny',
      loras: [{ name: 'x', is_version: true, inject_trigger: 'any' }],
      tis: [{ name: 't', inject_ti: 'prompt' }],
      workflow: 'qr_code',
      extra_texts: [{ text: 'hi', reference: 'qr_text' }],
      post_processing: ['GFPGAN', 'RealESRGAN_x4plus', 'strip_background'],
      facefixer_strength: 0.5,
    },
  )

  it('encode then decode gives back both halves, also under the strict codecs', () => {
    const r = ok(rich)
    expect(r.faults).toEqual([{ type: 'extra_source_images', value: 'parse_failed', ref: '1' }])
    const gp = ImageGenerationParameters.encode(r.generation_parameters)
    const dp = AIHordeR2DispatchParameters.encode(r.dispatch_parameters)
    const json = JSON.parse(JSON.stringify({ gp, dp }))
    expect(ImageGenerationParameters.decode(json.gp)).toEqual(E.right(r.generation_parameters))
    expect(AIHordeR2DispatchParameters.decode(json.dp)).toEqual(E.right(r.dispatch_parameters))
    expect(strict.ImageGenerationParameters.decode(json.gp)).toEqual(E.right(r.generation_parameters))
    // The unknown skipped count survives the lenient round trip; strict decoding names it.
    expect(json.dp.no_valid_request_found_reasons.future_reason).toBe(1)
    const strictDp = strict.AIHordeR2DispatchParameters.decode(json.dp)
    expect(E.isLeft(strictDp) && formatErrors(strictDp.left)).toEqual([
      'no_valid_request_found_reasons.future_reason: unknown key "future_reason" (NoValidRequestFoundReasons has no such field)',
    ])
    delete json.dp.no_valid_request_found_reasons.future_reason
    expect(E.isRight(strict.AIHordeR2DispatchParameters.decode(json.dp))).toBe(true)
  })

  it('the fixture with a prompt converts: placeholders become faults and empty values, never a crash', () => {
    const fixture = loadFixture('example__v2_generate_pop_post_200.json') as { payload: Record<string, unknown> }
    const r = ok({ ...fixture, payload: { ...fixture.payload, prompt: 'a cat' } })
    expect(r.generation_parameters.source_processing).toBe('txt2img')
    // source_image "" in img2img mode: one fault (the controlnet reuses it, not repeated).
    expect(r.faults).toEqual([sourceFault])
    expect(r.generation_parameters.base_params).toMatchObject({ model: '', model_baseline: null, seed: 'The little seed that could' })
    expect(r.generation_parameters.additional_params.components.map((c) => c.kind)).toEqual(['controlnet', 'lora', 'ti', 'custom_workflow'])
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [NIL]: '' })
    expect(r.dispatch_parameters.ttl).toBe(0)
  })

  it('is pure: the same result twice, the pop untouched (deep-frozen)', () => {
    const decoded = ImageGenerateJobPopResponse.decode(rich)
    if (E.isLeft(decoded)) throw new Error('decode')
    const freeze = (u: unknown): unknown => {
      if (typeof u === 'object' && u !== null) {
        Object.values(u).forEach(freeze)
        Object.freeze(u)
      }
      return u
    }
    const before = JSON.stringify(decoded.right)
    freeze(decoded.right)
    const a = convertImageJobPopResponse(decoded.right, { resolveBaseline })
    const b = convertImageJobPopResponse(decoded.right, { resolveBaseline })
    expect(E.isRight(a)).toBe(true)
    expect(a).toEqual(b)
    expect(JSON.stringify(decoded.right)).toBe(before)
  })

  it('decodeAndConvertImageJobPop reports decode errors as DecodeError', () => {
    const r = decodeAndConvertImageJobPop({ payload: { prompt: 'x', n_iter: '2' }, ids: [U1], model: 'm' })
    expect(E.isLeft(r) && formatJobError(r.left)).toEqual(['payload.n_iter: expected integer in [1, 20], got "2"'])
  })
})
