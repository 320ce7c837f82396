import * as E from 'fp-ts/Either'
import {
  formatErrors,
  hasImageJob,
  ImageGenerateJobPopPayload,
  ImageGenerateJobPopResponse,
  ImageSourceProcessing,
  PostProcessor,
  strict,
  strictImage,
  type ImageGenerateJob,
  type KnownImageSourceProcessing,
} from '../../../../src'
import { loadFixture } from '../../../fixtures'
import { defaultPayload, emptySkipped } from './expected'

const U1 = '11111111-1111-4111-8111-111111111111'
const U2 = '22222222-2222-4222-8222-222222222222'
const NIL = '00000000-0000-0000-0000-000000000000'

const decode = (u: unknown) => ImageGenerateJobPopResponse.decode(u)
const right = (u: unknown): ImageGenerateJobPopResponse => {
  const r = decode(u)
  if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
  return r.right
}
const errors = (u: unknown, codec: { decode: (u: unknown) => E.Either<import('io-ts').Errors, unknown> } = ImageGenerateJobPopResponse) => {
  const r = codec.decode(u)
  return E.isLeft(r) ? formatErrors(r.left) : 'decoded'
}

/** The server's "no job" answer (image-pop.md §7 row 1). */
const serverNoJob = {
  payload: {
    sampler_name: 'k_euler_a',
    cfg_scale: 7.5,
    height: 512,
    width: 512,
    karras: false,
    tiling: false,
    hires_fix: false,
    image_is_control: false,
    return_control_map: false,
    transparent: false,
    ddim_steps: 30,
    n_iter: 1,
  },
  id: null,
  ids: [],
  messages: [],
  ttl: null,
  skipped: { max_pixels: 3, models: 10 },
  model: null,
  source_image: null,
  source_processing: 'img2img',
  source_mask: null,
  extra_source_images: null,
  r2_upload: null,
  r2_uploads: null,
}

describe('ImageGenerateJobPopResponse: the SDK example fixture', () => {
  const fixture = loadFixture('example__v2_generate_pop_post_200.json')

  it('decodes, placeholders and all, to exact values', () => {
    expect(decode(fixture)).toEqual(
      E.right({
        // The nil UUID is a valid GenerationID (any version passes), kept as given.
        id: NIL,
        ids: [NIL],
        payload: {
          height: 512,
          width: 512,
          sampler_name: 'k_dpmpp_2m',
          karras: false,
          cfg_scale: 7.5,
          denoising_strength: 0.75,
          clip_skip: 1,
          post_processing: ['GFPGAN'],
          // Absent in the fixture: the default.
          post_processing_order: 'facefixers_first',
          facefixer_strength: 0.75,
          hires_fix: false,
          hires_fix_denoising_strength: 0.75,
          loras: [{ name: 'Magnagothica', model: 1, clip: 1, inject_trigger: 'a', is_version: false }],
          tis: [{ name: '7808', inject_ti: 'prompt', strength: 1 }],
          workflow: 'qr_code',
          transparent: false,
          tiling: false,
          special: { additionalProp1: {}, additionalProp2: {}, additionalProp3: {} },
          seed: 'The little seed that could',
          seed_variation: 1,
          control_type: 'canny',
          image_is_control: false,
          return_control_map: false,
          extra_texts: [{ text: 'a', reference: 'aaa' }],
          use_nsfw_censor: false,
          // The placeholder prompt `""` decodes as `""` (no rule on it; the conversion rejects it, F2).
          prompt: '',
          ddim_steps: 30,
          n_iter: 1,
        },
        // Every count is 0 in the fixture (the base counts as `0.0`, which JSON reads as the integer 0).
        skipped: Object.fromEntries(Object.keys(emptySkipped).map((k) => [k, 0])),
        // The placeholder model `""` is a string, so this is a job (ids present), not the no-job shape.
        model: '',
        // Placeholders `""` stay `""`: the pop never classifies source strings (the conversion does).
        source_image: '',
        source_processing: 'img2img',
        source_mask: '',
        extra_source_images: [{ image: 'a', strength: 1, original_url: null }],
        r2_upload: '',
        // `[""]`: one upload URL that is the empty string, kept (no URL check while decoding).
        r2_uploads: [''],
        ttl: 0,
        messages: [
          { id: NIL, message: 'Hello Worker!', origin: 'moderator', expiry: '2021-01-01T00:00:00Z', worker_id: null },
        ],
      }),
    )
  })

  it('is a job (model "" is non-null, one ID), and decodes strictly too (no unknown keys in it)', () => {
    const pop = right(fixture)
    expect(hasImageJob(pop)).toBe(true)
    expect(strictImage.ImageGenerateJobPopResponse.decode(fixture)).toEqual(decode(fixture))
    expect(strict.ImageGenerateJobPopResponse).toBe(strictImage.ImageGenerateJobPopResponse)
  })
})

