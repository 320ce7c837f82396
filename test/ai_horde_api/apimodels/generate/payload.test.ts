import * as E from 'fp-ts/Either'
import type * as t from 'io-ts'
import { ExtraTextEntry, formatErrors, ImageGenerateJobPopPayload, LorasPayloadEntry, strictImage, TIPayloadEntry } from '../../../../src'

const errors = (codec: t.Decoder<unknown, unknown>, u: unknown) => {
  const r = codec.decode(u)
  return E.isLeft(r) ? formatErrors(r.left) : 'decoded'
}
const ok = (codec: t.Decoder<unknown, unknown>, u: unknown) => E.isRight(codec.decode(u))

describe('LorasPayloadEntry', () => {
  it('fills defaults and keeps unknown keys', () => {
    expect(LorasPayloadEntry.decode({ name: '76693', extra: [1] })).toEqual(
      E.right({ name: '76693', model: 1, clip: 1, inject_trigger: null, is_version: false, extra: [1] }),
    )
  })

  it('strengths −5 to 5 (reference and server agree; the old swagger 0–5 is narrower)', () => {
    expect(ok(LorasPayloadEntry, { name: 'x', model: -5, clip: 5 })).toBe(true)
    expect(errors(LorasPayloadEntry, { name: 'x', model: 5.5, clip: -5.01 })).toEqual([
      'model: expected number in [-5, 5], got 5.5',
      'clip: expected number in [-5, 5], got -5.01',
    ])
    expect(errors(LorasPayloadEntry, { name: 'x', model: null })).toEqual(['model: expected number in [-5, 5], got null'])
  })

  it('name 1–255 characters, inject_trigger 1–30 or null, is_version not null', () => {
    expect(ok(LorasPayloadEntry, { name: 'x'.repeat(255), inject_trigger: 'y'.repeat(30) })).toBe(true)
    expect(errors(LorasPayloadEntry, { name: 'x'.repeat(256), inject_trigger: 'y'.repeat(31), is_version: null })).toEqual([
      `name: expected string of length 1 to 255, got "${'x'.repeat(80)}"... (256 characters)`,
      'inject_trigger: expected string of length 1 to 30 | null, got "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"',
      'is_version: expected boolean, got null',
    ])
    expect(errors(LorasPayloadEntry, {})).toEqual(['name: required, but missing (expected string of length 1 to 255)'])
  })
})

describe('TIPayloadEntry', () => {
  it('fills defaults; strength 0 is accepted (the reference only logs it)', () => {
    expect(TIPayloadEntry.decode({ name: '7808', strength: 0 })).toEqual(E.right({ name: '7808', inject_ti: null, strength: 0 }))
  })

  it('inject_ti is closed: prompt, negprompt or null', () => {
    expect(ok(TIPayloadEntry, { name: 'a', inject_ti: 'prompt' })).toBe(true)
    expect(ok(TIPayloadEntry, { name: 'a', inject_ti: 'negprompt' })).toBe(true)
    expect(ok(TIPayloadEntry, { name: 'a', inject_ti: null })).toBe(true)
    expect(errors(TIPayloadEntry, { name: 7808, inject_ti: 'Prompt', strength: 6 })).toEqual([
      'name: expected string of length 1 to 255, got 7808',
      'inject_ti: expected TIInjectTarget | null, got "Prompt"',
      'strength: expected number in [-5, 5], got 6',
    ])
  })
})

describe('ExtraTextEntry', () => {
  it('text needs a character, reference three; both required', () => {
    expect(ExtraTextEntry.decode({ text: 'a', reference: 'aaa' })).toEqual(E.right({ text: 'a', reference: 'aaa' }))
    expect(errors(ExtraTextEntry, { text: '', reference: 'qr' })).toEqual([
      'text: expected NonEmptyString, got ""',
      'reference: expected string of length >= 3, got "qr"',
    ])
    expect(errors(ExtraTextEntry, {})).toEqual([
      'text: required, but missing (expected NonEmptyString)',
      'reference: required, but missing (expected string of length >= 3)',
    ])
    expect(errors(strictImage.ExtraTextEntry, { text: 'a', reference: 'aaa', x: 1 })).toEqual([
      'x: unknown key "x" (ExtraTextEntry has no such field)',
    ])
  })
})

