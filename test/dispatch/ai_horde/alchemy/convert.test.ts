import * as E from 'fp-ts/Either'
import {
  AIHordeR2DispatchParameters,
  AlchemyJobPopResponse,
  AlchemyParameters,
  alchemyOperationName,
  allAlchemyOperations,
  convertAlchemyJobPopResponse,
  decodeAndConvertAlchemyJobPop,
  formatErrors,
  formatJobError,
  type AlchemyConversionResult,
  type ConversionError,
  type SourceImage,
} from '../../../../src'
import { loadFixture } from '../../../fixtures'

const U1 = '11111111-1111-4111-8111-111111111111'
const U2 = '22222222-2222-4222-8222-222222222222'
const U3 = '33333333-3333-4333-8333-333333333333'
const NIL = '00000000-0000-0000-0000-000000000000'
const B64 = 'aGVsbG8='
const B64_SOURCE = { _tag: 'base64', base64: B64 } as const
const head = { schema_version: '1.0', underlying_generation_scheme: null } as const
const noBuckets = { upscalers: null, facefixers: null, interrogators: null, captions: null, nsfw_detectors: null, misc_post_processors: null }
const allNullSkipped = { bridge_version: null, untrusted: null, worker_id: null }
const dispatchHead = {
  dispatch_source: 'AI_HORDE_API_OFFICIAL',
  ttl: null,
  inference_backend: 'HORDE_ALCHEMIST',
  requested_backend_constraints: 'SPECIFIED',
  source_image_fallback_choice: 'ABANDON',
} as const

const decoded = (u: unknown): AlchemyJobPopResponse => {
  const r = AlchemyJobPopResponse.decode(u)
  if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
  return r.right
}

/** Converts, and checks that both halves are valid under their own codecs (encode → decode is the identity). */
const converted = (u: unknown): AlchemyConversionResult => {
  const r = convertAlchemyJobPopResponse(decoded(u))
  if (E.isLeft(r)) throw new Error(`${r.left._tag}: ${r.left.message}`)
  const { generation_parameters: g, dispatch_parameters: d } = r.right
  expect(AlchemyParameters.decode(AlchemyParameters.encode(g))).toEqual(E.right(g))
  expect(AlchemyParameters.decode(JSON.parse(JSON.stringify(AlchemyParameters.encode(g))))).toEqual(E.right(g))
  expect(AIHordeR2DispatchParameters.decode(AIHordeR2DispatchParameters.encode(d))).toEqual(E.right(d))
  expect(AIHordeR2DispatchParameters.decode(JSON.parse(JSON.stringify(AIHordeR2DispatchParameters.encode(d))))).toEqual(E.right(d))
  expect(r.right.faults).toEqual([])
  return r.right
}

const failure = (u: unknown): ConversionError => {
  const r = convertAlchemyJobPopResponse(decoded(u))
  if (E.isRight(r)) throw new Error('expected a conversion failure')
  return r.left
}

const form = (id: string, f: string, more: Record<string, unknown> = {}) => ({ id, form: f, source_image: B64, ...more })

