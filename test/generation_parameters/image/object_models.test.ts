import * as E from 'fp-ts/Either'
import type * as t from 'io-ts'
import {
  AuxModelEntry,
  BasicImageGenerationParameters,
  ControlnetGenerationParameters,
  controlnetParams,
  customWorkflowEntries,
  CustomWorkflowGenerationParameters,
  expectedImageResultCount,
  formatErrors,
  GenerationExtraTextEntry,
  hiresFixParams,
  HiresFixGenerationParameters,
  Image2ImageGenerationParameters,
  image2imageParams,
  ImageGenerationComponent,
  ImageGenerationComponentContainer,
  ImageGenerationParameters,
  LoRaEntry,
  loraEntries,
  RemixGenerationParameters,
  RemixImageEntry,
  remixParams,
  TIEntry,
  tiEntries,
} from '../../../src'

const U1 = '11111111-1111-4111-8111-111111111111'
const U2 = '22222222-2222-4222-8222-222222222222'
const B64 = { _tag: 'base64', base64: 'QQ==' } as const
const URL_IMAGE = { _tag: 'url', url: 'https://example.com/a.png' } as const
const BASE = { schema_version: '1.0', underlying_generation_scheme: null }

const right = <A>(r: t.Validation<A>): A => {
  if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
  return r.right
}
const errors = (r: t.Validation<unknown>): Array<string> | false => E.isLeft(r) && formatErrors(r.left)

/** decode(encode(x)) is x, and encode output survives JSON. */
const roundTrips = <A, O>(codec: t.Type<A, O, unknown>, value: A) => {
  expect(codec.decode(codec.encode(value))).toEqual(E.right(value))
  expect(codec.decode(JSON.parse(JSON.stringify(codec.encode(value))))).toEqual(E.right(value))
}

const minimalBasic = {
  schema_version: '1.0',
  underlying_generation_scheme: 'MODEL',
  model: 'Deliberate',
  model_baseline: null,
  prompt: 'a cat',
  negative_prompt: null,
  seed: null,
  height: 512,
  width: 512,
  steps: null,
  cfg_scale: null,
  sampler_name: null,
  scheduler: null,
  clip_skip: null,
  clip_skip_representation: 'NEGATIVE_OFFSET',
  denoising_strength: null,
  tiling: null,
  transparent: null,
}

const fullBasic = right(
  BasicImageGenerationParameters.decode({
    model: 'Deliberate',
    model_baseline: 'stable_diffusion_1',
    prompt: 'a cat',
    negative_prompt: 'blurry###ugly',
    seed: '7',
    height: 1024,
    width: 768,
    steps: 25,
    cfg_scale: 7.5,
    sampler_name: 'k_euler',
    scheduler: 'karras',
    clip_skip: 1,
    denoising_strength: 1,
    tiling: false,
    transparent: true,
  }),
)

