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

const U1 = '11111111-1111-4111-8111-111111111111'
const U2 = '22222222-2222-4222-8222-222222222222'
const NIL = '00000000-0000-0000-0000-000000000000'

const decoded = (u: unknown): TextGenerateJobPopResponse => {
  const r = TextGenerateJobPopResponse.decode(u)
  if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
  return r.right
}
const converted = (u: unknown): TextConversionResult => {
  const r = convertTextJobPopResponse(decoded(u))
  if (E.isLeft(r)) throw new Error(r.left.message)
  return r.right
}
const conversionErrorOf = (u: unknown): ConversionError | 'converted' => {
  const r = convertTextJobPopResponse(decoded(u))
  return E.isLeft(r) ? r.left : 'converted'
}
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

const job = (overrides: Record<string, unknown> = {}): unknown => ({ payload: { prompt: 'p' }, ids: [U1], model: 'm', ...overrides })
const noSkipped = {
  blacklist: null,
  bridge_version: null,
  kudos: null,
  models: null,
  nsfw: null,
  performance: null,
  untrusted: null,
  worker_id: null,
  max_context_length: null,
  max_length: null,
  matching_softprompt: null,
}
const dispatchOf = (generation_ids: Array<string>, ttl: number | null, reasons: Record<string, unknown> = noSkipped) => ({
  generation_ids,
  dispatch_source: 'AI_HORDE_API_OFFICIAL',
  ttl,
  inference_backend: 'IN_MODEL_NAME',
  requested_backend_constraints: 'ANY',
  no_valid_request_found_reasons: reasons,
  source_image_fallback_choice: 'ABANDON',
})
const nullBase = {
  schema_version: '1.0',
  underlying_generation_scheme: 'MODEL',
  model: 'm',
  model_baseline: null,
  prompt: 'p',
  soft_prompt: null,
  max_context_length: 2048,
  max_length: 80,
  stop_sequence: null,
  temperature: null,
  dynamic_temp_exponent: 1,
  dynamic_temp_range: 0,
  tfs: null,
  typical: null,
  sampler_order: null,
  smoothing_factor: 0,
  top_a: null,
  top_k: null,
  top_p: null,
  min_p: 0,
  rep_pen: null,
  rep_pen_range: null,
  rep_pen_slope: null,
}
const nullFormat = {
  schema_version: '1.0',
  underlying_generation_scheme: null,
  frmtadsnsp: null,
  frmtrmblln: null,
  frmtrmspch: null,
  frmttriminc: null,
  singleline: null,
}

describe('convertTextJobPopResponse: the SDK fixture (spec §7 row 1)', () => {
  it('converts to exactly these parameters', () => {
    expect(convertTextJobPopResponse(decoded(loadFixture('example__v2_generate_text_pop_post_200.json')))).toEqual(
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
          format_params: { ...nullFormat, frmtadsnsp: false, frmtrmblln: false, frmtrmspch: false, frmttriminc: false, singleline: false },
          result_ids: [NIL],
          use_default_bad_words_ids: true,
        },
        dispatch_parameters: dispatchOf([NIL], 0, {
          blacklist: 0,
          bridge_version: 0,
          kudos: 0,
          models: 0,
          nsfw: 0,
          performance: 0,
          untrusted: 0,
          worker_id: 0,
          max_context_length: 0,
          max_length: 0,
          matching_softprompt: 0,
        }),
        faults: [],
      }),
    )
  })
})

describe('convertTextJobPopResponse: field mapping (spec §4)', () => {
  it('materialises the payload defaults, max_context_length 2048 (reference: 1024), and sets format_params even when all null', () => {
    expect(converted(job())).toEqual({
      generation_parameters: {
        schema_version: '1.0',
        underlying_generation_scheme: null,
        base_params: nullBase,
        format_params: nullFormat,
        result_ids: [U1],
        use_default_bad_words_ids: null,
      },
      dispatch_parameters: dispatchOf([U1], null),
      faults: [],
    })
  })

  it('keeps an explicit null as null (spec §7 row 5)', () => {
    const r = converted(job({ payload: { prompt: 'p', dynatemp_exponent: null, max_length: null, min_p: null } }))
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
    const r = converted(job({ payload, softprompt: 'sp', model: 'koboldcpp/x' }))
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
    expect(r.generation_parameters.format_params).toEqual({ ...nullFormat, frmtadsnsp: true, singleline: false })
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
    const r = converted(job({ ids: ['AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'] }))
    expect(r.generation_parameters.result_ids).toEqual(['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'])
    expect(r.dispatch_parameters.generation_ids).toEqual(r.generation_parameters.result_ids)
  })

  it('passes a negative ttl through unchanged', () => {
    expect(converted(job({ ttl: -1 })).dispatch_parameters.ttl).toBe(-1)
  })
})