describe('convertAlchemyJobPopResponse: the fixtures', () => {
  it('production: one caption with the URL kept as a URL (reference: 21 garbage bytes 86db69…97a0 from base64-decoding it)', () => {
    const r = converted(loadFixture('production__v2_interrogate_pop_post_200.json'))
    const id = '390fef35-20dd-4e04-9c94-314cffd73d65'
    expect(r.generation_parameters).toEqual({
      ...head,
      ...noBuckets,
      captions: [
        {
          ...head,
          result_id: id,
          form: 'caption',
          source_image: { _tag: 'url', url: 'https://i.imgur.com/51t36oI.jpeg' },
          caption_model: 'Salesforce/blip-image-captioning-base',
        },
      ],
    })
    expect(r.dispatch_parameters).toEqual({
      ...dispatchHead,
      generation_ids: [id],
      no_valid_request_found_reasons: allNullSkipped, // skipped {} decodes to all-null counts, carried as is
      r2_upload_url_map: {},
    })
    expect(JSON.stringify(AIHordeR2DispatchParameters.encode(r.dispatch_parameters))).toBe(
      `{"generation_ids":["${id}"],"dispatch_source":"AI_HORDE_API_OFFICIAL","ttl":null,"inference_backend":"HORDE_ALCHEMIST",` +
        '"requested_backend_constraints":"SPECIFIED","no_valid_request_found_reasons":{"bridge_version":null,"untrusted":null,"worker_id":null},' +
        '"source_image_fallback_choice":"ABANDON","r2_upload_url_map":{}}',
    )
    expect(JSON.stringify(AlchemyParameters.encode(r.generation_parameters))).toBe(
      '{"schema_version":"1.0","underlying_generation_scheme":null,"upscalers":null,"facefixers":null,"interrogators":null,' +
        `"captions":[{"schema_version":"1.0","underlying_generation_scheme":null,"result_id":"${id}","form":"caption",` +
        '"source_image":{"_tag":"url","url":"https://i.imgur.com/51t36oI.jpeg"},"caption_model":"Salesforce/blip-image-captioning-base"}],' +
        '"nsfw_detectors":null,"misc_post_processors":null}',
    )
  })

  it('example: decodes but does not convert, its source_image "" is unusable (reference: empty bytes, r2_upload_url_map {nil: ""})', () => {
    expect(failure(loadFixture('example__v2_interrogate_pop_post_200.json'))).toEqual({
      _tag: 'MissingSourceImage',
      id: NIL,
      message: `Form ${NIL} ("caption") has an unusable source image: it is empty`,
    })
  })

  it('example, with a usable source: the nil id, r2_upload "" stored, integer-0 counts carried', () => {
    const fixture = loadFixture('example__v2_interrogate_pop_post_200.json') as { forms: Array<Record<string, unknown>> }
    const r = converted({ ...fixture, forms: [{ ...fixture.forms[0], source_image: B64 }] })
    expect(r.generation_parameters.captions).toEqual([
      { ...head, result_id: NIL, form: 'caption', source_image: B64_SOURCE, caption_model: 'Salesforce/blip-image-captioning-base' },
    ])
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [NIL]: '' })
    expect(r.dispatch_parameters.no_valid_request_found_reasons).toEqual({ bridge_version: 0, untrusted: 0, worker_id: 0 })
  })
})