describe('BasicImageGenerationParameters', () => {
  it('fills every default, in field order', () => {
    const v = right(BasicImageGenerationParameters.decode({ model: 'Deliberate', prompt: 'a cat' }))
    expect(v).toEqual(minimalBasic)
    expect(Object.keys(v)).toEqual(Object.keys(minimalBasic))
  })

  it('round-trips', () => {
    roundTrips(BasicImageGenerationParameters, fullBasic)
    roundTrips(BasicImageGenerationParameters, right(BasicImageGenerationParameters.decode({ model: '', prompt: '' })))
  })

  it('requires model and prompt (null fails, "" passes) and a non-null scheme', () => {
    expect(errors(BasicImageGenerationParameters.decode({}))).toEqual([
      'model: required, but missing (expected string)',
      'prompt: required, but missing (expected string)',
    ])
    expect(errors(BasicImageGenerationParameters.decode({ model: null, prompt: null, underlying_generation_scheme: null }))).toEqual([
      'underlying_generation_scheme: expected UnderlyingGenerationScheme, got null',
      'model: expected string, got null',
      'prompt: expected string, got null',
    ])
  })

  it('checks sizes (multiple of 64, >= 64, no maximum, null allowed), steps, cfg, denoise; clip_skip has no bounds', () => {
    expect(right(BasicImageGenerationParameters.decode({ ...minimalBasic, width: 4096, height: null, clip_skip: -3 }))).toMatchObject({
      width: 4096,
      height: null,
      clip_skip: -3,
    })
    expect(
      errors(
        BasicImageGenerationParameters.decode({
          ...minimalBasic,
          width: 500,
          height: 0,
          steps: 0,
          cfg_scale: -1,
          denoising_strength: 1.5,
          seed: 7,
          clip_skip_representation: 'negative',
        }),
      ),
    ).toEqual([
      'seed: expected string | null, got 7',
      'height: expected integer >= 64, multiple of 64 | null, got 0',
      'width: expected integer >= 64, multiple of 64 | null, got 500',
      'steps: expected integer >= 1 | null, got 0',
      'cfg_scale: expected number >= 0 | null, got -1',
      'clip_skip_representation: expected ClipSkipRepresentation | null, got "negative"',
      'denoising_strength: expected number in [0, 1] | null, got 1.5',
    ])
  })

  it('keeps open enums verbatim and drops unknown keys', () => {
    const v = right(BasicImageGenerationParameters.decode({ model: 'm', prompt: 'p', sampler_name: 'k_new', scheduler: 'odd', extra: 1 }))
    expect(v.sampler_name).toBe('k_new')
    expect(v.scheduler).toBe('odd')
    expect('extra' in v).toBe(false)
  })

  it('schema_version: "1.0" when absent, "" or null; other strings kept', () => {
    expect(right(BasicImageGenerationParameters.decode({ model: 'm', prompt: 'p', schema_version: null })).schema_version).toBe('1.0')
    expect(right(BasicImageGenerationParameters.decode({ model: 'm', prompt: 'p', schema_version: '' })).schema_version).toBe('1.0')
    expect(right(BasicImageGenerationParameters.decode({ model: 'm', prompt: 'p', schema_version: '2.0' })).schema_version).toBe('2.0')
  })
})

describe('Image2ImageGenerationParameters', () => {
  it('requires both keys, both nullable; kind defaults', () => {
    expect(Image2ImageGenerationParameters.decode({ source_image: B64, source_mask: null })).toEqual(
      E.right({ ...BASE, source_image: B64, source_mask: null, kind: 'image2image' }),
    )
    // A nullable SourceImage reports one line per union branch (see the report on formatPath); check the paths only.
    const missing = errors(Image2ImageGenerationParameters.decode({ source_image: null }))
    expect(missing && missing.every((l) => l.startsWith('source_mask'))).toBe(true)
    const wrong = errors(Image2ImageGenerationParameters.decode({ source_image: 'QQ==', source_mask: null, kind: 'remix' }))
    expect(wrong && wrong.some((l) => l.startsWith('source_image'))).toBe(true)
    expect(wrong && wrong.includes('kind: expected "image2image", got "remix"')).toBe(true)
  })

  it('round-trips', () => {
    roundTrips(Image2ImageGenerationParameters, right(Image2ImageGenerationParameters.decode({ source_image: URL_IMAGE, source_mask: B64 })))
  })
})

describe('RemixImageEntry and RemixGenerationParameters', () => {
  it('defaults strength to 1 (no bounds) and requires a non-null image', () => {
    expect(RemixImageEntry.decode({ image: B64 })).toEqual(E.right({ ...BASE, image: B64, strength: 1 }))
    expect(right(RemixImageEntry.decode({ image: B64, strength: -4 })).strength).toBe(-4)
    expect(errors(RemixImageEntry.decode({ image: null }))).toEqual([
      'image: expected SourceImage, got null',
    ])
  })

  it('requires source_image (not null) and remix_images (may be [])', () => {
    expect(RemixGenerationParameters.decode({ source_image: B64, remix_images: [] })).toEqual(
      E.right({ ...BASE, source_image: B64, remix_images: [], kind: 'remix' }),
    )
    expect(errors(RemixGenerationParameters.decode({ source_image: null }))).toEqual([
      'source_image: expected SourceImage, got null',
      'remix_images: required, but missing (expected Array<RemixImageEntry>)',
    ])
  })

  it('round-trips', () => {
    roundTrips(
      RemixGenerationParameters,
      right(RemixGenerationParameters.decode({ source_image: B64, remix_images: [{ image: URL_IMAGE, strength: 0.5 }, { image: B64 }] })),
    )
  })
})

