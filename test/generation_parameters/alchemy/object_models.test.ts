import * as E from 'fp-ts/Either'
import type * as t from 'io-ts'
import {
  AlchemyParameters,
  AnnotationAlchemyParameters,
  CaptionAlchemyParameters,
  FacefixAlchemyParameters,
  InterrogateAlchemyParameters,
  MiscAlchemyParameters,
  NSFWAlchemyParameters,
  SingleAlchemyParameters,
  UpscaleAlchemyParameters,
  alchemyOperationName,
  allAlchemyOperations,
  formatErrors,
  strict,
} from '../../../src'

const U1 = '11111111-1111-4111-8111-111111111111'
const URL_SOURCE = { _tag: 'url', url: 'https://a.b/c.png' } as const
const B64_SOURCE = { _tag: 'base64', base64: 'aGVsbG8=' } as const
const head = { schema_version: '1.0', underlying_generation_scheme: null } as const

const errorsOf = (codec: t.Decoder<unknown, unknown>, u: unknown) => {
  const r = codec.decode(u)
  return E.isLeft(r) ? formatErrors(r.left) : 'decoded'
}
const roundTrips = <A, O>(codec: t.Type<A, O, unknown>, a: A) => {
  expect(codec.decode(codec.encode(a))).toEqual(E.right(a))
  expect(codec.decode(JSON.parse(JSON.stringify(codec.encode(a))))).toEqual(E.right(a))
}

const single: SingleAlchemyParameters = { ...head, result_id: U1, form: 'vectorize', source_image: URL_SOURCE }
const upscale: UpscaleAlchemyParameters = { ...head, result_id: U1, form: 'post_process', source_image: B64_SOURCE, upscaler: '4x_AnimeSharp' }
const facefix: FacefixAlchemyParameters = {
  ...head,
  result_id: U1,
  form: 'post_process',
  source_image: URL_SOURCE,
  facefixer: 'CodeFormers',
  codeformer_fidelity: 0.5,
}
const interrogate: InterrogateAlchemyParameters = {
  ...head,
  result_id: U1,
  form: 'interrogation',
  source_image: null,
  interrogator: 'sentence-transformers/clip-ViT-L-14',
}
const caption: CaptionAlchemyParameters = { ...head, result_id: U1, form: 'caption', source_image: URL_SOURCE, caption_model: 'Salesforce/blip-image-captioning-base' }
const nsfw: NSFWAlchemyParameters = { ...head, result_id: U1, form: 'nsfw', source_image: URL_SOURCE, nsfw_detector: 'HORDE_SAFETY' }
const annotation: AnnotationAlchemyParameters = { ...head, result_id: U1, form: 'annotation', source_image: URL_SOURCE, control_type: 'hough' }

describe('alchemy parameter models: every one round-trips through encode → decode (and JSON)', () => {
  it.each([
    ['SingleAlchemyParameters', SingleAlchemyParameters, single],
    ['UpscaleAlchemyParameters', UpscaleAlchemyParameters, upscale],
    ['FacefixAlchemyParameters', FacefixAlchemyParameters, facefix],
    ['InterrogateAlchemyParameters', InterrogateAlchemyParameters, interrogate],
    ['CaptionAlchemyParameters', CaptionAlchemyParameters, caption],
    ['NSFWAlchemyParameters', NSFWAlchemyParameters, nsfw],
    ['AnnotationAlchemyParameters', AnnotationAlchemyParameters, annotation],
    ['MiscAlchemyParameters (annotation)', MiscAlchemyParameters, annotation],
    ['MiscAlchemyParameters (single)', MiscAlchemyParameters, single],
  ] as Array<[string, t.Type<unknown, unknown, unknown>, unknown]>)('%s', (_, codec, value) => {
    roundTrips(codec, value)
  })

  it('AlchemyParameters, every bucket filled, and every bucket null', () => {
    const full: AlchemyParameters = {
      ...head,
      upscalers: [upscale],
      facefixers: [facefix],
      interrogators: [interrogate],
      captions: [caption],
      nsfw_detectors: [nsfw],
      misc_post_processors: [annotation, single],
    }
    roundTrips(AlchemyParameters, full)
    const empty = AlchemyParameters.decode({})
    expect(empty).toEqual(
      E.right({ ...head, upscalers: null, facefixers: null, interrogators: null, captions: null, nsfw_detectors: null, misc_post_processors: null }),
    )
    if (E.isRight(empty)) roundTrips(AlchemyParameters, empty.right)
  })

  it('encodes in dump order, every field present, the source as its tagged object', () => {
    expect(JSON.stringify(UpscaleAlchemyParameters.encode(upscale))).toBe(
      `{"schema_version":"1.0","underlying_generation_scheme":null,"result_id":"${U1}","form":"post_process",` +
        '"source_image":{"_tag":"base64","base64":"aGVsbG8="},"upscaler":"4x_AnimeSharp"}',
    )
    expect(JSON.stringify(FacefixAlchemyParameters.encode({ ...facefix, codeformer_fidelity: null }))).toBe(
      `{"schema_version":"1.0","underlying_generation_scheme":null,"result_id":"${U1}","form":"post_process",` +
        '"source_image":{"_tag":"url","url":"https://a.b/c.png"},"facefixer":"CodeFormers","codeformer_fidelity":null}',
    )
  })

  it('the misc bucket keeps an annotation\'s control_type (the reference\'s declared type would drop it)', () => {
    const r = AlchemyParameters.decode(AlchemyParameters.encode({ ...head, upscalers: null, facefixers: null, interrogators: null, captions: null, nsfw_detectors: null, misc_post_processors: [annotation] }))
    expect(E.isRight(r) && r.right.misc_post_processors).toEqual([annotation])
  })
})