describe('convertTextJobPopResponse: the dispatch half', () => {
  const pop = job({ skipped: { models: 2, kudos: -4, max_length: 1, future_reason: 7 }, ttl: 120 })

  it('carries every skipped count, unknown ones included (reference dump: drops the Kobold counts)', () => {
    expect(converted(pop).dispatch_parameters).toEqual(dispatchOf([U1], 120, { ...noSkipped, models: 2, kudos: -4, max_length: 1, future_reason: 7 }))
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
    ['the fixture', loadFixture('example__v2_generate_text_pop_post_200.json')],
    ['the minimal job', job()],
    ['a job at the widened bounds', job({ payload: { prompt: 'p', top_k: 200, max_length: 4096, max_context_length: 1_048_576 } })],
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
    const pop = deepFreeze(decoded(job({ id: '', skipped: { models: 1 } })))
    const snapshot = JSON.stringify(pop)
    expect(convertTextJobPopResponse(pop)).toEqual(convertTextJobPopResponse(pop))
    expect(JSON.stringify(pop)).toBe(snapshot)
  })

  it('shares no mutable array with the pop', () => {
    const pop = decoded(job({ payload: { prompt: 'p', stop_sequence: ['\n'] } }))
    const r = converted(pop)
    expect(r.generation_parameters.result_ids).not.toBe(pop.ids)
    expect(r.generation_parameters.base_params.stop_sequence).not.toBe(pop.payload.stop_sequence)
  })
})

describe('convertTextJobPopResponse: failures (spec §4.3), one tag each', () => {
  it('NoJob for the server no-job shape (spec §5, §7 row 2), before anything else', () => {
    const noJob = JSON.parse(
      '{"payload":{"min_p":0.0,"smoothing_factor":0.0,"dynatemp_range":0.0,"dynatemp_exponent":1.0,"max_context_length":2048,"max_length":80},"id":null,"ids":[],"messages":[],"ttl":null,"extra_source_images":null,"skipped":{"models":4,"max_context_length":2},"softprompt":null,"model":null}',
    )
    expect(hasTextJob(decoded(noJob))).toBe(false)
    // Reference: two validation errors (model and prompt). Here NoJob comes first, so a missing prompt is not reported.
    expect(conversionErrorOf(noJob)).toEqual({ _tag: 'NoJob', message: 'The pop names no model: the server had no job for this worker' })
  })

  it('NoJob (not MissingModel) for a null model, even with ids', () => {
    expect(conversionErrorOf(job({ model: null }))).toEqual({ _tag: 'NoJob', message: 'The pop names no model: the server had no job for this worker' })
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
    expect(conversionErrorOf(job({ payload: {} }))).toEqual(missing)
    expect(conversionErrorOf(job({ payload: { prompt: null } }))).toEqual(missing)
    expect(converted(job({ payload: { prompt: '' } })).generation_parameters.base_params.prompt).toBe('')
  })

  it('InvalidGenerationParameters for a hand-built pop outside the bounds', () => {
    const pop = decoded(job())
    const r = convertTextJobPopResponse({ ...pop, payload: { ...pop.payload, top_k: 500, temperature: -1 } })
    expect(E.isLeft(r) && r.left._tag).toBe('InvalidGenerationParameters')
    expect(E.isLeft(r) && r.left._tag === 'InvalidGenerationParameters' && [r.left.message, ...formatErrors(r.left.errors)]).toEqual([
      'The pop does not make valid text-generation parameters',
      'base_params.temperature: expected number in [0, 5] | null, got -1',
      'base_params.top_k: expected integer in [0, 200] | null, got 500',
    ])
  })

  it('InvalidGenerationParameters when an unknown skipped key breaks the dispatch rule for that count', () => {
    // `max_pixels` is unknown to the Kobold shape (kept as it came), but the dispatch skipped object holds it to >= 0.
    const r = convertTextJobPopResponse(decoded(job({ skipped: { max_pixels: -1 } })))
    expect(E.isLeft(r) && r.left._tag === 'InvalidGenerationParameters' && [r.left.message, ...formatErrors(r.left.errors)]).toEqual([
      'The pop does not make valid dispatch parameters',
      'no_valid_request_found_reasons.max_pixels: expected integer >= 0, got -1',
    ])
  })
})

describe('decodeAndConvertTextJobPop', () => {
  it('decodes then converts', () => {
    expect(decodeAndConvertTextJobPop(job())).toEqual(E.right(converted(job())))
  })

  it('reports a decode error or a conversion error', () => {
    const bad = decodeAndConvertTextJobPop(job({ ids: ['abc'], ttl: '30' }))
    expect(E.isLeft(bad) && bad.left._tag).toBe('DecodeError')
    expect(E.isLeft(bad) && formatJobError(bad.left)).toEqual(['ids[0]: expected GenerationID, got "abc"', 'ttl: expected integer | null, got "30"'])
    const noJob = decodeAndConvertTextJobPop({ payload: {}, ids: [] })
    expect(E.isLeft(noJob) && formatJobError(noJob.left)).toEqual(['NoJob: The pop names no model: the server had no job for this worker'])
  })
})

describe('hasTextJob (types)', () => {
  it('is true iff a model is named and ids is not empty', () => {
    expect(hasTextJob(decoded(job()))).toBe(true)
    expect(hasTextJob(decoded(job({ model: '' })))).toBe(true)
    expect(hasTextJob(decoded(job({ model: null })))).toBe(false)
    expect(hasTextJob(decoded({ payload: {}, id: U1, ids: [], model: null }))).toBe(false)
  })

  it('narrows model to string, so consumers need no null check', () => {
    const pop = decoded(job())
    // @ts-expect-error before narrowing, model may be null
    const unchecked: string = pop.model
    expect(unchecked).toBe('m')
    const summarise = (p: TextGenerateJobPopResponse): string => (hasTextJob(p) ? `job for ${p.model.toUpperCase()}` : 'no job')
    expect(summarise(pop)).toBe('job for M')
    const asJob: TextJobPop | null = hasTextJob(pop) ? pop : null
    expect(asJob?.model).toBe('m')
  })
})
