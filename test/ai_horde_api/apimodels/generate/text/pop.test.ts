import * as E from 'fp-ts/Either'
import { formatErrors, ModelPayloadKobold, ModelPayloadRootKobold, strict, TextGenerateJobPopResponse } from '../../../../../src'
import { loadFixture } from '../../../../fixtures'
import { decodedPop, fixtureSkippedCounts, minimalJob, NIL, noSkippedCounts, SERVER_NO_JOB, TEXT_POP_FIXTURE, U1, U2 } from '../../../../textFixtures'

const withPayload = (payload: Record<string, unknown>): unknown => minimalJob({ payload: { prompt: 'p', ...payload } })

const errorsOf = (r: E.Either<Parameters<typeof formatErrors>[0], unknown>): Array<string> | 'decoded' =>
  E.isLeft(r) ? formatErrors(r.left) : 'decoded'

const payloadDefaults = {
  dynatemp_exponent: 1,
  dynatemp_range: 0,
  frmtadsnsp: null,
  frmtrmblln: null,
  frmtrmspch: null,
  frmttriminc: null,
  min_p: 0,
  rep_pen: null,
  rep_pen_range: null,
  rep_pen_slope: null,
  sampler_order: null,
  singleline: null,
  smoothing_factor: 0,
  stop_sequence: null,
  temperature: null,
  tfs: null,
  top_a: null,
  top_k: null,
  top_p: null,
  typical: null,
  use_default_badwordsids: null,
  n: null,
  max_length: 80,
  max_context_length: 2048,
}

describe('TextGenerateJobPopResponse: the SDK fixture (spec §7 row 1)', () => {
  const fixture = loadFixture(TEXT_POP_FIXTURE)

  // Its placeholders: `model` "" is a model name (so V2 applies, and `ids` satisfies it); `prompt` and
  // `softprompt` "" stay ""; the nil UUID is a valid ID (both `id` and `ids[0]`); the integral floats
  // `rep_pen_range`, `top_k` and the `skipped` counts 0.0 become the integer 0 (in JS, the number 0);
  // `expiry` stays an unparsed string; the extra image gets `original_url` null, the message `worker_id` null.
  const expected = {
    extra_source_images: [{ image: 'a', strength: 1, original_url: null }],
    payload: {
      dynatemp_exponent: 1,
      dynatemp_range: 0,
      frmtadsnsp: false,
      frmtrmblln: false,
      frmtrmspch: false,
      frmttriminc: false,
      singleline: false,
      min_p: 0,
      rep_pen: 1,
      rep_pen_range: 0,
      rep_pen_slope: 0,
      sampler_order: [0],
      smoothing_factor: 0,
      stop_sequence: [''],
      temperature: 0,
      tfs: 0,
      top_a: 0,
      top_k: 0,
      top_p: 0.001,
      typical: 0,
      use_default_badwordsids: true,
      n: 1,
      max_length: 80,
      max_context_length: 2048,
      prompt: '',
    },
    id: NIL,
    ids: [NIL],
    skipped: fixtureSkippedCounts,
    softprompt: '',
    model: '',
    ttl: 0,
    messages: [{ id: NIL, message: 'Hello Worker!', origin: 'moderator', expiry: '2021-01-01T00:00:00Z', worker_id: null }],
  }

  it('decodes to exactly these values', () => {
    expect(TextGenerateJobPopResponse.decode(fixture)).toEqual(E.right(expected))
  })

  it('decodes each placeholder as stated', () => {
    const pop = decodedPop(fixture)
    expect(pop.model).toBe('') // a model name, not "no model": the pop is a job
    expect([pop.payload.prompt, pop.softprompt]).toEqual(['', ''])
    expect([pop.id, pop.ids]).toEqual([NIL, [NIL]]) // the nil UUID is a valid GenerationID
    expect([pop.payload.rep_pen_range, pop.payload.top_k, pop.skipped.worker_id].every(Number.isInteger)).toBe(true) // sent as 0.0
    expect(pop.messages?.[0].expiry).toBe('2021-01-01T00:00:00Z') // never parsed
    expect(pop.extra_source_images?.[0]).toEqual({ image: 'a', strength: 1, original_url: null })
  })

  it('encodes back to the fixture, plus the two SDK-only defaults', () => {
    const encoded = TextGenerateJobPopResponse.encode(decodedPop(fixture))
    expect(JSON.stringify(encoded)).toBe(JSON.stringify(expected))
    const original = fixture as Record<string, unknown>
    expect(Object.keys(encoded).sort()).toEqual(Object.keys(original).sort())
    expect(Object.keys(encoded.payload).sort()).toEqual(Object.keys(original.payload as object).sort())
  })

  it('is accepted by the strict variant too (it has no unknown keys)', () => {
    expect(strict.TextGenerateJobPopResponse.decode(fixture)).toEqual(E.right(expected))
  })
})