describe('alchemy parameter models: fields', () => {
  it('schema_version: absent, "" and null become "1.0"; any other string is kept', () => {
    const base = { result_id: U1, form: 'caption', source_image: null }
    for (const v of [undefined, '', null]) expect(SingleAlchemyParameters.decode({ ...base, schema_version: v })).toEqual(E.right({ ...head, ...base }))
    expect(SingleAlchemyParameters.decode({ ...base, schema_version: '0.5' })).toEqual(E.right({ ...head, ...base, schema_version: '0.5' }))
  })

  it('source_image is a required key (nullable, no default), and a tagged source', () => {
    // A value that matches no branch is reported once, against the whole union.
    expect(errorsOf(SingleAlchemyParameters, { result_id: U1, form: 'caption' })).toEqual([
      'source_image: required, but missing (expected SourceImage | null)',
    ])
    expect(errorsOf(SingleAlchemyParameters, { result_id: U1, form: 'caption', source_image: 'aGVsbG8=' })).toEqual([
      'source_image: expected SourceImage | null, got "aGVsbG8="',
    ])
  })

  it('result_id and form are required strings', () => {
    expect(errorsOf(SingleAlchemyParameters, { source_image: null })).toEqual([
      'result_id: required, but missing (expected string)',
      'form: required, but missing (expected AlchemyForm)',
    ])
    expect(errorsOf(SingleAlchemyParameters, { result_id: 5, form: null, source_image: null })).toEqual([
      'result_id: expected string, got 5',
      'form: expected AlchemyForm, got null',
    ])
  })

  it('Upscale: form defaults to "post_process" and no other value is accepted; upscaler is required', () => {
    const base = { result_id: U1, source_image: null, upscaler: 'NMKD_Siax' }
    expect(UpscaleAlchemyParameters.decode(base)).toEqual(E.right({ ...head, ...base, form: 'post_process' }))
    expect(errorsOf(UpscaleAlchemyParameters, { ...base, form: 'caption' })).toEqual(['form: expected "post_process", got "caption"'])
    expect(errorsOf(UpscaleAlchemyParameters, { result_id: U1, source_image: null })).toEqual(['upscaler: required, but missing (expected Upscaler)'])
  })

  it('Annotation: form defaults to "annotation" and no other value is accepted; control_type is required', () => {
    const base = { result_id: U1, source_image: null, control_type: 'canny' }
    expect(AnnotationAlchemyParameters.decode(base)).toEqual(E.right({ ...head, ...base, form: 'annotation' }))
    expect(errorsOf(AnnotationAlchemyParameters, { ...base, form: 'post_process' })).toEqual(['form: expected "annotation", got "post_process"'])
  })

  it('Facefix: form is required (no literal, no default); codeformer_fidelity defaults to null, unbounded', () => {
    expect(errorsOf(FacefixAlchemyParameters, { result_id: U1, source_image: null, facefixer: 'GFPGAN' })).toEqual([
      'form: required, but missing (expected AlchemyForm)',
    ])
    const r = FacefixAlchemyParameters.decode({ result_id: U1, source_image: null, facefixer: 'GFPGAN', form: 'post_process' })
    expect(E.isRight(r) && r.right.codeformer_fidelity).toBeNull()
    const big = FacefixAlchemyParameters.decode({ result_id: U1, source_image: null, facefixer: 'GFPGAN', form: 'post_process', codeformer_fidelity: 7 })
    expect(E.isRight(big) && big.right.codeformer_fidelity).toBe(7)
  })

  it('drops unknown keys; the strict variants reject them', () => {
    expect(SingleAlchemyParameters.decode({ ...single, extra: 1 })).toEqual(E.right(single))
    expect(errorsOf(strict.SingleAlchemyParameters, { ...single, extra: 1 })).toEqual(['extra: unknown key "extra" (SingleAlchemyParameters has no such field)'])
    expect(errorsOf(strict.AlchemyParameters, { captions: [{ ...caption, extra: 1 }] })).toEqual([
      'captions[0].extra: unknown key "extra" (CaptionAlchemyParameters has no such field)',
    ])
    expect(E.isRight(strict.MiscAlchemyParameters.decode(annotation))).toBe(true)
    for (const codec of [
      strict.UpscaleAlchemyParameters,
      strict.FacefixAlchemyParameters,
      strict.InterrogateAlchemyParameters,
      strict.CaptionAlchemyParameters,
      strict.NSFWAlchemyParameters,
      strict.AnnotationAlchemyParameters,
    ] as Array<t.Decoder<unknown, unknown>>) {
      expect(E.isLeft(codec.decode({ ...upscale, ...facefix, ...interrogate, ...caption, ...nsfw, ...annotation, extra: 1 }))).toBe(true)
    }
  })
})

describe('allAlchemyOperations and alchemyOperationName', () => {
  it('concatenates in the fixed bucket order, not wire order, skipping null buckets', () => {
    const p: AlchemyParameters = {
      ...head,
      upscalers: [upscale],
      facefixers: null,
      interrogators: [interrogate],
      captions: [caption],
      nsfw_detectors: [nsfw],
      misc_post_processors: [annotation, single],
    }
    expect(allAlchemyOperations(p)).toEqual([upscale, interrogate, caption, nsfw, annotation, single])
    expect(allAlchemyOperations({ ...p, facefixers: [facefix] }).map(alchemyOperationName)).toEqual([
      '4x_AnimeSharp',
      'CodeFormers',
      'sentence-transformers/clip-ViT-L-14',
      'Salesforce/blip-image-captioning-base',
      'HORDE_SAFETY',
      'hough',
      'vectorize',
    ])
  })
})