describe('ControlnetGenerationParameters', () => {
  it('defaults return_control_map to false; null fails', () => {
    expect(ControlnetGenerationParameters.decode({ controlnet_type: 'openpose', source_image: null, control_map: B64 })).toEqual(
      E.right({ ...BASE, controlnet_type: 'openpose', source_image: null, control_map: B64, return_control_map: false, kind: 'controlnet' }),
    )
    expect(
      errors(ControlnetGenerationParameters.decode({ controlnet_type: 'canny', source_image: null, control_map: null, return_control_map: null })),
    ).toEqual(['return_control_map: expected boolean, got null'])
  })

  it('takes any controlnet string and round-trips', () => {
    const v = right(ControlnetGenerationParameters.decode({ controlnet_type: 'new_cn', source_image: B64, control_map: null, return_control_map: true }))
    expect(v.controlnet_type).toBe('new_cn')
    roundTrips(ControlnetGenerationParameters, v)
  })
})

describe('HiresFixGenerationParameters', () => {
  const value = right(
    HiresFixGenerationParameters.decode({
      first_pass: { ...fullBasic, width: 512, height: 640, tiling: null },
      second_pass: { ...fullBasic, steps: 11, denoising_strength: 0.65, tiling: null },
    }),
  )

  it('holds two full passes (E3 shape)', () => {
    expect(value.kind).toBe('hires_fix')
    expect(value.first_pass).toMatchObject({ width: 512, height: 640, steps: 25, denoising_strength: 1, tiling: null })
    expect(value.second_pass).toMatchObject({ width: 768, height: 1024, steps: 11, denoising_strength: 0.65 })
  })

  it('requires both passes and round-trips', () => {
    expect(errors(HiresFixGenerationParameters.decode({ first_pass: fullBasic }))).toEqual([
      'second_pass: required, but missing (expected BasicImageGenerationParameters)',
    ])
    expect(errors(HiresFixGenerationParameters.decode({ first_pass: fullBasic, second_pass: { ...fullBasic, width: 100 } }))).toEqual([
      'second_pass.width: expected integer >= 64, multiple of 64 | null, got 100',
    ])
    roundTrips(HiresFixGenerationParameters, value)
  })
})

const IDENTIFIER_RULE = '(root): At least one of name, version, or remote_version_id must be provided.'

describe('AuxModelEntry, LoRaEntry, TIEntry', () => {
  const auxDefaults = {
    ...BASE,
    release_version: null,
    remote_url: null,
    local_filename: null,
    file_hash: null,
    model_strength: 1,
  }

  it('fills the defaults (E9 shapes)', () => {
    expect(LoRaEntry.decode({ name: null, remote_version_id: '12345', source: 'CIVITAI', model_strength: 0.5, clip_strength: -1, lora_triggers: ['any'], lora_inject_trigger_choice: 'FUZZY_POSITIVE' })).toEqual(
      E.right({
        ...auxDefaults,
        name: null,
        remote_version_id: '12345',
        source: 'CIVITAI',
        model_strength: 0.5,
        clip_strength: -1,
        lora_triggers: ['any'],
        lora_inject_trigger_choice: 'FUZZY_POSITIVE',
        kind: 'lora',
      }),
    )
    expect(TIEntry.decode({ name: 'b', remote_version_id: null, source: 'HORDELING' })).toEqual(
      E.right({ ...auxDefaults, name: 'b', remote_version_id: null, source: 'HORDELING', ti_inject_trigger_choice: 'NO_INJECT', kind: 'ti' }),
    )
    expect(AuxModelEntry.decode({ name: 'x', remote_version_id: null, source: 'MY_HOST' })).toEqual(
      E.right({ ...auxDefaults, name: 'x', remote_version_id: null, source: 'MY_HOST' }),
    )
  })

  it('requires name and remote_version_id keys (nullable) and source', () => {
    expect(errors(LoRaEntry.decode({}))).toEqual([
      'name: required, but missing (expected string | null)',
      'remote_version_id: required, but missing (expected string | null)',
      'source: required, but missing (expected AuxModelSource)',
    ])
  })

  it('rule: at least one of name, release_version, remote_version_id', () => {
    const none = { name: null, remote_version_id: null, source: 'CIVITAI' }
    expect(errors(AuxModelEntry.decode(none))).toEqual([IDENTIFIER_RULE])
    expect(errors(LoRaEntry.decode(none))).toEqual([IDENTIFIER_RULE])
    expect(errors(TIEntry.decode(none))).toEqual([IDENTIFIER_RULE])
    expect(E.isRight(LoRaEntry.decode({ ...none, release_version: 'v1' }))).toBe(true)
    expect(E.isRight(TIEntry.decode({ ...none, remote_version_id: '5' }))).toBe(true)
    expect(E.isLeft(LoRaEntry.make({ name: null, remote_version_id: null, source: 'CIVITAI' }))).toBe(true)
  })

  it('the inject choices are closed and not nullable', () => {
    const id = { name: 'a', remote_version_id: null, source: 'CIVITAI' }
    expect(errors(LoRaEntry.decode({ ...id, lora_inject_trigger_choice: null }))).toEqual([
      'lora_inject_trigger_choice: expected LoraTriggerInjectChoice, got null',
    ])
    expect(errors(TIEntry.decode({ ...id, ti_inject_trigger_choice: 'negprompt' }))).toEqual([
      'ti_inject_trigger_choice: expected TiTriggerInjectChoice, got "negprompt"',
    ])
  })

  it('round-trips', () => {
    roundTrips(
      LoRaEntry,
      right(
        LoRaEntry.decode({
          name: 'a',
          release_version: 'v1',
          remote_version_id: '9',
          source: 'LOCAL',
          remote_url: 'https://civitai.com/x',
          local_filename: 'loras/a.safetensors',
          file_hash: 'abc',
          lora_triggers: [],
          lora_inject_trigger_choice: 'EXACT_NEGATIVE',
        }),
      ),
    )
    roundTrips(TIEntry, right(TIEntry.decode({ name: '72437', remote_version_id: null, source: 'HORDELING', model_strength: 0.5, ti_inject_trigger_choice: 'NEGATIVE_PROMPT' })))
  })
})