describe('convertAlchemyJobPopResponse: classification (§4.2)', () => {
  it('§7 row 3: buckets in fixed order, not wire order; r2 entries only where r2_upload came', () => {
    const r = converted({
      forms: [form(U1, 'caption'), form(U2, 'RealESRGAN_x2plus', { r2_upload: 'https://r2/2' }), form(U3, 'GFPGANv1.3', { r2_upload: 'https://r2/3' })],
      skipped: {},
    })
    expect(r.dispatch_parameters.generation_ids).toEqual([U1, U2, U3])
    expect(allAlchemyOperations(r.generation_parameters)).toEqual([
      { ...head, result_id: U2, form: 'post_process', source_image: B64_SOURCE, upscaler: 'RealESRGAN_x2plus' },
      { ...head, result_id: U3, form: 'post_process', source_image: B64_SOURCE, facefixer: 'GFPGANv1.3', codeformer_fidelity: null },
      { ...head, result_id: U1, form: 'caption', source_image: B64_SOURCE, caption_model: 'Salesforce/blip-image-captioning-base' },
    ])
    expect(allAlchemyOperations(r.generation_parameters)).toHaveLength(3)
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [U2]: 'https://r2/2', [U3]: 'https://r2/3' })
  })

  it('§7 row 4: names and values alike; unknown forms verbatim into misc', () => {
    const forms = ['BACKEND_DEFAULT', 'four_4x_AnimeSharp', 'fourx_AnimeSharp', 'GFPGANv1_3', 'post_process', '', 'nsfw.', 'Caption']
    const ids = forms.map((_, i) => `${String(i + 1).repeat(8)}-1111-4111-8111-111111111111`)
    const r = converted({ forms: forms.map((f, i) => form(ids[i], f)) })
    const g = r.generation_parameters
    // BACKEND_DEFAULT is both an upscaler and a facefixer: step 1 wins.
    // OURS: fourx_AnimeSharp (the KNOWN_ALCHEMY_TYPES name of 4x_AnimeSharp) is an upscaler, kept verbatim;
    // the reference tests names of KNOWN_UPSCALERS only (four_4x_AnimeSharp) and sends it to misc.
    expect(g.upscalers?.map((o) => [o.result_id, o.form, o.upscaler])).toEqual([
      [ids[0], 'post_process', 'BACKEND_DEFAULT'],
      [ids[1], 'post_process', 'four_4x_AnimeSharp'],
      [ids[2], 'post_process', 'fourx_AnimeSharp'],
    ])
    expect(g.facefixers?.map((o) => [o.result_id, o.form, o.facefixer])).toEqual([[ids[3], 'post_process', 'GFPGANv1_3']])
    expect(g.misc_post_processors).toEqual(
      ['post_process', '', 'nsfw.', 'Caption'].map((f, i) => ({ ...head, result_id: ids[4 + i], form: f, source_image: B64_SOURCE })),
    )
    expect([g.interrogators, g.captions, g.nsfw_detectors]).toEqual([null, null, null])
  })

  it('every KNOWN_UPSCALERS and KNOWN_FACEFIXERS value is recognised, and the 16 server post-processors land where they belong', () => {
    const upscalers = ['RealESRGAN_x4plus', 'RealESRGAN_x2plus', 'RealESRGAN_x4plus_anime_6B', 'NMKD_Siax', '4x_AnimeSharp', '4xNomos8kSC', '4xLSDIRplus', '4xNomosWebPhoto_RealPLKSR', '4xNomos2_realplksr_dysample', '4xNomos2_hq_dat2', '2xModernSpanimationV1']
    const facefixers = ['GFPGAN', 'CodeFormers', 'GFPGANv1.3', 'RestoreFormer']
    const all = [...upscalers, ...facefixers, 'strip_background']
    const ids = all.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
    const r = converted({ forms: all.map((f, i) => form(ids[i], f, { r2_upload: `https://r2/${i}` })) })
    expect(r.generation_parameters.upscalers?.map((o) => o.upscaler)).toEqual(upscalers)
    expect(r.generation_parameters.facefixers?.map((o) => o.facefixer)).toEqual(facefixers)
    // strip_background is image-output (it has an r2_upload) but lands in misc as a bare single operation.
    expect(r.generation_parameters.misc_post_processors).toEqual([{ ...head, result_id: ids[15], form: 'strip_background', source_image: B64_SOURCE }])
    expect(Object.keys(r.dispatch_parameters.r2_upload_url_map)).toEqual(ids)
  })

  it('interrogation, caption, nsfw get their fixed models; vectorize, palette, describe, aesthetic go to misc', () => {
    const forms = ['interrogation', 'caption', 'nsfw', 'vectorize', 'palette', 'describe', 'aesthetic']
    const ids = forms.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
    const r = converted({ forms: forms.map((f, i) => form(ids[i], f)) })
    const g = r.generation_parameters
    expect(g.interrogators).toEqual([{ ...head, result_id: ids[0], form: 'interrogation', source_image: B64_SOURCE, interrogator: 'sentence-transformers/clip-ViT-L-14' }])
    expect(g.captions).toEqual([{ ...head, result_id: ids[1], form: 'caption', source_image: B64_SOURCE, caption_model: 'Salesforce/blip-image-captioning-base' }])
    expect(g.nsfw_detectors).toEqual([{ ...head, result_id: ids[2], form: 'nsfw', source_image: B64_SOURCE, nsfw_detector: 'HORDE_SAFETY' }])
    expect(g.misc_post_processors?.map((o) => o.form)).toEqual(['vectorize', 'palette', 'describe', 'aesthetic'])
    expect([g.upscalers, g.facefixers]).toEqual([null, null])
    expect(allAlchemyOperations(g).map(alchemyOperationName)).toEqual([
      'sentence-transformers/clip-ViT-L-14',
      'Salesforce/blip-image-captioning-base',
      'HORDE_SAFETY',
      'vectorize',
      'palette',
      'describe',
      'aesthetic',
    ])
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({})
  })

  it('reads payload only for annotation: a control_type on a caption is dropped, extras never travel', () => {
    const r = converted({ forms: [form(U1, 'caption', { payload: { control_type: 'canny', foo: 'bar' }, colour: 'red' })] })
    expect(r.generation_parameters.captions).toEqual([
      { ...head, result_id: U1, form: 'caption', source_image: B64_SOURCE, caption_model: 'Salesforce/blip-image-captioning-base' },
    ])
  })

  it('§7 row 5: an annotation takes payload.control_type verbatim ("hough", unknown, no warning)', () => {
    const r = converted({ forms: [form(U1, 'annotation', { r2_upload: 'r2', payload: { control_type: 'hough' } })] })
    expect(r.generation_parameters).toEqual({
      ...head,
      ...noBuckets,
      misc_post_processors: [{ ...head, result_id: U1, form: 'annotation', source_image: B64_SOURCE, control_type: 'hough' }],
    })
    expect(allAlchemyOperations(r.generation_parameters).map(alchemyOperationName)).toEqual(['hough'])
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [U1]: 'r2' })
  })

  it('§7 row 9: duplicate ids give one operation each, the last r2_upload wins', () => {
    const r = converted({ forms: [form(U1, 'caption', { r2_upload: 'a' }), form(U1, 'nsfw', { r2_upload: 'b' })] })
    expect(r.generation_parameters.captions?.map((o) => o.result_id)).toEqual([U1])
    expect(r.generation_parameters.nsfw_detectors).toEqual([{ ...head, result_id: U1, form: 'nsfw', source_image: B64_SOURCE, nsfw_detector: 'HORDE_SAFETY' }])
    expect(r.dispatch_parameters.generation_ids).toEqual([U1, U1])
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [U1]: 'b' })
  })

  it('a later form without r2_upload does not remove an earlier entry for the same id; "" is stored', () => {
    const r = converted({ forms: [form(U1, 'GFPGAN', { r2_upload: '' }), form(U1, 'caption')] })
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ [U1]: '' })
  })

  it('§7 row 8: result ids and generation ids are lowercase canonical whatever form the id came in', () => {
    const r = converted({ forms: [form('{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}', 'RestoreFormer', { r2_upload: 'u' }), form('11111111111141118111111111111111', 'nsfw')] })
    expect(r.dispatch_parameters.generation_ids).toEqual(['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', U1])
    expect(allAlchemyOperations(r.generation_parameters).map((o) => o.result_id)).toEqual(['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', U1])
    expect(r.dispatch_parameters.r2_upload_url_map).toEqual({ 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa': 'u' })
  })
})