describe('TextGenerateJobPopResponse: defaults and nulls (spec §7 row 5)', () => {
  it('fills in the payload defaults, with max_context_length 2048 (reference: 1024)', () => {
    expect(TextGenerateJobPopResponse.decode(minimalJob())).toEqual(
      E.right({
        extra_source_images: null,
        payload: { ...payloadDefaults, prompt: 'p' },
        id: null,
        ids: [U1],
        skipped: noSkippedCounts,
        softprompt: null,
        model: 'm',
        ttl: null,
        messages: null,
      }),
    )
  })

  it('keeps an explicit null as null, even where the default is not null', () => {
    const pop = decodedPop(withPayload({ dynatemp_exponent: null, max_length: null, min_p: null }))
    expect(pop.payload).toEqual({ ...payloadDefaults, dynatemp_exponent: null, max_length: null, min_p: null, prompt: 'p' })
    expect(pop.payload.max_context_length).toBe(2048)
  })

  it('encodes every field, defaults included', () => {
    expect(ModelPayloadKobold.encode(decodedPop(minimalJob()).payload)).toEqual({ ...payloadDefaults, prompt: 'p' })
  })

  it('accepts a payload without a prompt (the no-job shape has none)', () => {
    expect(ModelPayloadKobold.decode({})).toEqual(E.right({ ...payloadDefaults, prompt: null }))
    expect(ModelPayloadRootKobold.decode({})).toEqual(E.right(payloadDefaults))
  })
})

describe('TextGenerateJobPopResponse: the server no-job shape (spec §5, §7 row 2)', () => {
  it('decodes, keeping every skipped count that came', () => {
    const noJob = JSON.parse(SERVER_NO_JOB)
    expect(TextGenerateJobPopResponse.decode(noJob)).toEqual(
      E.right({
        extra_source_images: null,
        payload: { ...payloadDefaults, prompt: null },
        id: null,
        ids: [],
        skipped: { ...noSkippedCounts, models: 4, max_context_length: 2 },
        softprompt: null,
        model: null,
        ttl: null,
        messages: [],
      }),
    )
  })
})

describe('TextGenerateJobPopResponse: the ids-present rule (spec §3 V1, V2; §7 rows 3, 4)', () => {
  const rule = '(root): Neither id nor ids were present in the response, though it names a model (a job needs at least one ID)'

  it('fails a pop that names a model, "" included, with no id and no ids', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode({ payload: { prompt: 'hi' }, ids: [], model: 'm' }))).toEqual([rule])
    expect(errorsOf(TextGenerateJobPopResponse.decode({ payload: { prompt: 'hi' }, ids: [], model: '' }))).toEqual([rule])
  })

  it('decodes "id": "" as null, never a random UUID, so with no ids the rule fails', () => {
    // Reference: "" becomes a fresh random UUID v4 (different on every decode) and the pop decodes.
    expect(errorsOf(TextGenerateJobPopResponse.decode({ payload: { prompt: 'hi' }, id: '', ids: [], model: 'm' }))).toEqual([rule])
    expect(decodedPop(minimalJob({ id: '' })).id).toBeNull()
  })

  it('accepts the legacy single-ID form, normalising the ID', () => {
    const pop = decodedPop({ payload: { prompt: 'hi' }, id: U1.toUpperCase(), ids: [], model: 'm' })
    expect([pop.id, pop.ids]).toEqual([U1, []])
  })

  it('does not apply to the no-job shape, and takes no key but "id" as the ID', () => {
    expect(decodedPop({ payload: {}, ids: [] }).model).toBeNull()
    // `id_` is the Python attribute name, not a wire key: an unknown key, kept, that satisfies nothing.
    expect(errorsOf(TextGenerateJobPopResponse.decode({ payload: {}, id_: U1, ids: [], model: 'm' }))).toEqual([rule])
    expect(decodedPop({ payload: {}, id_: U1, ids: [U2], model: 'm' })).toMatchObject({ id: null, id_: U1 })
  })

  it('rejects a whitespace or non-UUID id', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ id: ' ' })))).toEqual(['id: expected GenerationID | null, got " "'])
  })
})