describe('GenerationExtraTextEntry and CustomWorkflowGenerationParameters', () => {
  it('allows "" text and null reference', () => {
    expect(GenerationExtraTextEntry.decode({ text: '' })).toEqual(E.right({ ...BASE, text: '', reference: null }))
    expect(errors(GenerationExtraTextEntry.decode({ text: null }))).toEqual(['text: expected string, got null'])
  })

  it('fills the defaults (E12 shape)', () => {
    expect(CustomWorkflowGenerationParameters.decode({ custom_workflow_name: 'qr_code', extra_texts: [{ text: 'https://aihorde.net', reference: 'qr_text' }] })).toEqual(
      E.right({
        ...BASE,
        custom_workflow_name: 'qr_code',
        custom_workflow_version: null,
        custom_parameters: null,
        extra_texts: [{ ...BASE, text: 'https://aihorde.net', reference: 'qr_text' }],
        kind: 'custom_workflow',
      }),
    )
    expect(right(CustomWorkflowGenerationParameters.decode({ custom_workflow_name: '' })).extra_texts).toBeNull()
  })

  it('custom_parameters take string values only', () => {
    const r = errors(CustomWorkflowGenerationParameters.decode({ custom_workflow_name: 'qr_code', custom_parameters: { a: 'x', b: 1 } }))
    expect(r).toEqual(['custom_parameters["b"]: expected string, got 1'])
  })

  it('round-trips', () => {
    roundTrips(
      CustomWorkflowGenerationParameters,
      right(
        CustomWorkflowGenerationParameters.decode({
          custom_workflow_name: 'qr_code',
          custom_workflow_version: '2',
          custom_parameters: { [U1]: 'v', 'not-a-uuid': 'w' },
          extra_texts: [],
        }),
      ),
    )
  })
})