describe('convertAlchemyJobPopResponse: source images (§4.3, OURS: classified, never base64-decoded)', () => {
  it.each([
    // [input, our outcome, the reference's outcome]
    ['https://a.b/cdefgh.png', { _tag: 'url', url: 'https://a.b/cdefgh.png' }, 'null + "Failed to parse base64 image" log'],
    ['https://i.imgur.com/51t36oI.jpeg', { _tag: 'url', url: 'https://i.imgur.com/51t36oI.jpeg' }, '21 garbage bytes 86db69…97a0'],
    ['HTTP://A.B/C.PNG', { _tag: 'url', url: 'HTTP://A.B/C.PNG' }, 'null'],
    ['aGVsbG8=', { _tag: 'base64', base64: 'aGVsbG8=' }, 'bytes "hello" (the same image)'],
    ['aGk=', { _tag: 'base64', base64: 'aGk=' }, 'bytes "hi"'],
  ] as Array<[string, SourceImage, string]>)('%j → %j (reference: %s)', (source_image, expected) => {
    const r = converted({ forms: [{ id: U1, form: 'caption', source_image }] })
    expect(r.generation_parameters.captions?.[0].source_image).toEqual(expected)
  })

  it.each([
    // [input, our reason, the reference's outcome]
    ['', 'it is empty', 'empty bytes'],
    [' aGVs\nbG8= ', 'it is neither an http(s) URL nor strict base64', 'bytes "hello" (whitespace discarded)'],
    ['aGVsbG8===', 'it is neither an http(s) URL nor strict base64', 'bytes "hello" (extra padding ignored)'],
    ['aGk=aGk=', 'it is neither an http(s) URL nor strict base64', 'bytes "hi" (stops at the first padding)'],
    ['=', 'it is neither an http(s) URL nor strict base64', 'empty bytes'],
    ['-_-_', 'it is neither an http(s) URL nor strict base64', 'empty bytes (URL-safe letters discarded)'],
    ['aGVsbG8', 'it is neither an http(s) URL nor strict base64', 'null (incorrect padding)'],
    ['YQ=', 'it is neither an http(s) URL nor strict base64', 'null'],
    ['a', 'it is neither an http(s) URL nor strict base64', 'null'],
    ['Y=Q=', 'it is neither an http(s) URL nor strict base64', 'null'],
    ['data:image/png;base64,aGVsbG8=', 'it is neither an http(s) URL nor strict base64', 'null (prefix not stripped)'],
    ['café', 'it is neither an http(s) URL nor strict base64', 'null (non-ASCII)'],
    ['ftp://a.b/c.png', 'it is neither an http(s) URL nor strict base64', 'null'],
  ])('%j is unusable: MissingSourceImage, %s (reference: %s)', (source_image, reason) => {
    expect(failure({ forms: [{ id: U1, form: 'caption', source_image }] })).toEqual({
      _tag: 'MissingSourceImage',
      id: U1,
      message: `Form ${U1} ("caption") has an unusable source image: ${reason}`,
    })
  })

  it('§7 row 7: a second form without a source fails the whole pop, naming that form (reference: ValueError, same)', () => {
    expect(failure({ forms: [form(U1, 'caption'), { id: U2, form: 'nsfw' }] })).toEqual({
      _tag: 'MissingSourceImage',
      id: U2,
      message: `Form ${U2} ("nsfw") did not contain a source image`,
    })
    expect(failure({ forms: [{ id: U1, form: 'caption', source_image: null }] })).toMatchObject({ _tag: 'MissingSourceImage', id: U1 })
  })
})

