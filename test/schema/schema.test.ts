/**
 * The derived JSON Schemas, checked against the codecs with a real validator (ajv, draft 2020-12):
 * whatever a codec decodes, its schema accepts; and, for every model whose schema says all the
 * codec checks (no `$comment` naming a rule left to the decoder), whatever the codec rejects, the
 * schema rejects too.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import type { ValidateFunction } from 'ajv'
import * as t from 'io-ts'
import {
  AIHordeDispatchParameters,
  AIHordeR2DispatchParameters,
  boundedNumber,
  defaulted,
  emptyAs,
  GenerationID,
  integer,
  keyedRecord,
  model,
  nullable,
  openEnum,
  optional,
  strict,
  toJsonSchema,
  type JsonSchema,
} from '../../src'
import { fixturesDir, loadFixture } from '../fixtures'
import { writeSchemas } from '../../scripts/build-schemas'
import { exportedModels, type NamedModel } from './models'
import { mutations, subValues, type Json } from './mutations'

// Strict mode catches unknown keywords and malformed schemas. `strictRequired` is off: it is a lint
// (a `required` key with no `properties` beside it), and the alias conditions are such subschemas.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true })

const compiled = new Map<t.Mixed, ValidateFunction>()
const validatorOf = (codec: t.Mixed): ValidateFunction => {
  let v = compiled.get(codec)
  if (v === undefined) {
    v = ajv.compile(toJsonSchema(codec))
    compiled.set(codec, v)
  }
  return v
}

/** A schema is exact when it names nothing it leaves to the decoder. */
const isExact = (schema: JsonSchema): boolean => !JSON.stringify(schema).includes('"$comment"')

const decodes = (codec: t.Mixed, u: unknown): boolean => codec.decode(u)._tag === 'Right'

interface Mismatch {
  readonly model: string
  readonly value: unknown
  readonly decoded: boolean
  readonly schema: boolean
}

/** Checks one value: soundness always, exactness where the schema claims it. */
const check = (m: NamedModel, value: unknown, exact: boolean, mismatches: Array<Mismatch>) => {
  const decoded = decodes(m.codec, value)
  const accepted = validatorOf(m.codec)(value) === true
  if ((decoded && !accepted) || (exact && !decoded && accepted)) mismatches.push({ model: `${m.strict ? 'strict.' : ''}${m.name}`, value, decoded, schema: accepted })
}

const fixtureNames = readdirSync(fixturesDir).filter((f) => f.endsWith('.json'))
const fixtureValues: Array<Json> = fixtureNames.flatMap((f) => subValues(loadFixture(f) as Json))

/** Mutations of a value, made once however many models accept it. */
const mutationCache = new Map<Json, Array<Json>>()
const mutationsOf = (v: Json): Array<Json> => {
  let m = mutationCache.get(v)
  if (m === undefined) {
    m = mutations(v)
    mutationCache.set(v, m)
  }
  return m
}

const U1 = '6F2D5A1C-8E4B-4C1A-9D3E-2B7F0A1C5E9D'
const U2 = '{0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}'

/** Dispatch payloads the codecs accept. */
const validDispatch: ReadonlyArray<Json> = [
  { generation_ids: [], no_valid_request_found_reasons: {} },
  { generation_ids: [U1], no_valid_request_found_reasons: {}, r2_upload_url_map: {} },
  {
    generation_ids: [U1, U2],
    dispatch_source: 'AI_HORDE_API_OFFICIAL',
    ttl: 150,
    inference_backend: 'COMFYUI',
    requested_backend_constraints: 'SPECIFIED',
    no_valid_request_found_reasons: { models: 3, max_pixels: 1, kudos: -5, some_future_reason: 2 },
    source_image_fallback_choice: 'TXT2IMG_FALLBACK',
    r2_upload_url_map: { '6f2d5a1c8e4b4c1a9d3e2b7f0a1c5e9d': 'https://r2.example/upload/1', [U2]: 'https://r2.example/upload/2' },
    a_key_the_model_does_not_know: true,
  },
  { generation_ids: [`urn:uuid:${U1.toLowerCase()}`], ttl: null, inference_backend: null, dispatch_source: 'a future source', no_valid_request_found_reasons: { models: null } },
]

