import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import {
  BasicTextGenerationFormatParameters,
  BasicTextGenerationParameters,
  FormatFeatureFlags,
  FormatImplementationStandard,
  formatErrors,
  KoboldAITextGenerationParameters,
  strict,
  TextGenerationParameters,
} from '../../../src'
import { noFormatFlags, U1, unsetBaseParams } from '../../textFixtures'


const errorsOf = (r: t.Validation<unknown>): Array<string> | 'decoded' => (E.isLeft(r) ? formatErrors(r.left) : 'decoded')

/** Encode, then decode again: a full io-ts codec gives back what it encoded. */
const roundTrips = <A, O>(codec: t.Type<A, O, unknown>, a: A): void => {
  expect(codec.decode(JSON.parse(JSON.stringify(codec.encode(a))))).toEqual(E.right(a))
}

const basicDefaults: BasicTextGenerationParameters = unsetBaseParams
const formatDefaults: BasicTextGenerationFormatParameters = noFormatFlags

describe('BasicTextGenerationParameters', () => {
  it('requires model and prompt ("" is a value) and defaults everything else to null', () => {
    expect(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p' })).toEqual(E.right(basicDefaults))
    expect(BasicTextGenerationParameters.decode({ model: '', prompt: '' })).toEqual(E.right({ ...basicDefaults, model: '', prompt: '' }))
    expect(errorsOf(BasicTextGenerationParameters.decode({ model: null }))).toEqual([
      'model: expected string, got null',
      'prompt: required, but missing (expected string)',
    ])
  })

  it('encodes every field, in the reference dump order', () => {
    const a = { ...basicDefaults, temperature: 0.7, stop_sequence: ['\n'] }
    expect(Object.keys(BasicTextGenerationParameters.encode(a))).toEqual(Object.keys(basicDefaults))
    expect(BasicTextGenerationParameters.encode(a)).toEqual(a)
  })

  it('has the same (widened) bounds as the pop payload', () => {
    // Reference: top_k <= 100, max_length <= 1024, max_context_length <= 32000.
    const wide = { model: 'm', prompt: 'p', top_k: 200, max_length: 4096, max_context_length: 1_048_576 }
    expect(BasicTextGenerationParameters.decode(wide)).toEqual(E.right({ ...basicDefaults, ...wide }))
    expect(errorsOf(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', top_k: 201, max_context_length: 79, top_p: 0 }))).toEqual([
      'max_context_length: expected integer in [80, 1048576] | null, got 79',
      'top_k: expected integer in [0, 200] | null, got 201',
      'top_p: expected number in [0.001, 1] | null, got 0',
    ])
  })

  it('holds the scheme to MODEL-or-another-member, never null', () => {
    expect(errorsOf(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', underlying_generation_scheme: null }))).toEqual([
      'underlying_generation_scheme: expected UnderlyingGenerationScheme, got null',
    ])
    expect(errorsOf(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', underlying_generation_scheme: 'model' }))).toEqual([
      'underlying_generation_scheme: expected UnderlyingGenerationScheme, got "model"',
    ])
  })

  it('turns an empty or null schema_version into "1.0" and keeps any other', () => {
    expect(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', schema_version: '' })).toEqual(E.right(basicDefaults))
    expect(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', schema_version: null })).toEqual(E.right(basicDefaults))
    expect(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', schema_version: '2.1' })).toEqual(E.right({ ...basicDefaults, schema_version: '2.1' }))
  })

  it('drops unknown keys (reference: kept, frozen SDK config); strict rejects them', () => {
    expect(BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', n: 3 })).toEqual(E.right(basicDefaults))
    expect(errorsOf(strict.BasicTextGenerationParameters.decode({ model: 'm', prompt: 'p', n: 3 }))).toEqual([
      'n: unknown key "n" (BasicTextGenerationParameters has no such field)',
    ])
  })

  it('round-trips', () => {
    roundTrips(BasicTextGenerationParameters, basicDefaults)
    roundTrips(BasicTextGenerationParameters, {
      ...basicDefaults,
      model_baseline: 'llama',
      soft_prompt: '',
      max_context_length: 4096,
      max_length: 512,
      stop_sequence: ['', '\n\n'],
      temperature: 0,
      dynamic_temp_exponent: 1,
      dynamic_temp_range: 0.5,
      tfs: 1,
      typical: 0.2,
      sampler_order: [6, 0, 1, -3],
      smoothing_factor: 10,
      top_a: 0,
      top_k: 0,
      top_p: 0.001,
      min_p: 0.05,
      rep_pen: 3,
      rep_pen_range: 4096,
      rep_pen_slope: 0.7,
    })
  })
})

describe('BasicTextGenerationFormatParameters', () => {
  it('defaults every flag to null, drops unknown keys and round-trips', () => {
    expect(BasicTextGenerationFormatParameters.decode({ extra: true })).toEqual(E.right(formatDefaults))
    expect(errorsOf(BasicTextGenerationFormatParameters.decode({ singleline: 1 }))).toEqual(['singleline: expected boolean | null, got 1'])
    roundTrips(BasicTextGenerationFormatParameters, formatDefaults)
    roundTrips(BasicTextGenerationFormatParameters, {
      ...formatDefaults,
      underlying_generation_scheme: 'NON_MODEL_ALGORITHM' as const,
      frmtadsnsp: true,
      frmtrmblln: false,
      frmtrmspch: true,
      frmttriminc: false,
      singleline: true,
    })
  })
})

describe('KoboldAITextGenerationParameters', () => {
  const full: KoboldAITextGenerationParameters = {
    schema_version: '1.0',
    underlying_generation_scheme: null,
    base_params: { ...basicDefaults, max_length: 80 },
    format_params: { ...formatDefaults, singleline: true },
    result_ids: [U1, 'local-result-1'],
    use_default_bad_words_ids: true,
  }

  it('requires base_params and result_ids, defaults the rest', () => {
    expect(KoboldAITextGenerationParameters.decode({ base_params: { model: 'm', prompt: 'p' }, result_ids: [] })).toEqual(
      E.right({
        schema_version: '1.0',
        underlying_generation_scheme: null,
        base_params: basicDefaults,
        format_params: null,
        result_ids: [],
        use_default_bad_words_ids: null,
      }),
    )
    expect(errorsOf(KoboldAITextGenerationParameters.decode({ base_params: { model: 'm' } }))).toEqual([
      'base_params.prompt: required, but missing (expected string)',
      'result_ids: required, but missing (expected Array<string>)',
    ])
  })

  it('encodes to exactly this JSON, and round-trips', () => {
    expect(JSON.stringify(KoboldAITextGenerationParameters.encode(full))).toBe(
      '{"schema_version":"1.0","underlying_generation_scheme":null,"base_params":{"schema_version":"1.0","underlying_generation_scheme":"MODEL","model":"m","model_baseline":null,"prompt":"p","soft_prompt":null,"max_context_length":null,"max_length":80,"stop_sequence":null,"temperature":null,"dynamic_temp_exponent":null,"dynamic_temp_range":null,"tfs":null,"typical":null,"sampler_order":null,"smoothing_factor":null,"top_a":null,"top_k":null,"top_p":null,"min_p":null,"rep_pen":null,"rep_pen_range":null,"rep_pen_slope":null},"format_params":{"schema_version":"1.0","underlying_generation_scheme":null,"frmtadsnsp":null,"frmtrmblln":null,"frmtrmspch":null,"frmttriminc":null,"singleline":true},"result_ids":["11111111-1111-4111-8111-111111111111","local-result-1"],"use_default_bad_words_ids":true}',
    )
    roundTrips(KoboldAITextGenerationParameters, full)
    roundTrips(KoboldAITextGenerationParameters, { ...full, format_params: null, result_ids: [], use_default_bad_words_ids: null })
  })

  it('drops unknown keys at every level; strict rejects them with their paths', () => {
    const extras = { ...full, n: 1, base_params: { ...full.base_params, seed: 4 } }
    expect(KoboldAITextGenerationParameters.decode(extras)).toEqual(E.right(full))
    expect(errorsOf(strict.KoboldAITextGenerationParameters.decode(extras))).toEqual([
      'base_params.seed: unknown key "seed" (BasicTextGenerationParameters has no such field)',
      'n: unknown key "n" (KoboldAITextGenerationParameters has no such field)',
    ])
  })

  it('is a TextGenerationParameters plus use_default_bad_words_ids', () => {
    const { use_default_bad_words_ids: _, ...rest } = full
    expect(TextGenerationParameters.decode(full)).toEqual(E.right(rest))
    roundTrips(TextGenerationParameters, rest)
  })

  it('make fills in defaults for producers, and demands the required fields at compile time', () => {
    expect(KoboldAITextGenerationParameters.make({ base_params: full.base_params, result_ids: [U1] })).toEqual(
      E.right({ ...full, format_params: null, result_ids: [U1], use_default_bad_words_ids: null }),
    )
    // @ts-expect-error result_ids is required
    expect(E.isLeft(KoboldAITextGenerationParameters.make({ base_params: full.base_params }))).toBe(true)
    // @ts-expect-error base_params must be complete decoded BasicTextGenerationParameters (here `prompt` is missing)
    expect(E.isLeft(KoboldAITextGenerationParameters.make({ base_params: { model: 'm' }, result_ids: [] }))).toBe(true)
    // @ts-expect-error the scheme is a closed enum
    expect(E.isLeft(BasicTextGenerationParameters.make({ model: 'm', prompt: 'p', underlying_generation_scheme: 'OTHER' }))).toBe(true)
  })
})

describe('FormatImplementationStandard and FormatFeatureFlags', () => {
  it('is a closed enum', () => {
    expect(FormatImplementationStandard.decode('KOBOLD_AI')).toEqual(E.right('KOBOLD_AI'))
    expect(errorsOf(FormatImplementationStandard.decode('OPENAI'))).toEqual(['(root): expected FormatImplementationStandard, got "OPENAI"'])
  })

  it('defaults every feature flag to false, and round-trips', () => {
    const none = {
      extra_texts: false,
      extra_source_images: false,
      format_implementation_standard: null,
      leading_space_to_input_when_missing: false,
      remove_consecutive_newlines: false,
      remove_special_characters: false,
      remove_end_of_sentence: false,
      remove_after_first_line: false,
    }
    expect(FormatFeatureFlags.decode({})).toEqual(E.right(none))
    expect(errorsOf(FormatFeatureFlags.decode({ remove_after_first_line: null }))).toEqual(['remove_after_first_line: expected boolean, got null'])
    roundTrips(FormatFeatureFlags, { ...none, format_implementation_standard: 'KOBOLD_AI' as const, remove_end_of_sentence: true })
  })
})
