import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import {
  formatErrors,
  ImageGenerateJobPopSkippedStatus,
  NoValidAlchemyFound,
  NoValidRequestFound,
  NoValidRequestFoundKobold,
  NoValidRequestFoundReasons,
  strict,
} from '../../../src'

const lines = (r: E.Either<t.Errors, unknown>) => (E.isLeft(r) ? formatErrors(r.left) : r.right)
const baseNulls = { blacklist: null, bridge_version: null, kudos: null, models: null, nsfw: null, performance: null, untrusted: null, worker_id: null }
const stableZeros = { max_pixels: 0, unsafe_ip: 0, img2img: 0, painting: 0, 'post-processing': 0, lora: 0, controlnet: 0, step_count: 0 }

describe('NoValidRequestFound', () => {
  it('defaults every count to null', () => expect(NoValidRequestFound.decode({})).toEqual(E.right(baseNulls)))
  it('has no lower bound on kudos, and >= 0 elsewhere', () => {
    expect(NoValidRequestFound.decode({ kudos: -3 })).toEqual(E.right({ ...baseNulls, kudos: -3 }))
    expect(lines(NoValidRequestFound.decode({ models: -1 }))).toEqual(['models: expected integer >= 0 | null, got -1'])
  })
  it('wants integers', () => {
    expect(lines(NoValidRequestFound.decode({ nsfw: 0.5, models: '3' }))).toEqual([
      'models: expected integer >= 0 | null, got "3"',
      'nsfw: expected integer >= 0 | null, got 0.5',
    ])
    expect(NoValidRequestFound.decode(JSON.parse('{"worker_id": 0.0}'))).toEqual(E.right({ ...baseNulls, worker_id: 0 }))
  })
  it('keeps unknown keys, and strict rejects them', () => {
    expect(NoValidRequestFound.decode({ new_reason: 4 })).toEqual(E.right({ ...baseNulls, new_reason: 4 }))
    expect(lines(strict.NoValidRequestFound.decode({ new_reason: 4 }))).toEqual(['new_reason: unknown key "new_reason" (NoValidRequestFound has no such field)'])
  })
})

describe('ImageGenerateJobPopSkippedStatus', () => {
  it('defaults the image counts to 0, not null', () => {
    expect(ImageGenerateJobPopSkippedStatus.decode({})).toEqual(E.right({ ...baseNulls, ...stableZeros }))
  })
  it('does not accept null for the image counts', () => {
    expect(lines(ImageGenerateJobPopSkippedStatus.decode({ max_pixels: null }))).toEqual(['max_pixels: expected integer >= 0, got null'])
  })
  it('reads post-processing only under its hyphenated wire key', () => {
    expect(ImageGenerateJobPopSkippedStatus.decode({ post_processing: 4 })).toEqual(E.right({ ...baseNulls, ...stableZeros, post_processing: 4 }))
    expect(lines(ImageGenerateJobPopSkippedStatus.decode({ 'post-processing': -1 }))).toEqual(['["post-processing"]: expected integer >= 0, got -1'])
  })
})

describe('NoValidRequestFoundKobold', () => {
  it('has null defaults and no lower bound on the text counts', () => {
    expect(NoValidRequestFoundKobold.decode({ kudos: -1, max_length: -3, matching_softprompt: -1 })).toEqual(
      E.right({ ...baseNulls, kudos: -1, max_context_length: null, max_length: -3, matching_softprompt: -1 }),
    )
  })
})

describe('NoValidAlchemyFound', () => {
  it('has three counts, null by default, >= 0', () => {
    expect(NoValidAlchemyFound.decode({})).toEqual(E.right({ bridge_version: null, untrusted: null, worker_id: null }))
    expect(lines(NoValidAlchemyFound.decode({ untrusted: -1, worker_id: 1.5 }))).toEqual([
      'untrusted: expected integer >= 0 | null, got -1',
      'worker_id: expected integer >= 0 | null, got 1.5',
    ])
    expect(NoValidAlchemyFound.decode({ untrusted: 2.0, kudos: 3 })).toEqual(E.right({ bridge_version: null, untrusted: 2, worker_id: null, kudos: 3 }))
  })
})

describe('NoValidRequestFoundReasons (the skipped object inside dispatch parameters)', () => {
  it('keeps exactly the keys that came in, with no defaults', () => {
    expect(NoValidRequestFoundReasons.decode({})).toEqual(E.right({}))
    const input = { models: 10, max_pixels: 3, max_context_length: -2, kudos: null, some_future_reason: 7 }
    const r = NoValidRequestFoundReasons.decode(input)
    expect(r).toEqual(E.right(input))
    expect(E.isRight(r) && NoValidRequestFoundReasons.encode(r.right)).toEqual(input)
  })

  it('holds each known key to its rule, whichever shape the object is taken as', () => {
    expect(lines(NoValidRequestFoundReasons.decode({ models: -1, max_pixels: null, lora: 1.5, kudos: 'x' }))).toEqual([
      'kudos: expected integer | null, got "x"',
      'models: expected integer >= 0 | null, got -1',
      'max_pixels: expected integer >= 0, got null',
      'lora: expected integer >= 0, got 1.5',
    ])
  })

  it('accepts every decoded skipped shape as it encodes', () => {
    for (const shape of [NoValidRequestFound, ImageGenerateJobPopSkippedStatus, NoValidRequestFoundKobold, NoValidAlchemyFound]) {
      const decoded = shape.decode({ extra_reason: 1 })
      expect(E.isRight(decoded)).toBe(true)
      if (E.isRight(decoded)) {
        const wire = (shape as t.Type<unknown, unknown, unknown>).encode(decoded.right)
        expect(NoValidRequestFoundReasons.decode(wire)).toEqual(E.right(wire))
      }
    }
  })
})