describe('ImageGenerateJobPopResponse: the server no-job shape (§6, §7 row 1)', () => {
  it('decodes, with the counts given and the rest at their defaults, and is not a job', () => {
    const pop = right(serverNoJob)
    expect(pop).toEqual({
      ...serverNoJob,
      // The server always sends these; the rest take the defaults.
      payload: { ...defaultPayload, ...serverNoJob.payload },
      skipped: { ...emptySkipped, max_pixels: 3, models: 10 },
    })
    expect(pop.skipped.kudos).toBeNull()
    expect(pop.skipped.lora).toBe(0)
    // Reference: ids_present false, skipped.is_empty() false. Ours: hasImageJob is false; which
    // skipped keys were supplied is not kept (defaults are filled in), so there is no is_empty.
    expect(hasImageJob(pop)).toBe(false)
  })

  it('encodes every field, defaults filled in', () => {
    expect(ImageGenerateJobPopResponse.encode(right(serverNoJob))).toEqual({
      ...serverNoJob,
      // The server always sends these; the rest take the defaults.
      payload: { ...defaultPayload, ...serverNoJob.payload },
      skipped: { ...emptySkipped, max_pixels: 3, models: 10 },
    })
  })

  it('a minimal pop takes every default: id null, skipped fresh, txt2img, API payload defaults', () => {
    expect(decode({ payload: {}, ids: [] })).toEqual(
      E.right({
        id: null,
        ids: [],
        payload: defaultPayload,
        skipped: emptySkipped,
        model: null,
        source_image: null,
        source_processing: 'txt2img',
        source_mask: null,
        extra_source_images: null,
        r2_upload: null,
        r2_uploads: null,
        ttl: null,
        messages: null,
      }),
    )
  })

  it('requires ids and payload; null is not absence', () => {
    expect(errors({})).toEqual([
      'ids: required, but missing (expected Array<GenerationID>)',
      'payload: required, but missing (expected ImageGenerateJobPopPayload)',
    ])
    expect(errors({ payload: null, ids: null, skipped: null, source_processing: null })).toEqual([
      'ids: expected Array<GenerationID>, got null',
      'payload: expected ImageGenerateJobPopPayload, got null',
      'skipped: expected ImageGenerateJobPopSkippedStatus, got null',
      'source_processing: expected ImageSourceProcessing, got null',
    ])
  })
})