describe('TextGenerateJobPopResponse: required keys and types (spec §3 V3, §0)', () => {
  it('requires payload and ids, and rejects null for them and for skipped', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode({ model: 'm' }))).toEqual([
      'payload: required, but missing (expected ModelPayloadKobold)',
      'ids: required, but missing (expected Array<GenerationID>)',
    ])
    expect(errorsOf(TextGenerateJobPopResponse.decode({ payload: null, ids: null, skipped: null }))).toEqual([
      'payload: expected ModelPayloadKobold, got null',
      'ids: expected Array<GenerationID>, got null',
      'skipped: expected NoValidRequestFoundKobold, got null',
    ])
  })

  it('rejects numeric strings ("ttl": "30"; the reference coerces them) and fractional integers', () => {
    // Spec §7 row 10: the reference decodes `"ttl": "30"` as 30.
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ ttl: '30' })))).toEqual(['ttl: expected integer | null, got "30"'])
    expect(errorsOf(TextGenerateJobPopResponse.decode(withPayload({ rep_pen_range: 1.5 })))).toEqual([
      'payload.rep_pen_range: expected integer in [0, 4096] | null, got 1.5',
    ])
    expect(decodedPop(minimalJob({ ttl: -5 })).ttl).toBe(-5)
  })

  it('never turns a number into a string, or a string into a boolean', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode(withPayload({ prompt: 5, singleline: 'yes' })))).toEqual([
      'payload.singleline: expected boolean | null, got "yes"',
      'payload.prompt: expected string | null, got 5',
    ])
  })

  it('takes stop_sequence and sampler_order as arrays only', () => {
    expect(decodedPop(withPayload({ stop_sequence: [], sampler_order: [6, -1, 6] })).payload).toMatchObject({ stop_sequence: [], sampler_order: [6, -1, 6] })
    expect(errorsOf(TextGenerateJobPopResponse.decode(withPayload({ stop_sequence: '\n', sampler_order: [0.5] })))).toEqual([
      'payload.sampler_order[0]: expected integer, got 0.5',
      'payload.stop_sequence: expected Array<string> | null, got "\\n"',
    ])
  })
})