/** Dispatch payloads the codecs reject, each for a rule a schema can state. */
const invalidDispatch: ReadonlyArray<readonly [string, Json]> = [
  ['a generation ID that is no UUID', { generation_ids: ['abc'], no_valid_request_found_reasons: {} }],
  ['an upper-case URN prefix', { generation_ids: [`URN:uuid:${U1}`], no_valid_request_found_reasons: {} }],
  ['a generation ID with spaces', { generation_ids: [` ${U1}`], no_valid_request_found_reasons: {} }],
  ['a missing required key', { no_valid_request_found_reasons: {} }],
  ['a ttl as a string', { generation_ids: [], ttl: '30', no_valid_request_found_reasons: {} }],
  ['a fractional ttl', { generation_ids: [], ttl: 1.5, no_valid_request_found_reasons: {} }],
  ['null for a defaulted, non-nullable key', { generation_ids: [], dispatch_source: null, no_valid_request_found_reasons: {} }],
  ['an open enum given a number', { generation_ids: [], requested_backend_constraints: 3, no_valid_request_found_reasons: {} }],
  ['a negative count', { generation_ids: [], no_valid_request_found_reasons: { models: -1 } }],
  ['a null count that is never null', { generation_ids: [], no_valid_request_found_reasons: { max_pixels: null } }],
  ['not an object', [] as Json],
]

const invalidR2: ReadonlyArray<readonly [string, Json]> = [
  ['an upload map keyed by something else than a GenerationID', { generation_ids: [U1], no_valid_request_found_reasons: {}, r2_upload_url_map: { abc: 'u' } }],
  ['an upload URL that is not a string', { generation_ids: [U1], no_valid_request_found_reasons: {}, r2_upload_url_map: { [U1]: 1 } }],
  ['a missing upload map', { generation_ids: [U1], no_valid_request_found_reasons: {} }],
]

describe('toJsonSchema: every model', () => {
  const models = exportedModels()

  it('finds the models of the index', () => {
    expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(['AIHordeDispatchParameters', 'AIHordeR2DispatchParameters', 'NoValidRequestFound']))
  })

  it.each(models.map((m) => [`${m.strict ? 'strict.' : ''}${m.name}`, m] as const))('%s: compiles under ajv strict mode, draft 2020-12', (_, m) => {
    const schema = toJsonSchema(m.codec)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.title).toBe(m.codec.name)
    expect(schema.additionalProperties).toBe(m.codec.unknownKeys !== 'reject')
    expect(() => validatorOf(m.codec)).not.toThrow()
  })

  it('agrees with the codecs on the shared fixtures, every value inside them, and every near miss of those', () => {
    const mismatches: Array<Mismatch> = []
    let checks = 0
    for (const m of models) {
      const exact = isExact(toJsonSchema(m.codec))
      const accepted = fixtureValues.filter((v) => decodes(m.codec, v))
      const candidates = [...fixtureValues, ...accepted.flatMap(mutationsOf)].slice(0, 4000)
      for (const v of candidates) check(m, v, exact, mismatches)
      checks += candidates.length
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(checks).toBeGreaterThan(2000)
  })
})

