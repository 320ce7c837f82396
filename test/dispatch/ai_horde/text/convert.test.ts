import * as E from 'fp-ts/Either'
import {
  AIHordeDispatchParameters,
  convertTextJobPopResponse,
  decodeAndConvertTextJobPop,
  formatErrors,
  formatJobError,
  hasTextJob,
  KoboldAITextGenerationParameters,
  TextGenerateJobPopResponse,
  type ConversionError,
  type TextConversionResult,
  type TextJobPop,
} from '../../../../src'
import { loadFixture } from '../../../fixtures'
import { decodedPop, fixtureSkippedCounts, minimalJob, NIL, noFormatFlags, noSkippedCounts, SERVER_NO_JOB, TEXT_POP_FIXTURE, U1, U2, unsetBaseParams } from '../../../textFixtures'

const converted = (u: unknown): TextConversionResult => {
  const r = convertTextJobPopResponse(decodedPop(u))
  if (E.isLeft(r)) throw new Error(r.left.message)
  return r.right
}
const conversionErrorOf = (u: unknown): ConversionError | 'converted' => {
  const r = convertTextJobPopResponse(decodedPop(u))
  return E.isLeft(r) ? r.left : 'converted'
}
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

const dispatchOf = (generation_ids: Array<string>, ttl: number | null, reasons: Record<string, unknown> = noSkippedCounts) => ({
  generation_ids,
  dispatch_source: 'AI_HORDE_API_OFFICIAL',
  ttl,
  inference_backend: 'IN_MODEL_NAME',
  requested_backend_constraints: 'ANY',
  no_valid_request_found_reasons: reasons,
  source_image_fallback_choice: 'ABANDON',
})
/** The base parameters of the minimal job: the payload's defaults, materialised. */
const nullBase = {
  ...unsetBaseParams,
  max_context_length: 2048,
  max_length: 80,
  dynamic_temp_exponent: 1,
  dynamic_temp_range: 0,
  smoothing_factor: 0,
  min_p: 0,
}

describe('convertTextJobPopResponse: the SDK fixture (spec §7 row 1)', () => {
  it('converts to exactly these parameters', () => {
    expect(convertTextJobPopResponse(decodedPop(loadFixture(TEXT_POP_FIXTURE)))).toEqual(
      E.right({
        generation_parameters: {
          schema_version: '1.0',
          underlying_generation_scheme: null,
          base_params: {
            schema_version: '1.0',
            underlying_generation_scheme: 'MODEL',
            model: '',
            model_baseline: null,
            prompt: '',
            soft_prompt: '',
            max_context_length: 2048,
            max_length: 80,
            stop_sequence: [''],
            temperature: 0,
            dynamic_temp_exponent: 1,
            dynamic_temp_range: 0,
            tfs: 0,
            typical: 0,
            sampler_order: [0],
            smoothing_factor: 0,
            top_a: 0,
            top_k: 0,
            top_p: 0.001,
            min_p: 0,
            rep_pen: 1,
            rep_pen_range: 0,
            rep_pen_slope: 0,
          },
          format_params: { ...noFormatFlags, frmtadsnsp: false, frmtrmblln: false, frmtrmspch: false, frmttriminc: false, singleline: false },
          result_ids: [NIL],
          use_default_bad_words_ids: true,
        },
        dispatch_parameters: dispatchOf([NIL], 0, fixtureSkippedCounts),
        faults: [],
      }),
    )
  })
})