describe('ImageGenerateJobPopPayload bounds (image-pop.md §1.2, §6; a value either side accepts is accepted)', () => {
  const P = ImageGenerateJobPopPayload

  it('width/height: 64 to 3072, multiples of 64, not null', () => {
    expect(ok(P, { width: 64, height: 3072 })).toBe(true)
    expect(errors(P, { width: 3136, height: 100 })).toEqual([
      'height: expected integer in [64, 3072], multiple of 64, got 100',
      'width: expected integer in [64, 3072], multiple of 64, got 3136',
    ])
    expect(errors(P, { width: null })).toEqual(['width: expected integer in [64, 3072], multiple of 64, got null'])
  })

  it('cfg_scale ≥ 0 with no maximum (reference: no maximum; server: 0–100; union: ≥ 0), any fraction', () => {
    expect(ok(P, { cfg_scale: 0 })).toBe(true)
    expect(ok(P, { cfg_scale: 150.25 })).toBe(true)
    expect(errors(P, { cfg_scale: -0.5 })).toEqual(['cfg_scale: expected number >= 0, got -0.5'])
    expect(errors(P, { cfg_scale: null })).toEqual(['cfg_scale: expected number >= 0, got null'])
  })

  it('denoising strengths 0 to 1, nullable (reference 0–1, server 0.01–1; union: 0–1)', () => {
    expect(P.decode({ denoising_strength: 0, hires_fix_denoising_strength: 0, facefixer_strength: 1 })).toEqual(
      E.right(expect.objectContaining({ denoising_strength: 0, hires_fix_denoising_strength: 0, facefixer_strength: 1 })),
    )
    expect(P.decode({ denoising_strength: null })).toEqual(E.right(expect.objectContaining({ denoising_strength: null })))
    expect(errors(P, { denoising_strength: 1.01, facefixer_strength: -0.1, hires_fix_denoising_strength: 2 })).toEqual([
      'denoising_strength: expected number in [0, 1] | null, got 1.01',
      'facefixer_strength: expected number in [0, 1] | null, got -0.1',
      'hires_fix_denoising_strength: expected number in [0, 1] | null, got 2',
    ])
  })

  it('integers: clip_skip 1–12, ddim_steps ≥ 1 (no maximum), n_iter 1–20, seed_variation 1–1000', () => {
    expect(ok(P, { clip_skip: 12, ddim_steps: 500, n_iter: 20, seed_variation: 1000 })).toBe(true)
    expect(errors(P, { clip_skip: 0, ddim_steps: 0, n_iter: 21, seed_variation: 0 })).toEqual([
      'clip_skip: expected integer in [1, 12], got 0',
      'seed_variation: expected integer in [1, 1000] | null, got 0',
      'ddim_steps: expected integer >= 1, got 0',
      'n_iter: expected integer in [1, 20], got 21',
    ])
    // The alias is named as it came.
    expect(errors(P, { steps: 0, n: 0 })).toEqual(['steps: expected integer >= 1, got 0', 'n: expected integer in [1, 20], got 0'])
  })

  it('post_processing_order is closed; booleans are not nullable unless the table says so', () => {
    expect(P.decode({ post_processing_order: 'custom' })).toEqual(E.right(expect.objectContaining({ post_processing_order: 'custom' })))
    expect(errors(P, { post_processing_order: 'random', karras: null, tiling: 'yes', hires_fix: 1, use_nsfw_censor: null })).toEqual([
      'karras: expected boolean, got null',
      'post_processing_order: expected PostProcessorOrderType, got "random"',
      'hires_fix: expected boolean, got 1',
      'tiling: expected boolean, got "yes"',
      'use_nsfw_censor: expected boolean, got null',
    ])
    expect(ok(P, { transparent: null, image_is_control: null, return_control_map: null })).toBe(true)
  })

  it('open enums keep any string, but not null where not nullable', () => {
    expect(P.decode({ sampler_name: 'euler_new', control_type: 'magic', workflow: 'my_flow' })).toEqual(
      E.right(expect.objectContaining({ sampler_name: 'euler_new', control_type: 'magic', workflow: 'my_flow' })),
    )
    expect(errors(P, { sampler_name: null, control_type: 3 })).toEqual([
      'sampler_name: expected ImageSampler, got null',
      'control_type: expected ImageControlnet | null, got 3',
    ])
  })
})