describe('scripts/build-schemas', () => {
  it('writes one schema file per model, with a unique $id, each the schema of its model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'horde-dispatch-schemas-'))
    try {
      const written = writeSchemas(dir)
      const models = exportedModels()
      expect(written.map((w) => w.file).sort()).toEqual(models.map((m) => (m.strict ? `strict/${m.name}.json` : `${m.name}.json`)).sort())
      const ids = new Set<string>()
      for (const m of models) {
        const file = JSON.parse(readFileSync(join(dir, m.strict ? 'strict' : '', `${m.name}.json`), 'utf8')) as { $id: string }
        const { $id, ...rest } = file
        expect(rest).toEqual(toJsonSchema(m.codec))
        ids.add($id)
      }
      expect(ids.size).toBe(models.length)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('toJsonSchema: dispatch payloads', () => {
  const cases: ReadonlyArray<NamedModel> = [
    { name: 'AIHordeDispatchParameters', codec: AIHordeDispatchParameters, strict: false },
    { name: 'AIHordeR2DispatchParameters', codec: AIHordeR2DispatchParameters, strict: false },
    { name: 'AIHordeDispatchParameters', codec: strict.AIHordeDispatchParameters, strict: true },
  ]

  it.each(validDispatch.map((v, i) => [i, v] as const))('valid payload #%s: decoded, and accepted by the schema', (_, v) => {
    expect(decodes(AIHordeDispatchParameters, v)).toBe(true)
    expect(validatorOf(AIHordeDispatchParameters)(v)).toBe(true)
  })

  it.each(invalidDispatch)('rejects %s, as the codec does', (_, v) => {
    for (const codec of [AIHordeDispatchParameters, AIHordeR2DispatchParameters]) {
      expect(decodes(codec, v)).toBe(false)
      expect(validatorOf(codec)(v)).toBe(false)
    }
  })

  it.each(invalidR2)('rejects %s, as the codec does', (_, v) => {
    expect(decodes(AIHordeR2DispatchParameters, v)).toBe(false)
    expect(validatorOf(AIHordeR2DispatchParameters)(v)).toBe(false)
  })

  it('rejects unknown keys at every level only in the strict variant', () => {
    const v = { generation_ids: [], no_valid_request_found_reasons: {}, extra: 1 }
    expect(validatorOf(AIHordeDispatchParameters)(v)).toBe(true)
    expect(validatorOf(strict.AIHordeDispatchParameters)(v)).toBe(false)
    expect(validatorOf(strict.AIHordeDispatchParameters)({ generation_ids: [], no_valid_request_found_reasons: { extra: 1 } })).toBe(false)
  })

  it('agrees with the codecs on every near miss of the payloads', () => {
    const mismatches: Array<Mismatch> = []
    let checks = 0
    for (const m of cases) {
      for (const base of validDispatch) {
        if (!decodes(m.codec, base)) continue
        for (const v of mutations(base)) check(m, v, true, mismatches)
        checks += mutations(base).length
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(checks).toBeGreaterThan(1000)
  })
})

describe('toJsonSchema: what each combinator becomes', () => {
  const schemaOf = (codec: t.Mixed) => {
    const { $schema, ...rest } = toJsonSchema(codec)
    expect($schema).toBeDefined()
    return rest
  }

  it('writes defaults as encoded, and leaves defaulted and optional keys out of `required`', () => {
    const M = model('M', { a: t.string, b: defaulted(integer({ minimum: 1 }), () => 30), c: optional(t.boolean), d: t.unknown })
    expect(schemaOf(M)).toEqual({
      title: 'M',
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'integer', minimum: 1, default: 30 }, c: { type: 'boolean' }, d: {} },
      required: ['a'],
      additionalProperties: true,
    })
  })

  it('lists the known members of an open enum beside "any string"', () => {
    expect(schemaOf(nullable(openEnum('Color', ['red', 'green'])))).toEqual({
      anyOf: [{ title: 'Color', anyOf: [{ enum: ['red', 'green'] }, { type: 'string' }] }, { type: 'null' }],
    })
  })

  it('adds only the empties the wrapped codec rejects', () => {
    expect(schemaOf(emptyAs(t.string, ['', null], () => '1.0'))).toEqual({ type: ['string', 'null'] })
    const LegacyID = emptyAs(nullable(GenerationID), [''], () => null)
    const v = validatorOf(LegacyID)
    expect([v(''), v(null), v(U1), v(' ')]).toEqual([true, true, true, false])
  })

  it('keeps integer bounds and multiples, and map key patterns', () => {
    expect(schemaOf(integer({ minimum: 64, maximum: 3072, multipleOf: 64 }))).toEqual({ type: 'integer', minimum: 64, maximum: 3072, multipleOf: 64 })
    // boundedNumber checks its range only, so a multipleOf it was given is not stated either.
    expect(schemaOf(boundedNumber({ minimum: 0, maximum: 1, multipleOf: 0.5 }))).toEqual({ type: 'number', minimum: 0, maximum: 1 })
    const Map = keyedRecord(GenerationID, t.string)
    expect(schemaOf(Map)).toMatchObject({ type: 'object', propertyNames: { pattern: GenerationID.pattern.source }, additionalProperties: { type: 'string' } })
  })

  it('states aliases: the first wire key present wins; under reject at most one may be given', () => {
    const fields = { steps: integer({ minimum: 1 }) }
    const aliases = { steps: ['steps', 'ddim_steps'] }
    const Lenient = model('Lenient', fields, { aliases })
    const Strict = model('Strict', fields, { aliases, unknownKeys: 'reject' })
    const inputs: ReadonlyArray<Json> = [{ steps: 1 }, { ddim_steps: 2 }, { steps: 1, ddim_steps: 'x' }, { ddim_steps: 'x' }, { steps: 1, ddim_steps: 2 }, {}, { steps: 0, ddim_steps: 3 }]
    for (const codec of [Lenient, Strict]) {
      const v = validatorOf(codec)
      for (const u of inputs) expect([JSON.stringify(u), v(u)]).toEqual([JSON.stringify(u), decodes(codec, u)])
    }
  })

  it('names model rules it cannot state in a $comment (and stays sound)', () => {
    const Pop = model('Pop', { model: nullable(t.string), ids: t.array(t.string) }, {
      rules: [{ name: 'ids', holds: (p) => p.model === null || p.ids.length > 0, message: 'a job needs an ID' }],
    })
    const schema = toJsonSchema(Pop)
    expect(schema.$comment).toContain('a job needs an ID')
    expect(validatorOf(Pop)({ model: 'm', ids: [] })).toBe(true)
    expect(decodes(Pop, { model: 'm', ids: [] })).toBe(false)
  })

  it('fails loudly on a codec it cannot read, or allows anything when told to', () => {
    const Opaque = new t.Type<string, string, unknown>('Opaque', t.string.is, t.string.validate, t.identity)
    const M = model('M', { x: Opaque })
    expect(() => toJsonSchema(M)).toThrow(/\(root\)\.x: codec "Opaque" is not one toJsonSchema can read/)
    expect(toJsonSchema(M, { onUnknown: 'allow' }).properties?.x).toEqual({ $comment: 'codec "Opaque" has no JSON Schema form here: any value is allowed' })
  })
})

// ---------------------------------------------------------------------------------------------
// Generated values: runs once `horde-dispatch/arbitrary` (src/arbitrary, branch `arb`) is merged.
// ---------------------------------------------------------------------------------------------
const arbitraryIndex = resolve(__dirname, '..', '..', 'src', 'arbitrary', 'index.ts')
const describeIfArbitrary = existsSync(arbitraryIndex) ? describe : describe.skip

describeIfArbitrary('toJsonSchema: generated wire values (horde-dispatch/arbitrary)', () => {
  const RUNS_PER_MODEL = 200

  it.each(exportedModels().map((m) => [`${m.strict ? 'strict.' : ''}${m.name}`, m] as const))('%s: every generated value the codec decodes, the schema accepts', (_, m) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fc = require('fast-check') as typeof import('fast-check')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { wireArbitrary } = require(arbitraryIndex) as { wireArbitrary: (codec: t.Mixed) => import('fast-check').Arbitrary<unknown> }
    const validate = validatorOf(m.codec)
    const exact = isExact(toJsonSchema(m.codec))
    fc.assert(
      fc.property(wireArbitrary(m.codec), (generated) => {
        // What goes over the wire is JSON: an `undefined` property or a -0 does not survive it.
        const u: unknown = generated === undefined ? undefined : JSON.parse(JSON.stringify(generated))
        const decoded = decodes(m.codec, u)
        const accepted = validate(u) === true
        return decoded ? accepted : !exact || !accepted
      }),
      { numRuns: RUNS_PER_MODEL, seed: 7 },
    )
  })
})