describe('convertTextJobPopResponse: field mapping (spec §4)', () => {
  it('materialises the payload defaults, max_context_length 2048 (reference: 1024), and sets format_params even when all null', () => {
    expect(converted(minimalJob())).toEqual({
      generation_parameters: {
        schema_version: '1.0',
        underlying_generation_scheme: null,
        base_params: nullBase,
        format_params: noFormatFlags,
        result_ids: [U1],
        use_default_bad_words_ids: null,
      },
      dispatch_parameters: dispatchOf([U1], null),
      faults: [],
    })
  })

  it('keeps an explicit null as null (spec §7 row 5)', () => {
    const r = converted(minimalJob({ payload: { prompt: 'p', dynatemp_exponent: null, max_length: null, min_p: null } }))
    expect(r.generation_parameters.base_params).toEqual({ ...nullBase, dynamic_temp_exponent: null, max_length: null, min_p: null })
  })

  it('renames the payload fields to their parameter names', () => {
    const payload = {
      prompt: 'Once',
      dynatemp_exponent: 2,
      dynatemp_range: 0.5,
      use_default_badwordsids: false,
      frmtadsnsp: true,
      singleline: false,
      top_k: 150,
      max_length: 4096,
      max_context_length: 65536,
      rep_pen_range: 64,
      stop_sequence: ['\n'],
    }
    const r = converted(minimalJob({ payload, softprompt: 'sp', model: 'koboldcpp/x' }))
    expect(r.generation_parameters.base_params).toEqual({
      ...nullBase,
      model: 'koboldcpp/x',
      prompt: 'Once',
      soft_prompt: 'sp',
      dynamic_temp_exponent: 2,
      dynamic_temp_range: 0.5,
      top_k: 150,
      max_length: 4096,
      max_context_length: 65536,
      rep_pen_range: 64,
      stop_sequence: ['\n'],
    })
    expect(r.generation_parameters.format_params).toEqual({ ...noFormatFlags, frmtadsnsp: true, singleline: false })
    expect(r.generation_parameters.use_default_bad_words_ids).toBe(false)
  })

  it('takes the IDs from ids only, in order, duplicates kept; drops n, id, messages, extra images and unknown keys (spec §7 row 10)', () => {
    const r = converted({
      payload: { prompt: 'p', n: 3, mirostat: 2 },
      ids: [U1, U2, U1],
      id: U2,
      model: 'm',
      ttl: 30,
      messages: [{ message: 'hi' }],
      extra_source_images: [{ image: 'a' }],
      traceparent: 'x',
    })
    expect(r.generation_parameters.result_ids).toEqual([U1, U2, U1])
    expect(r.dispatch_parameters.generation_ids).toEqual([U1, U2, U1])
    expect(r.dispatch_parameters.ttl).toBe(30)
    expect(r.generation_parameters.base_params).toEqual(nullBase)
    expect(r.generation_parameters).not.toHaveProperty('n')
  })

  it('emits lowercase canonical IDs, digits unchanged (spec §7 row 8)', () => {
    const r = converted(minimalJob({ ids: ['AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'] }))
    expect(r.generation_parameters.result_ids).toEqual(['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'])
    expect(r.dispatch_parameters.generation_ids).toEqual(r.generation_parameters.result_ids)
  })

  it('passes a negative ttl through unchanged', () => {
    expect(converted(minimalJob({ ttl: -1 })).dispatch_parameters.ttl).toBe(-1)
  })
})

describe('convertTextJobPopResponse: the dispatch half', () => {
  const pop = minimalJob({ skipped: { models: 2, kudos: -4, max_length: 1, future_reason: 7 }, ttl: 120 })

  it('carries every skipped count, unknown ones included (reference dump: drops the Kobold counts)', () => {
    expect(converted(pop).dispatch_parameters).toEqual(dispatchOf([U1], 120, { ...noSkippedCounts, models: 2, kudos: -4, max_length: 1, future_reason: 7 }))
  })

  it('encodes and decodes through AIHordeDispatchParameters unchanged', () => {
    const dispatch = converted(pop).dispatch_parameters
    const wire = JSON.parse(JSON.stringify(AIHordeDispatchParameters.encode(dispatch)))
    expect(wire.no_valid_request_found_reasons.future_reason).toBe(7)
    expect(AIHordeDispatchParameters.decode(wire)).toEqual(E.right(dispatch))
  })
})

describe('convertTextJobPopResponse: the generation half is valid under its own codec', () => {
  it.each([
    ['the fixture', loadFixture(TEXT_POP_FIXTURE)],
    ['the minimal job', minimalJob()],
    ['a job at the widened bounds', minimalJob({ payload: { prompt: 'p', top_k: 200, max_length: 4096, max_context_length: 1_048_576 } })],
  ])('%s round-trips through KoboldAITextGenerationParameters', (_, pop) => {
    const { generation_parameters } = converted(pop)
    expect(KoboldAITextGenerationParameters.decode(KoboldAITextGenerationParameters.encode(generation_parameters))).toEqual(E.right(generation_parameters))
    expect(KoboldAITextGenerationParameters.decode(JSON.parse(JSON.stringify(KoboldAITextGenerationParameters.encode(generation_parameters))))).toEqual(
      E.right(generation_parameters),
    )
  })
})

describe('convertTextJobPopResponse: purity', () => {
  it('gives equal results for equal input, and does not touch the pop', () => {
    const pop = deepFreeze(decodedPop(minimalJob({ id: '', skipped: { models: 1 } })))
    const snapshot = JSON.stringify(pop)
    expect(convertTextJobPopResponse(pop)).toEqual(convertTextJobPopResponse(pop))
    expect(JSON.stringify(pop)).toBe(snapshot)
  })

  it('shares no mutable array with the pop', () => {
    const pop = decodedPop(minimalJob({ payload: { prompt: 'p', stop_sequence: ['\n'] } }))
    const r = converted(pop)
    expect(r.generation_parameters.result_ids).not.toBe(pop.ids)
    expect(r.generation_parameters.base_params.stop_sequence).not.toBe(pop.payload.stop_sequence)
  })
})