describe('convertAlchemyJobPopResponse: failures, in order (§4.1, §4.6)', () => {
  it.each([
    ['forms null, with counts', { forms: null, skipped: { untrusted: 2 } }],
    ['forms []', { forms: [], skipped: {} }],
    ['{}', {}],
  ])('§7 row 6, %s: NoJob', (_, input) => {
    expect(failure(input)).toEqual({ _tag: 'NoJob', message: 'The pop did not contain any forms: the server had no job for this worker' })
  })

  it.each([
    ['no payload', {}],
    ['payload null', { payload: null }],
    ['payload {}', { payload: {} }],
    ['control_type null', { payload: { control_type: null, additionalProp1: 'x' } }],
  ])('§7 row 5, annotation with %s: MissingControlType', (_, more) => {
    expect(failure({ forms: [form(U1, 'annotation', { r2_upload: 'r2', ...more })] })).toEqual({
      _tag: 'MissingControlType',
      id: U1,
      message: `Form ${U1} ("annotation") has no payload.control_type (an annotation needs one)`,
    })
  })

  it('checks form by form: a missing source before a missing control type in the same form, the first bad form wins', () => {
    expect(failure({ forms: [{ id: U1, form: 'annotation' }] })).toMatchObject({ _tag: 'MissingSourceImage', id: U1 })
    expect(failure({ forms: [form(U1, 'annotation'), { id: U2, form: 'caption' }] })).toMatchObject({ _tag: 'MissingControlType', id: U1 })
    expect(failure({ forms: [form(U1, 'caption'), form(U2, 'annotation'), { id: U3, form: 'caption', source_image: '' }] })).toMatchObject({
      _tag: 'MissingControlType',
      id: U2,
    })
  })

  it('a skipped extra that breaks another job kind\'s count rule cannot travel in dispatch parameters: InvalidDispatchParameters', () => {
    const e = failure({ forms: [form(U1, 'caption')], skipped: { models: -1, kudos: 2 } })
    expect(e._tag).toBe('InvalidDispatchParameters')
    expect(e._tag === 'InvalidDispatchParameters' && [e.message, ...formatErrors(e.errors)]).toEqual([
      'The pop does not make valid dispatch parameters',
      'no_valid_request_found_reasons.models: expected integer >= 0 | null, got -1',
    ])
  })
})