describe('ImageGenerateJobPopResponse: ids-present rule and IDs (§7 rows 2, 3)', () => {
  const ruleError = ['(root): Neither id nor ids were present in the response, though it names a model (a job needs at least one ID)']

  it('a pop naming a model needs an id or ids, even with model ""', () => {
    expect(errors({ payload: {}, ids: [], model: 'm' })).toEqual(ruleError)
    expect(errors({ payload: {}, ids: [], model: '' })).toEqual(ruleError)
    expect(E.isRight(decode({ payload: {}, ids: [], model: null }))).toBe(true)
  })

  it('"id": "" decodes as null (the reference invents a random v4 UUID), so alone it fails the rule', () => {
    expect(errors({ payload: {}, ids: [], model: 'm', id: '' })).toEqual(ruleError)
    // Reference: decodes, id = a fresh random UUID. Ours: id null, and ids carries the job.
    const pop = right({ payload: {}, ids: [U1], model: 'm', id: '' })
    expect(pop.id).toBeNull()
    expect(pop.ids).toEqual([U1])
  })

  it('a legacy id alone satisfies the rule, but is not a job for hasImageJob', () => {
    const pop = right({ payload: {}, ids: [], model: 'm', id: U1 })
    expect(pop.id).toBe(U1)
    expect(hasImageJob(pop)).toBe(false)
  })

  it('ids elements and id are GenerationIDs, normalised; "" fails in ids, whitespace fails in id', () => {
    expect(errors({ payload: {}, ids: [''] })).toEqual(['ids[0]: expected GenerationID, got ""'])
    expect(errors({ payload: {}, ids: [], id: ' ' })).toEqual(['id: expected GenerationID | null, got " "'])
    expect(right({ payload: {}, ids: ['{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}'], id: U2.replace(/-/g, '') }).ids).toEqual([
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    ])
    expect(right({ payload: {}, ids: [], id: U2.replace(/-/g, '') }).id).toBe(U2)
  })
})