describe('convertTextJobPopResponse: failures (spec §4.3), one tag each', () => {
  it('NoJob for the server no-job shape (spec §5, §7 row 2), before anything else', () => {
    const noJob = JSON.parse(SERVER_NO_JOB)
    expect(hasTextJob(decodedPop(noJob))).toBe(false)
    // Reference: two validation errors (model and prompt). Here NoJob comes first, so a missing prompt is not reported.
    expect(conversionErrorOf(noJob)).toEqual({ _tag: 'NoJob', message: 'The pop names no model: the server had no job for this worker' })
  })

  it('NoJob (not MissingModel) for a null model, even with ids', () => {
    expect(conversionErrorOf(minimalJob({ model: null }))).toEqual({ _tag: 'NoJob', message: 'The pop names no model: the server had no job for this worker' })
  })

  it('NoJob for the legacy single-ID form (spec §7 row 4)', () => {
    // Reference: converts without error to empty result_ids and generation_ids, a job no result can answer.
    expect(conversionErrorOf({ payload: { prompt: 'hi' }, id: U1, ids: [], model: 'm' })).toEqual({
      _tag: 'NoJob',
      message: 'The pop names a model but lists no generation IDs',
    })
  })

  it('MissingPrompt when the job has no prompt; "" is a prompt', () => {
    const missing = { _tag: 'MissingPrompt', message: 'The job has no prompt (payload.prompt is null or absent)' }
    expect(conversionErrorOf(minimalJob({ payload: {} }))).toEqual(missing)
    expect(conversionErrorOf(minimalJob({ payload: { prompt: null } }))).toEqual(missing)
    expect(converted(minimalJob({ payload: { prompt: '' } })).generation_parameters.base_params.prompt).toBe('')
  })

  it('InvalidGenerationParameters for a hand-built pop outside the bounds', () => {
    const pop = decodedPop(minimalJob())
    const r = convertTextJobPopResponse({ ...pop, payload: { ...pop.payload, top_k: 500, temperature: -1 } })
    expect(E.isLeft(r) && r.left._tag).toBe('InvalidGenerationParameters')
    expect(E.isLeft(r) && r.left._tag === 'InvalidGenerationParameters' && [r.left.message, ...formatErrors(r.left.errors)]).toEqual([
      'The pop does not make valid text-generation parameters',
      'base_params.temperature: expected number in [0, 5] | null, got -1',
      'base_params.top_k: expected integer in [0, 200] | null, got 500',
    ])
  })

  it('InvalidDispatchParameters when an unknown skipped key breaks the dispatch rule for that count', () => {
    // `max_pixels` is unknown to the Kobold shape (kept as it came), but the dispatch skipped object holds it to >= 0.
    const r = convertTextJobPopResponse(decodedPop(minimalJob({ skipped: { max_pixels: -1 } })))
    expect(E.isLeft(r) && r.left._tag === 'InvalidDispatchParameters' && [r.left.message, ...formatErrors(r.left.errors)]).toEqual([
      'The pop does not make valid dispatch parameters',
      'no_valid_request_found_reasons.max_pixels: expected integer >= 0, got -1',
    ])
  })
})

describe('decodeAndConvertTextJobPop', () => {
  it('decodes then converts', () => {
    expect(decodeAndConvertTextJobPop(minimalJob())).toEqual(E.right(converted(minimalJob())))
  })

  it('reports a decode error or a conversion error', () => {
    const bad = decodeAndConvertTextJobPop(minimalJob({ ids: ['abc'], ttl: '30' }))
    expect(E.isLeft(bad) && bad.left._tag).toBe('DecodeError')
    expect(E.isLeft(bad) && formatJobError(bad.left)).toEqual(['ids[0]: expected GenerationID, got "abc"', 'ttl: expected integer | null, got "30"'])
    const noJob = decodeAndConvertTextJobPop({ payload: {}, ids: [] })
    expect(E.isLeft(noJob) && formatJobError(noJob.left)).toEqual(['NoJob: The pop names no model: the server had no job for this worker'])
  })
})

describe('hasTextJob (types)', () => {
  it('is true iff a model is named and ids is not empty', () => {
    expect(hasTextJob(decodedPop(minimalJob()))).toBe(true)
    expect(hasTextJob(decodedPop(minimalJob({ model: '' })))).toBe(true)
    expect(hasTextJob(decodedPop(minimalJob({ model: null })))).toBe(false)
    expect(hasTextJob(decodedPop({ payload: {}, id: U1, ids: [], model: null }))).toBe(false)
  })

  it('narrows model to string, so consumers need no null check', () => {
    const pop = decodedPop(minimalJob())
    // @ts-expect-error before narrowing, model may be null
    const unchecked: string = pop.model
    expect(unchecked).toBe('m')
    const summarise = (p: TextGenerateJobPopResponse): string => (hasTextJob(p) ? `job for ${p.model.toUpperCase()}` : 'no job')
    expect(summarise(pop)).toBe('job for M')
    const asJob: TextJobPop | null = hasTextJob(pop) ? pop : null
    expect(asJob?.model).toBe('m')
  })
})
