import * as E from 'fp-ts/Either'
import {
  AlchemyFormPayloadStable,
  AlchemyJobPopResponse,
  AlchemyPopFormPayload,
  alchemyPopIds,
  formatErrors,
  hasAlchemyJob,
  strict,
  toStrict,
  type AlchemyJobPopWithForms,
  type AlchemyPopFormPayload as Form,
} from '../../../../src'
import { loadFixture } from '../../../fixtures'

const U1 = '11111111-1111-4111-8111-111111111111'
const U2 = '22222222-2222-4222-8222-222222222222'
const B64 = 'aGVsbG8='
const NIL = '00000000-0000-0000-0000-000000000000'

const decoded = (u: unknown): AlchemyJobPopResponse => {
  const r = AlchemyJobPopResponse.decode(u)
  if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
  return r.right
}
const errorsOf = (u: unknown, codec: { decode: (u: unknown) => E.Either<import('io-ts').Errors, unknown> } = AlchemyJobPopResponse) => {
  const r = codec.decode(u)
  return E.isLeft(r) ? formatErrors(r.left) : 'decoded'
}
const oneForm = (form: Record<string, unknown>) => ({ forms: [{ id: U1, form: 'caption', source_image: B64, ...form }] })
const formOf = (u: unknown): Form => {
  const pop = decoded(u)
  if (!hasAlchemyJob(pop)) throw new Error('no job')
  return pop.forms[0]
}

describe('AlchemyJobPopResponse: the fixtures', () => {
  it('decodes the production fixture: one caption form with a URL source, no payload or r2_upload, skipped all-null', () => {
    const pop = decoded(loadFixture('production__v2_interrogate_pop_post_200.json'))
    expect(pop).toEqual({
      forms: [
        {
          id: '390fef35-20dd-4e04-9c94-314cffd73d65',
          form: 'caption',
          payload: null,
          r2_upload: null,
          source_image: 'https://i.imgur.com/51t36oI.jpeg',
        },
      ],
      skipped: { bridge_version: null, untrusted: null, worker_id: null },
    })
    expect(JSON.stringify(AlchemyJobPopResponse.encode(pop))).toBe(
      '{"forms":[{"id":"390fef35-20dd-4e04-9c94-314cffd73d65","form":"caption","payload":null,"r2_upload":null,' +
        '"source_image":"https://i.imgur.com/51t36oI.jpeg"}],"skipped":{"bridge_version":null,"untrusted":null,"worker_id":null}}',
    )
    expect(alchemyPopIds(pop)).toEqual(['390fef35-20dd-4e04-9c94-314cffd73d65'])
    expect(hasAlchemyJob(pop)).toBe(true)
  })

  it('decodes the example fixture: its swagger placeholders become the nil UUID, "" strings and integer 0 counts', () => {
    const pop = decoded(loadFixture('example__v2_interrogate_pop_post_200.json'))
    expect(pop).toEqual({
      forms: [
        {
          id: NIL, // the nil UUID is a valid GenerationID, kept
          form: 'caption',
          // additionalProp1..3 are "" (placeholders carrying no data); control_type is absent, so null
          payload: { control_type: null, additionalProp1: '', additionalProp2: '', additionalProp3: '' },
          source_image: '', // decodes; the conversion rejects it as unusable (MissingSourceImage)
          r2_upload: '', // "" is a value, not absence
        },
      ],
      skipped: { bridge_version: 0, untrusted: 0, worker_id: 0 }, // 0.0 on the wire is the integer 0
    })
    expect(JSON.stringify(AlchemyJobPopResponse.encode(pop))).toBe(
      `{"forms":[{"id":"${NIL}","form":"caption","payload":{"control_type":null,"additionalProp1":"","additionalProp2":"",` +
        '"additionalProp3":""},"r2_upload":"","source_image":""}],"skipped":{"bridge_version":0,"untrusted":0,"worker_id":0}}',
    )
  })

  it('decodes both fixtures under the strict variant too (they carry no unknown key)', () => {
    for (const name of ['production__v2_interrogate_pop_post_200.json', 'example__v2_interrogate_pop_post_200.json']) {
      expect(E.isRight(strict.AlchemyJobPopResponse.decode(loadFixture(name)))).toBe(true)
    }
  })
})