describe('ImageGenerateJobPopResponse: fields (§7 rows 4-7, 11)', () => {
  it('"outpainting" decodes verbatim and is a known value (reference: unknown, warns)', () => {
    const pop = right({ payload: {}, ids: [U1], source_processing: 'outpainting' })
    expect(pop.source_processing).toBe('outpainting')
    expect(ImageSourceProcessing.isKnown(pop.source_processing)).toBe(true)
    expect(right({ payload: {}, ids: [U1], source_processing: 'sketch' }).source_processing).toBe('sketch')
  })

  it('aliases: steps wins over ddim_steps, n over n_iter; the loser is dropped, encode writes the canonical keys', () => {
    const pop = right({ payload: { steps: 10, ddim_steps: 20, n: 2 }, ids: [] })
    expect(pop.payload.ddim_steps).toBe(10)
    expect(pop.payload.n_iter).toBe(2)
    // Reference: the losing `ddim_steps: 20` is kept as an extra. Ours: dropped (it would collide with
    // the canonical key on encode).
    expect(pop.payload).toEqual({ ...defaultPayload, ddim_steps: 10, n_iter: 2 })
    const out = ImageGenerateJobPopPayload.encode(pop.payload) as Record<string, unknown>
    expect(out.ddim_steps).toBe(10)
    expect(out.n_iter).toBe(2)
    expect('steps' in out || 'n' in out).toBe(false)
    expect(right({ payload: { ddim_steps: 20, n_iter: 3 }, ids: [] }).payload).toMatchObject({ ddim_steps: 20, n_iter: 3 })
    // Under strict decoding the losing spelling is an error, named.
    expect(errors({ steps: 10, ddim_steps: 20 }, strictImage.ImageGenerateJobPopPayload)).toEqual([
      'ddim_steps: key "ddim_steps" repeats field "ddim_steps", already given as "steps"',
    ])
  })

  it('seeds: absent and explicit null both stay null (reference: explicit null → random), numbers fail, "" stays ""', () => {
    expect(right({ payload: {}, ids: [] }).payload.seed).toBeNull()
    expect(right({ payload: { seed: null }, ids: [] }).payload.seed).toBeNull()
    expect(right({ payload: { seed: '' }, ids: [] }).payload.seed).toBe('')
    expect(errors({ payload: { seed: 42 }, ids: [] })).toEqual(['payload.seed: expected string | null, got 42'])
  })

  it('skipped: the hyphenated key only; null, fractions fail; kudos may be negative', () => {
    // Reference: also is_empty() false (an unknown key counts as set); ours keeps the key as an extra.
    const pop = right({ payload: {}, ids: [], skipped: { post_processing: 4 } })
    expect(pop.skipped['post-processing']).toBe(0)
    expect((pop.skipped as Record<string, unknown>).post_processing).toBe(4)
    expect(errors({ payload: {}, ids: [], skipped: { max_pixels: null } })).toEqual(['skipped.max_pixels: expected integer >= 0, got null'])
    expect(right({ payload: {}, ids: [], skipped: { kudos: -3 } }).skipped.kudos).toBe(-3)
    expect(errors({ payload: {}, ids: [], skipped: { nsfw: 0.5 } })).toEqual(['skipped.nsfw: expected integer >= 0 | null, got 0.5'])
  })

  it('TI inject_ti is closed; LoRA inject_trigger needs a character (§7 row 11)', () => {
    // formatErrors writes `[0]` for an array seen through `defaulted(nullable(...))` (reported; shared file).
    expect(errors({ payload: { tis: [{ name: '7808', inject_ti: 'positive' }] }, ids: [] })).toEqual([
      'payload.tis[0].inject_ti: expected TIInjectTarget | null, got "positive"',
    ])
    expect(errors({ payload: { loras: [{ name: 'x', inject_trigger: '' }] }, ids: [] })).toEqual([
      'payload.loras[0].inject_trigger: expected string of length 1 to 30 | null, got ""',
    ])
  })

  it('post_processing keeps unknown entries, in order, duplicates included', () => {
    const pop = right({ payload: { post_processing: ['GFPGANv1.3', 'foo', 'GFPGANv1.3'] }, ids: [U1], model: 'm' })
    expect(pop.payload.post_processing).toEqual(['GFPGANv1.3', 'foo', 'GFPGANv1.3'])
    // Reference R12: has_facefixer misses the value `GFPGANv1.3`. Ours: names and values are both known.
    expect(pop.payload.post_processing.map((p) => PostProcessor.isKnown(p))).toEqual([true, false, true])
    expect(errors({ payload: { post_processing: null }, ids: [] })).toEqual(['payload.post_processing: expected Array<PostProcessor>, got null'])
  })

  it('numbers are JSON numbers: numeric strings, fractions and booleans fail', () => {
    expect(errors({ payload: {}, ids: [], ttl: '30' })).toEqual(['ttl: expected integer | null, got "30"'])
    expect(errors({ payload: { ddim_steps: 1.5, n_iter: '2', cfg_scale: true }, ids: [] })).toEqual([
      'payload.cfg_scale: expected number >= 0, got true',
      'payload.ddim_steps: expected integer >= 1, got 1.5',
      'payload.n_iter: expected integer in [1, 20], got "2"',
    ])
    expect(right({ payload: {}, ids: [], ttl: -5 }).ttl).toBe(-5)
  })
})