describe('ImageGenerationComponentContainer (S16: explicit kind)', () => {
  const lora = { name: 'a', remote_version_id: null, source: 'CIVITAI' }
  const minimalTi = { kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING' }

  it('defaults to no components', () => {
    expect(ImageGenerationComponentContainer.decode({})).toEqual(E.right({ ...BASE, components: [] }))
  })

  it('decodes a minimal TI as a TI, not a LoRA', () => {
    const c = right(ImageGenerationComponentContainer.decode({ components: [minimalTi] }))
    expect(c.components[0].kind).toBe('ti')
    expect(tiEntries(c)).toHaveLength(1)
    expect(loraEntries(c)).toHaveLength(0)
    expect(c.components[0]).not.toHaveProperty('clip_strength')
  })

  it('a kind-less component is matched by shape in the reference order (so a minimal TI shape is a LoRA)', () => {
    const c = right(ImageGenerationComponentContainer.decode({ components: [{ name: 'b', remote_version_id: null, source: 'HORDELING' }] }))
    expect(c.components[0].kind).toBe('lora')
  })

  it('round-trips every kind, in order, and keeps TIs TIs', () => {
    const c = right(
      ImageGenerationComponentContainer.decode({
        components: [
          { source_image: B64, source_mask: null },
          { source_image: B64, remix_images: [{ image: B64, strength: 0.3 }] },
          { controlnet_type: 'openpose', source_image: null, control_map: B64 },
          { first_pass: fullBasic, second_pass: fullBasic },
          { ...lora, kind: 'lora' },
          minimalTi,
          { kind: 'ti', name: null, remote_version_id: '3', source: 'HORDELING', ti_inject_trigger_choice: 'POSITIVE_PROMPT' },
          { custom_workflow_name: 'qr_code' },
        ],
      }),
    )
    expect(c.components.map((x) => x.kind)).toEqual(['image2image', 'remix', 'controlnet', 'hires_fix', 'lora', 'ti', 'ti', 'custom_workflow'])
    roundTrips(ImageGenerationComponentContainer, c)
    expect((ImageGenerationComponentContainer.encode(c).components[5] as { kind: string }).kind).toBe('ti')
  })

  it('accessors: first of a kind or null; all of a kind in order', () => {
    const c = right(
      ImageGenerationComponentContainer.decode({
        components: [
          { controlnet_type: 'canny', source_image: null, control_map: null },
          { ...lora, kind: 'lora', name: 'first' },
          { source_image: URL_IMAGE, source_mask: null },
          { controlnet_type: 'depth', source_image: null, control_map: null },
          { ...lora, kind: 'lora', name: 'second' },
          { custom_workflow_name: 'one' },
          { custom_workflow_name: 'two' },
        ],
      }),
    )
    expect(image2imageParams(c)?.source_image).toEqual(URL_IMAGE)
    expect(controlnetParams(c)?.controlnet_type).toBe('canny')
    expect(remixParams(c)).toBeNull()
    expect(hiresFixParams(c)).toBeNull()
    expect(loraEntries(c).map((l) => l.name)).toEqual(['first', 'second'])
    expect(tiEntries(c)).toEqual([])
    expect(customWorkflowEntries(c).map((w) => w.custom_workflow_name)).toEqual(['one', 'two'])
  })

  it('ImageGenerationComponent rejects an unknown kind', () => {
    expect(E.isLeft(ImageGenerationComponent.decode({ ...lora, kind: 'vae' }))).toBe(true)
  })
})

describe('ImageGenerationParameters', () => {
  const base_params = { model: 'Deliberate', prompt: 'a cat' }
  const i2i = { source_image: B64, source_mask: null }
  const remix = { source_image: B64, remix_images: [] }

  it('fills the defaults, in field order', () => {
    const v = right(ImageGenerationParameters.decode({ base_params, result_ids: [U1] }))
    const expected = {
      ...BASE,
      batch_size: 1,
      source_processing: null,
      base_params: minimalBasic,
      additional_params: { ...BASE, components: [] },
      alchemy_params: null,
      result_ids: [U1],
    }
    expect(v).toEqual(expected)
    expect(Object.keys(v)).toEqual(Object.keys(expected))
    expect(expectedImageResultCount(v)).toBe(1)
  })

  it('keeps result IDs as given (no UUID parsing)', () => {
    expect(right(ImageGenerationParameters.decode({ base_params, result_ids: ['not-a-uuid'] })).result_ids).toEqual(['not-a-uuid'])
  })

  it('round-trips a full value with components and alchemy (E11 shape)', () => {
    const v = right(
      ImageGenerationParameters.decode({
        batch_size: 2,
        source_processing: 'img2img',
        base_params: fullBasic,
        additional_params: { components: [i2i, { controlnet_type: 'openpose', source_image: null, control_map: B64 }] },
        alchemy_params: {
          upscalers: [{ result_id: U1, source_image: null, upscaler: 'RealESRGAN_x2plus' }],
          facefixers: [{ result_id: U1, form: 'post_process', source_image: null, facefixer: 'CodeFormers', codeformer_fidelity: 0.3 }],
          misc_post_processors: [{ result_id: U1, form: 'strip_background', source_image: null }],
        },
        result_ids: [U1, U2],
      }),
    )
    expect(expectedImageResultCount(v)).toBe(2)
    roundTrips(ImageGenerationParameters, v)
  })

  it('V1: img2img and inpainting need an image-to-image component, remix a remix component', () => {
    const IMG = '(root): img2img_params must be provided for img2img source processing.'
    const REMIX = '(root): remix_params must be provided for remix source processing.'
    for (const sp of ['img2img', 'inpainting']) {
      expect(errors(ImageGenerationParameters.decode({ base_params, source_processing: sp, result_ids: [U1] }))).toEqual([IMG])
      expect(errors(ImageGenerationParameters.decode({ base_params, source_processing: sp, additional_params: { components: [remix] }, result_ids: [U1] }))).toEqual([IMG])
      expect(E.isRight(ImageGenerationParameters.decode({ base_params, source_processing: sp, additional_params: { components: [i2i] }, result_ids: [U1] }))).toBe(true)
    }
    expect(errors(ImageGenerationParameters.decode({ base_params, source_processing: 'remix', additional_params: { components: [i2i] }, result_ids: [U1] }))).toEqual([REMIX])
    expect(E.isRight(ImageGenerationParameters.decode({ base_params, source_processing: 'remix', additional_params: { components: [remix] }, result_ids: [U1] }))).toBe(true)
    for (const sp of ['txt2img', 'outpainting', 'something_new', null])
      expect(E.isRight(ImageGenerationParameters.decode({ base_params, source_processing: sp, result_ids: [U1] }))).toBe(true)
  })

  it('V2: at least one result ID (V3 is not repeated for an empty list)', () => {
    expect(errors(ImageGenerationParameters.decode({ base_params, result_ids: [] }))).toEqual(['(root): At least one generation ID must be provided.'])
  })

  it('V3: as many result IDs as the batch size; a null batch size always fails', () => {
    const V3 = '(root): The number of generation IDs must match the batch size.'
    expect(errors(ImageGenerationParameters.decode({ base_params, batch_size: 2, result_ids: [U1] }))).toEqual([V3])
    expect(errors(ImageGenerationParameters.decode({ base_params, result_ids: [U1, U2] }))).toEqual([V3])
    expect(errors(ImageGenerationParameters.decode({ base_params, batch_size: null, result_ids: [U1] }))).toEqual([V3])
    expect(E.isRight(ImageGenerationParameters.decode({ base_params, batch_size: 2, result_ids: [U1, U2] }))).toBe(true)
  })

  it('reports every failing rule, in order, and no rule when a field fails', () => {
    expect(errors(ImageGenerationParameters.decode({ base_params, source_processing: 'img2img', result_ids: [] }))).toEqual([
      '(root): img2img_params must be provided for img2img source processing.',
      '(root): At least one generation ID must be provided.',
    ])
    expect(errors(ImageGenerationParameters.decode({ base_params: { model: 'm' }, batch_size: 0, result_ids: [] }))).toEqual([
      'batch_size: expected integer >= 1 | null, got 0',
      'base_params.prompt: required, but missing (expected string)',
    ])
  })

  it('make builds from nested inputs with every default left out', () => {
    const v = ImageGenerationParameters.make({
      base_params: { model: 'm', prompt: 'p' },
      additional_params: { components: [{ kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING' }] },
      result_ids: [U1],
    })
    expect(E.isRight(v) && tiEntries(v.right.additional_params)).toHaveLength(1)
  })
})

describe('strict variants', () => {
  it('reject unknown keys at every level, with paths, and keep the rules', async () => {
    const { strictImage } = await import('../../../src')
    const lines = errors(
      strictImage.ImageGenerationParameters.decode({
        base_params: { model: 'm', prompt: 'p', foo: 1 },
        additional_params: { components: [{ kind: 'custom_workflow', custom_workflow_name: 'qr_code', extra_texts: [{ text: 'x', bar: 2 }] }] },
        result_ids: [U1],
      }),
    )
    expect(lines && lines[0]).toBe('base_params.foo: unknown key "foo" (BasicImageGenerationParameters has no such field)')
    // A failing component reports the errors of every union member (see the report); the real one is among them.
    expect(lines && lines.some((l) => l.endsWith('.bar: unknown key "bar" (GenerationExtraTextEntry has no such field)'))).toBe(true)
    expect(strictImage.ImageGenerationComponentContainer.decode({ components: [{ kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING' }] })).toEqual(
      ImageGenerationComponentContainer.decode({ components: [{ kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING' }] }),
    )
    expect(errors(strictImage.TIEntry.decode({ name: null, remote_version_id: null, source: 'HORDELING' }))).toEqual([IDENTIFIER_RULE])
    expect(errors(strictImage.ImageGenerationParameters.decode({ base_params: { model: 'm', prompt: 'p' }, result_ids: [] }))).toEqual([
      '(root): At least one generation ID must be provided.',
    ])
  })
})