describe('AlchemyJobPopResponse: no job (§5, §7 row 6)', () => {
  it.each([
    ['forms null, counts', { forms: null, skipped: { untrusted: 2 } }, { forms: null, skipped: { bridge_version: null, untrusted: 2, worker_id: null } }],
    ['forms [], skipped {}', { forms: [], skipped: {} }, { forms: [], skipped: { bridge_version: null, untrusted: null, worker_id: null } }],
    ['{}', {}, { forms: null, skipped: null }],
    ['forms null, skipped {}', { forms: null, skipped: {} }, { forms: null, skipped: { bridge_version: null, untrusted: null, worker_id: null } }],
  ])('%s decodes, has no ids and is not a job', (_, input, expected) => {
    const pop = decoded(input)
    expect(pop).toEqual(expected)
    expect(alchemyPopIds(pop)).toEqual([])
    expect(hasAlchemyJob(pop)).toBe(false)
  })

  it('keeps every count the server sends, unknown ones too (kudos is counted by the server but not in the model)', () => {
    const pop = decoded({ forms: null, skipped: { worker_id: 1, untrusted: 2, bridge_version: 3, kudos: 4 } })
    expect(pop.skipped).toEqual({ bridge_version: 3, untrusted: 2, worker_id: 1, kudos: 4 })
    expect(JSON.stringify(AlchemyJobPopResponse.encode(pop))).toBe('{"forms":null,"skipped":{"bridge_version":3,"untrusted":2,"worker_id":1,"kudos":4}}')
  })
})

describe('AlchemyJobPopResponse: forms and ids', () => {
  it('keeps duplicate forms and ids in wire order (§7 row 9)', () => {
    const pop = decoded({
      forms: [
        { id: U1, form: 'caption', source_image: B64, r2_upload: 'a' },
        { id: U1, form: 'nsfw', source_image: B64, r2_upload: 'b' },
        { id: U2, form: 'caption', source_image: B64 },
      ],
    })
    expect(alchemyPopIds(pop)).toEqual([U1, U1, U2])
    expect(pop.forms?.map((f) => f.form)).toEqual(['caption', 'nsfw', 'caption'])
  })

  it('keeps any form string verbatim: no trimming, no case folding, names and values alike (§7 row 4)', () => {
    // OURS: silent. The reference logs "Unknown form type <form>" for every string that is not a
    // KNOWN_ALCHEMY_TYPES member name (all of these but fourx_AnimeSharp and GFPGANv1_3; also
    // GFPGANv1.3 in §7 row 3); decoding here is pure, and AlchemyType.isKnown tells known wire values.
    for (const form of ['BACKEND_DEFAULT', 'four_4x_AnimeSharp', 'fourx_AnimeSharp', 'GFPGANv1_3', 'GFPGANv1.3', 'post_process', '', 'nsfw.', 'Caption', ' caption ']) {
      expect(formOf(oneForm({ form })).form).toBe(form)
    }
  })

  it('accepts "" for r2_upload and source_image, and absent/null as null', () => {
    expect(formOf(oneForm({ r2_upload: '', source_image: '' }))).toMatchObject({ r2_upload: '', source_image: '' })
    expect(formOf({ forms: [{ id: U1, form: 'nsfw' }] })).toEqual({ id: U1, form: 'nsfw', payload: null, r2_upload: null, source_image: null })
    expect(formOf(oneForm({ payload: null, r2_upload: null, source_image: null }))).toEqual({ id: U1, form: 'caption', payload: null, r2_upload: null, source_image: null })
  })

  it('keeps an unknown control_type without complaint (§7 row 5: "hough")', () => {
    expect(formOf(oneForm({ form: 'annotation', payload: { control_type: 'hough' } })).payload).toEqual({
      control_type: 'hough',
      additionalProp1: null,
      additionalProp2: null,
      additionalProp3: null,
    })
  })
})