describe('convertAlchemyJobPopResponse: a hand-built pop', () => {
  it('with an id that is not a GenerationID: InvalidDispatchParameters, never a silently dropped upload URL', () => {
    const pop: AlchemyJobPopResponse = {
      forms: [{ id: '__proto__', form: 'GFPGAN', payload: null, r2_upload: 'u', source_image: B64 }],
      skipped: null,
    }
    const r = convertAlchemyJobPopResponse(pop)
    expect(E.isLeft(r) && r.left._tag === 'InvalidDispatchParameters' && formatErrors(r.left.errors)).toEqual([
      'generation_ids[0]: expected GenerationID, got "__proto__"',
      'r2_upload_url_map["__proto__"]: invalid key, expected GenerationID',
    ])
  })
})

describe('convertAlchemyJobPopResponse: the skipped report', () => {
  it('carries every count, unknown keys included, and round-trips through the dispatch parameters', () => {
    const r = converted({ forms: [form(U1, 'caption')], skipped: { untrusted: 1, kudos: -3, max_pixels: 2, future_reason: 4 } })
    expect(r.dispatch_parameters.no_valid_request_found_reasons).toEqual({ bridge_version: null, untrusted: 1, worker_id: null, kudos: -3, max_pixels: 2, future_reason: 4 })
    // Known keys in the dispatch skipped object's field order (kudos is a base count there), then unknown ones.
    expect(JSON.stringify(AIHordeR2DispatchParameters.encode(r.dispatch_parameters).no_valid_request_found_reasons)).toBe(
      '{"bridge_version":null,"kudos":-3,"untrusted":1,"worker_id":null,"max_pixels":2,"future_reason":4}',
    )
  })

  it('skipped null or absent: all-null counts (the {}-decoded NoValidAlchemyFound)', () => {
    expect(converted({ forms: [form(U1, 'caption')], skipped: null }).dispatch_parameters.no_valid_request_found_reasons).toEqual(allNullSkipped)
    expect(converted({ forms: [form(U1, 'caption')] }).dispatch_parameters.no_valid_request_found_reasons).toEqual(allNullSkipped)
  })
})

describe('convertAlchemyJobPopResponse: purity', () => {
  const deepFreeze = <A>(a: A): A => {
    if (typeof a === 'object' && a !== null) {
      Object.values(a).forEach(deepFreeze)
      Object.freeze(a)
    }
    return a
  }

  it('does not mutate the pop, and gives equal results every time', () => {
    const pop = deepFreeze(decoded({ forms: [form(U1, 'caption'), form(U2, 'GFPGAN', { r2_upload: 'u' }), form(U3, 'annotation', { payload: { control_type: 'canny' } })], skipped: { untrusted: 1 } }))
    const before = JSON.stringify(pop)
    const a = convertAlchemyJobPopResponse(pop)
    const b = convertAlchemyJobPopResponse(pop)
    expect(E.isRight(a)).toBe(true)
    expect(a).toEqual(b)
    expect(JSON.stringify(pop)).toBe(before)
  })
})

describe('decodeAndConvertAlchemyJobPop', () => {
  it('decodes then converts', () => {
    const r = decodeAndConvertAlchemyJobPop(loadFixture('production__v2_interrogate_pop_post_200.json'))
    expect(E.isRight(r) && r.right.generation_parameters.captions?.length).toBe(1)
  })

  it('a DecodeError carries the validation errors', () => {
    const r = decodeAndConvertAlchemyJobPop({ forms: [{ id: '', form: 'caption', source_image: B64 }] })
    expect(E.isLeft(r) && formatJobError(r.left)).toEqual(['forms[0].id: expected GenerationID, got ""'])
  })

  it('a ConversionError carries the conversion\'s reason', () => {
    const r = decodeAndConvertAlchemyJobPop(loadFixture('example__v2_interrogate_pop_post_200.json'))
    expect(E.isLeft(r) && formatJobError(r.left)).toEqual([`MissingSourceImage: Form ${NIL} ("caption") has an unusable source image: it is empty`])
    const none = decodeAndConvertAlchemyJobPop({ forms: null, skipped: {} })
    expect(E.isLeft(none) && none.left._tag === 'ConversionError' && none.left.error._tag).toBe('NoJob')
  })
})