describe('ModelPayloadKobold: bounds (spec §7 row 6; our bounds accept what the server sends)', () => {
  it.each([
    // Reference: each of these three fails (top_k <= 100, max_length <= 1024, max_context_length <= 32000).
    ['top_k', 150],
    ['top_k', 200],
    ['max_length', 2048],
    ['max_length', 4096],
    ['max_context_length', 65536],
    ['max_context_length', 1_048_576],
    // Boundaries that pass in both.
    ['top_k', 100],
    ['top_p', 0.001],
    ['rep_pen', 1],
    ['max_length', 16],
    ['max_context_length', 80],
  ])('accepts %s = %p', (key, value) => {
    expect(decodedPop(withPayload({ [key]: value })).payload[key as 'top_k']).toBe(value)
  })

  it.each([
    ['top_k', 201, 'payload.top_k: expected integer in [0, 200] | null, got 201'],
    ['max_length', 4097, 'payload.max_length: expected integer in [16, 4096] | null, got 4097'],
    ['max_length', 15, 'payload.max_length: expected integer in [16, 4096] | null, got 15'],
    ['max_context_length', 1_048_577, 'payload.max_context_length: expected integer in [80, 1048576] | null, got 1048577'],
    ['top_p', 0.0009, 'payload.top_p: expected number in [0.001, 1] | null, got 0.0009'],
    ['rep_pen', 0.9999, 'payload.rep_pen: expected number in [1, 3] | null, got 0.9999'],
    ['temperature', 5.01, 'payload.temperature: expected number in [0, 5] | null, got 5.01'],
    ['n', 21, 'payload.n: expected integer in [1, 20] | null, got 21'],
    ['smoothing_factor', -0.1, 'payload.smoothing_factor: expected number in [0, 10] | null, got -0.1'],
  ])('rejects %s = %p', (key, value, line) => {
    expect(errorsOf(TextGenerateJobPopResponse.decode(withPayload({ [key]: value })))).toEqual([line])
  })
})

describe('TextGenerateJobPopResponse: skipped (spec §7 row 7)', () => {
  it('holds the base counts to >= 0, integers only', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ skipped: { models: -1 } })))).toEqual([
      'skipped.models: expected integer >= 0 | null, got -1',
    ])
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ skipped: { models: 1.5 } })))).toEqual([
      'skipped.models: expected integer >= 0 | null, got 1.5',
    ])
    expect(decodedPop(minimalJob({ skipped: { models: 2.0 } })).skipped.models).toBe(2)
  })

  it('gives kudos and the Kobold counts no lower bound', () => {
    expect(decodedPop(minimalJob({ skipped: { kudos: -1, max_length: -3, matching_softprompt: -1 } })).skipped).toEqual({
      ...noSkippedCounts,
      kudos: -1,
      max_length: -3,
      matching_softprompt: -1,
    })
  })
})

describe('TextGenerateJobPopResponse: ids (spec §0 GenerationID, §7 row 8)', () => {
  it('rejects "" and non-UUIDs inside ids (no empty-string substitution there)', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ ids: [''] })))).toEqual(['ids[0]: expected GenerationID, got ""'])
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ ids: ['abc', 5] })))).toEqual([
      'ids[0]: expected GenerationID, got "abc"',
      'ids[1]: expected GenerationID, got 5',
    ])
  })

  it('normalises to lowercase canonical, keeps the digits, the order and the duplicates', () => {
    expect(decodedPop(minimalJob({ ids: ['AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'] })).ids).toEqual(['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'])
    expect(decodedPop(minimalJob({ ids: ['6ba7b810-9dad-11d1-80b4-00c04fd430c8'] })).ids).toEqual(['6ba7b810-9dad-11d1-80b4-00c04fd430c8'])
    expect(decodedPop(minimalJob({ ids: [U2, U1, U2] })).ids).toEqual([U2, U1, U2])
    expect(decodedPop(minimalJob({ ids: [`{${U1}}`, `urn:uuid:${U2}`, U1.replace(/-/g, '')] })).ids).toEqual([U1, U2, U1])
  })
})

describe('TextGenerateJobPopResponse: messages and extra source images (spec §7 row 9)', () => {
  it('does not check a message id, and keeps expiry verbatim', () => {
    const messages = [{ id: 'not-a-uuid', message: 'hi', expiry: 'Wed, 01 Jan 2025 00:00:00 -0000' }]
    expect(decodedPop(minimalJob({ messages })).messages).toEqual([{ ...messages[0], origin: null, worker_id: null }])
  })

  it('requires message, and a string expiry', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ messages: [{ id: 'x' }] })))).toEqual([
      'messages[0].message: required, but missing (expected string)',
    ])
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ messages: [{ message: 'hi', expiry: 12 }] })))).toEqual([
      'messages[0].expiry: expected string | null, got 12',
    ])
  })

  it('requires a non-empty image, defaults strength to 1 and leaves it unbounded', () => {
    expect(errorsOf(TextGenerateJobPopResponse.decode(minimalJob({ extra_source_images: [{ image: '' }] })))).toEqual([
      'extra_source_images[0].image: expected NonEmptyString, got ""',
    ])
    expect(decodedPop(minimalJob({ extra_source_images: [{ image: 'a' }] })).extra_source_images).toEqual([{ image: 'a', strength: 1, original_url: null }])
    // Reference: strength is bounded to [-5, 5], so 5.01 fails; ExtraSourceImageEntry follows the server (no bounds).
    expect(decodedPop(minimalJob({ extra_source_images: [{ image: 'a', strength: 5.01 }] })).extra_source_images?.[0].strength).toBe(5.01)
  })
})