describe('AlchemyPopFormPayload: ids (§7 row 8)', () => {
  it('rejects "" (OURS; the reference substitutes a random UUID v4 and logs "Job ID is empty")', () => {
    expect(errorsOf(oneForm({ id: '' }))).toEqual(['forms[0].id: expected GenerationID, got ""'])
  })

  it.each([
    [null, 'forms[0].id: expected GenerationID, got null'],
    ['not-a-uuid', 'forms[0].id: expected GenerationID, got "not-a-uuid"'],
    [' ', 'forms[0].id: expected GenerationID, got " "'],
    [5, 'forms[0].id: expected GenerationID, got 5'],
  ])('rejects %j', (id, line) => {
    expect(errorsOf(oneForm({ id }))).toEqual([line])
  })

  it.each([
    ['11111111111141118111111111111111', U1],
    ['{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
    ['urn:uuid:11111111-1111-4111-8111-111111111111', U1],
    ['a8098c1a-f86e-11da-bd1a-00112444be1e', 'a8098c1a-f86e-11da-bd1a-00112444be1e'], // v1 kept
    [NIL, NIL],
  ])('normalises %s to lowercase canonical', (id, expected) => {
    expect(formOf(oneForm({ id })).id).toBe(expected)
  })

  it('requires id and form; a wire key "id_" is an extra and leaves id missing', () => {
    expect(errorsOf({ forms: [{ form: 'caption' }] })).toEqual(['forms[0].id: required, but missing (expected GenerationID)'])
    expect(errorsOf({ forms: [{ id: U1 }] })).toEqual(['forms[0].form: required, but missing (expected AlchemyType)'])
    expect(errorsOf({ forms: [{ id_: U1, form: 'caption' }] })).toEqual(['forms[0].id: required, but missing (expected GenerationID)'])
  })
})

describe('AlchemyJobPopResponse: wrong types and counts (§7 row 10)', () => {
  it.each([
    ['skipped.worker_id 1.5', { skipped: { worker_id: 1.5 } }, ['skipped.worker_id: expected integer >= 0 | null, got 1.5']],
    ['skipped.untrusted -1', { skipped: { untrusted: -1 } }, ['skipped.untrusted: expected integer >= 0 | null, got -1']],
    // OURS: numbers are JSON numbers (the reference coerces "3" to 3 and true to 1)
    ['skipped.untrusted "3"', { skipped: { untrusted: '3' } }, ['skipped.untrusted: expected integer >= 0 | null, got "3"']],
    ['skipped.bridge_version true', { skipped: { bridge_version: true } }, ['skipped.bridge_version: expected integer >= 0 | null, got true']],
    ['skipped []', { skipped: [] }, ['skipped: expected NoValidAlchemyFound | null, got []']],
    ['forms {}', { forms: {} }, ['forms: expected Array<AlchemyPopFormPayload> | null, got {}']],
    ['form null', oneForm({ form: null }), ['forms[0].form: expected AlchemyType, got null']],
    ['form 5', oneForm({ form: 5 }), ['forms[0].form: expected AlchemyType, got 5']],
    ['payload []', oneForm({ payload: [] }), ['forms[0].payload: expected AlchemyFormPayloadStable | null, got []']],
    ['payload "x"', oneForm({ payload: 'x' }), ['forms[0].payload: expected AlchemyFormPayloadStable | null, got "x"']],
    ['payload.control_type 5', oneForm({ payload: { control_type: 5 } }), ['forms[0].payload.control_type: expected AnnotationControlType | null, got 5']],
    ['source_image 5', oneForm({ source_image: 5 }), ['forms[0].source_image: expected string | null, got 5']],
    ['r2_upload 5', oneForm({ r2_upload: 5 }), ['forms[0].r2_upload: expected string | null, got 5']],
  ])('%s fails', (_, input, lines) => {
    expect(errorsOf(input)).toEqual(lines)
  })

  it('reports every error of every form, in input order', () => {
    expect(errorsOf({ forms: [{ id: '', form: 5 }, { id: U1, form: 'caption', source_image: 5 }], skipped: { untrusted: -1 } })).toEqual([
      'forms[0].id: expected GenerationID, got ""',
      'forms[0].form: expected AlchemyType, got 5',
      'forms[1].source_image: expected string | null, got 5',
      'skipped.untrusted: expected integer >= 0 | null, got -1',
    ])
  })

  it('reads 2.0 as the integer 2', () => {
    expect(decoded({ skipped: { untrusted: 2.0 } }).skipped).toEqual({ bridge_version: null, untrusted: 2, worker_id: null })
  })

  it('is a Left, never an exception, for non-objects', () => {
    for (const u of [null, undefined, 5, 'x', [], true]) expect(errorsOf(u)).toEqual([expect.stringMatching(/^\(root\): /)])
  })
})

describe('unknown keys: kept at every level, surviving encode (production mode)', () => {
  const input = {
    forms: [{ id: U1, form: 'caption', source_image: B64, payload: { foo: 'bar', control_type: 'canny' }, colour: 'red' }],
    skipped: { kudos: 3, future: { nested: [1] } },
    top: true,
  }

  it('keeps them on the decoded value, unchecked, and emits them after the known keys', () => {
    const pop = decoded(input)
    expect(pop).toEqual({
      forms: [
        {
          id: U1,
          form: 'caption',
          payload: { control_type: 'canny', additionalProp1: null, additionalProp2: null, additionalProp3: null, foo: 'bar' },
          r2_upload: null,
          source_image: B64,
          colour: 'red',
        },
      ],
      skipped: { bridge_version: null, untrusted: null, worker_id: null, kudos: 3, future: { nested: [1] } },
      top: true,
    })
    expect(JSON.stringify(AlchemyJobPopResponse.encode(pop))).toBe(
      `{"forms":[{"id":"${U1}","form":"caption","payload":{"control_type":"canny","additionalProp1":null,"additionalProp2":null,` +
        `"additionalProp3":null,"foo":"bar"},"r2_upload":null,"source_image":"${B64}","colour":"red"}],` +
        '"skipped":{"bridge_version":null,"untrusted":null,"worker_id":null,"kudos":3,"future":{"nested":[1]}},"top":true}',
    )
    expect(AlchemyJobPopResponse.decode(AlchemyJobPopResponse.encode(pop))).toEqual(E.right(pop))
  })

  it('the strict variant rejects each one, naming its path (the reference under TESTS_ONGOING)', () => {
    expect(errorsOf(input, strict.AlchemyJobPopResponse)).toEqual([
      'forms[0].payload.foo: unknown key "foo" (AlchemyFormPayloadStable has no such field)',
      'forms[0].colour: unknown key "colour" (AlchemyPopFormPayload has no such field)',
      'skipped.kudos: unknown key "kudos" (NoValidAlchemyFound has no such field)',
      'skipped.future: unknown key "future" (NoValidAlchemyFound has no such field)',
      'top: unknown key "top" (AlchemyJobPopResponse has no such field)',
    ])
  })

  it('toStrict rejects an unknown key three levels down (forms[0].payload.foo)', () => {
    expect(toStrict(AlchemyJobPopResponse)).toBe(strict.AlchemyJobPopResponse)
    expect(errorsOf(oneForm({ payload: { foo: 'bar' } }), toStrict(AlchemyJobPopResponse))).toEqual([
      'forms[0].payload.foo: unknown key "foo" (AlchemyFormPayloadStable has no such field)',
    ])
  })

  it('the strict form and payload variants reject their own unknown keys', () => {
    expect(errorsOf({ id: U1, form: 'caption', id_: U1 }, strict.AlchemyPopFormPayload)).toEqual([
      'id_: unknown key "id_" (AlchemyPopFormPayload has no such field)',
    ])
    expect(errorsOf({ '*': 'x' }, strict.AlchemyFormPayloadStable)).toEqual(['["*"]: unknown key "*" (AlchemyFormPayloadStable has no such field)'])
    expect(AlchemyFormPayloadStable.decode({ '*': 'x' })).toEqual(
      E.right({ control_type: null, additionalProp1: null, additionalProp2: null, additionalProp3: null, '*': 'x' }),
    )
  })
})

describe('AlchemyPopFormPayload alone', () => {
  it('encodes in the reference dump order: id, form, payload, r2_upload, source_image', () => {
    const r = AlchemyPopFormPayload.decode({ source_image: 'https://a.b/c.png', r2_upload: 'r', form: 'GFPGAN', id: U2 })
    expect(E.isRight(r) && JSON.stringify(AlchemyPopFormPayload.encode(r.right))).toBe(
      `{"id":"${U2}","form":"GFPGAN","payload":null,"r2_upload":"r","source_image":"https://a.b/c.png"}`,
    )
  })
})

describe('hasAlchemyJob narrows forms (type level, checked by tsc)', () => {
  it('needs no null check after the guard, and does without it', () => {
    const pop = decoded(oneForm({}))
    // @ts-expect-error forms may be null without the guard
    expect(() => pop.forms[0]).not.toThrow()
    if (hasAlchemyJob(pop)) {
      const first: Form = pop.forms[0]
      const job: AlchemyJobPopWithForms = pop
      expect(first.id).toBe(U1)
      expect(job.forms.length).toBe(1)
    } else {
      throw new Error('expected a job')
    }
    const none = decoded({ forms: [] })
    // @ts-expect-error a plain pop is not a job pop
    const notJob: AlchemyJobPopWithForms = none
    expect(hasAlchemyJob(notJob)).toBe(false)
  })
})