describe('ImageGenerateJobPopResponse: unknown keys', () => {
  /** A job as the server sends it (every top-level key), with unknown keys at every level. */
  const serverJob = {
    payload: {
      ...defaultPayload,
      prompt: 'a cat###blurry',
      seed: '1',
      n_iter: 2,
      loras: [{ name: 'x', model: 0.5, clip: -1, inject_trigger: 'any', is_version: true, weight_mode: 'new' }],
      tis: [{ name: '7808', inject_ti: 'negprompt', strength: 0.5, hash: 'abc' }],
      extra_texts: [{ text: 'hi', reference: 'qr_text', lang: 'en' }],
      special: { model_name: 'x', pair_id: 3 },
      new_payload_key: { nested: [1, 2] },
    },
    id: null,
    ids: [U1, U2],
    messages: [{ id: 'm1', message: 'hello', origin: 'mod', expiry: 'Fri, 01 Jan 2021 00:00:00 -0000', worker_id: null, priority: 1 }],
    ttl: 150,
    skipped: { ...emptySkipped, future_reason: 2 },
    model: 'Deliberate',
    source_image: 'https://r2/src.webp',
    source_processing: 'remix',
    source_mask: null,
    extra_source_images: [{ image: 'https://r2/extra.webp', strength: 7, original_url: null, role: 'style' }],
    r2_upload: null,
    r2_uploads: ['https://r2/1', 'https://r2/2'],
    server_added: true,
  }

  it('encode(decode(x)) gives back a server-shaped pop, unknown keys included', () => {
    const pop = right(serverJob)
    expect((pop as Record<string, unknown>).server_added).toBe(true)
    expect((pop.payload.loras![0] as Record<string, unknown>).weight_mode).toBe('new')
    expect(ImageGenerateJobPopResponse.encode(pop)).toEqual(serverJob)
    // And through JSON text, as a worker would forward it.
    expect(JSON.parse(JSON.stringify(ImageGenerateJobPopResponse.encode(pop)))).toEqual(serverJob)
  })

  it('strict rejects every unknown key, naming its path, three levels down included', () => {
    expect(errors({ payload: { loras: [{ name: 'x', foo: 1 }] }, ids: [] }, strictImage.ImageGenerateJobPopResponse)).toEqual([
      'payload.loras[0].foo: unknown key "foo" (LorasPayloadEntry has no such field)',
    ])
    expect(errors(serverJob, strictImage.ImageGenerateJobPopResponse)).toEqual([
      'payload.loras[0].weight_mode: unknown key "weight_mode" (LorasPayloadEntry has no such field)',
      'payload.tis[0].hash: unknown key "hash" (TIPayloadEntry has no such field)',
      'payload.extra_texts[0].lang: unknown key "lang" (ExtraTextEntry has no such field)',
      'payload.new_payload_key: unknown key "new_payload_key" (ImageGenerateJobPopPayload has no such field)',
      'skipped.future_reason: unknown key "future_reason" (ImageGenerateJobPopSkippedStatus has no such field)',
      'extra_source_images[0].role: unknown key "role" (ExtraSourceImageEntry has no such field)',
      'messages[0].priority: unknown key "priority" (PopResponseModelMessage has no such field)',
      'server_added: unknown key "server_added" (ImageGenerateJobPopResponse has no such field)',
    ])
  })

  it('`special` is free-form even under strict decoding, but must be an object', () => {
    expect(E.isRight(strictImage.ImageGenerateJobPopPayload.decode({ special: { a: { b: 1 } } }))).toBe(true)
    expect(errors({ special: [1] }, ImageGenerateJobPopPayload)).toEqual(['special: expected UnknownRecord | null, got an array of 1'])
  })
})

describe('hasImageJob and the open enums: types', () => {
  it('narrows model to string and ids to a non-empty array', () => {
    const pop = right({ payload: {}, ids: [U1], model: 'Deliberate' })
    // @ts-expect-error before narrowing, model may be null
    const before: string = pop.model
    expect(before).toBe('Deliberate')
    if (!hasImageJob(pop)) throw new Error('expected a job')
    const job: ImageGenerateJob = pop
    const model: string = job.model
    const first: string = job.ids[0]
    expect([model, first]).toEqual(['Deliberate', U1])
  })

  it('an open enum: a known member narrows via isKnown, an unknown string still type-checks', () => {
    const custom: ImageSourceProcessing = 'sketch'
    const known: ImageSourceProcessing = 'img2img'
    const check = (s: ImageSourceProcessing): string => {
      // @ts-expect-error an open-enum value is not a known member until narrowed
      const k0: (typeof KnownImageSourceProcessing)[keyof typeof KnownImageSourceProcessing] = s
      void k0
      if (ImageSourceProcessing.isKnown(s)) {
        const k: (typeof KnownImageSourceProcessing)[keyof typeof KnownImageSourceProcessing] = s
        return `known:${k}`
      }
      return `other:${s}`
    }
    expect([check(custom), check(known)]).toEqual(['other:sketch', 'known:img2img'])
  })
})