describe('TextGenerateJobPopResponse: unknown keys (spec §0, §3 V4)', () => {
  const withExtras = {
    payload: { prompt: 'p', mirostat: 2 },
    ids: [U1],
    model: 'm',
    traceparent: '00-abc',
    skipped: { models: 1, future_reason: 3 },
    messages: [{ message: 'hi', colour: 'red' }],
    extra_source_images: [{ image: 'a', kind: 'ref' }],
  }

  it('keeps them at every level, on the decoded value', () => {
    const pop = decodedPop(withExtras)
    expect(pop).toMatchObject({
      traceparent: '00-abc',
      payload: { mirostat: 2 },
      skipped: { future_reason: 3 },
      messages: [{ colour: 'red' }],
      extra_source_images: [{ kind: 'ref' }],
    })
  })

  it('emits them again on encode: encode(decode(x)) has every key x had', () => {
    const encoded = TextGenerateJobPopResponse.encode(decodedPop(withExtras)) as unknown as Record<string, Record<string, unknown>>
    expect(encoded.traceparent).toBe('00-abc')
    expect(encoded.payload.mirostat).toBe(2)
    expect(encoded.skipped.future_reason).toBe(3)
    expect(encoded.messages).toEqual([{ id: null, message: 'hi', origin: null, expiry: null, worker_id: null, colour: 'red' }])
    expect(encoded.extra_source_images).toEqual([{ image: 'a', strength: 1, original_url: null, kind: 'ref' }])
    expect(TextGenerateJobPopResponse.decode(encoded)).toEqual(E.right(decodedPop(withExtras)))
  })

  it('strict mode rejects each one, naming its path, nested levels included', () => {
    expect(errorsOf(strict.TextGenerateJobPopResponse.decode(withExtras))).toEqual([
      'extra_source_images[0].kind: unknown key "kind" (ExtraSourceImageEntry has no such field)',
      'payload.mirostat: unknown key "mirostat" (ModelPayloadKobold has no such field)',
      'skipped.future_reason: unknown key "future_reason" (NoValidRequestFoundKobold has no such field)',
      'messages[0].colour: unknown key "colour" (PopResponseModelMessage has no such field)',
      'traceparent: unknown key "traceparent" (TextGenerateJobPopResponse has no such field)',
    ])
  })

  it('strict mode keeps the ids-present rule and the empty-id decision', () => {
    expect(errorsOf(strict.TextGenerateJobPopResponse.decode({ payload: {}, id: '', ids: [], model: 'm' }))).toEqual([
      '(root): Neither id nor ids were present in the response, though it names a model (a job needs at least one ID)',
    ])
    expect(errorsOf(strict.ModelPayloadKobold.decode({ prompt: 'p', x: 1 }))).toEqual(['x: unknown key "x" (ModelPayloadKobold has no such field)'])
  })
})

describe('TextGenerateJobPopResponse: input that is not plain JSON', () => {
  it('returns a Left, never throws', () => {
    expect(E.isLeft(TextGenerateJobPopResponse.decode('{"payload":{}}'))).toBe(true)
    expect(E.isLeft(TextGenerateJobPopResponse.decode([minimalJob()]))).toBe(true)
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom')
        },
      },
    )
    expect(E.isLeft(TextGenerateJobPopResponse.decode(hostile))).toBe(true)
  })
})
