/**
 * `__proto__`, `constructor` and `prototype` as keys anywhere, as `JSON.parse` makes them (own
 * properties): no prototype changes, the result's prototypes are the ordinary ones, and where a model
 * keeps unknown keys they come back as own data properties.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { AIHordeDispatchParameters, AIHordeR2DispatchParameters, formatErrors, keyedRecord, model, PopResponseModelMessage, strict, toStrict } from '../../src'
import { wireArbitrary } from '../../src/arbitrary'
import { keptDifferences, modelInputs, models, unknownKeys } from '../arbitrary/support'

const SPECIAL = ['__proto__', 'constructor', 'prototype'] as const

/** The payloads of the classic pollution attacks, by key. */
const payload = (key: (typeof SPECIAL)[number]): unknown =>
  key === 'constructor' ? { prototype: { polluted: 'yes' } } : key === 'prototype' ? { polluted: 'yes' } : { polluted: 'yes' }

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype]
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','))
const before = snapshot()

const expectNoPollution = () => {
  expect(snapshot()).toEqual(before)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined()
}

/** Every object in a decoded value has an ordinary prototype (`Object.prototype`, `Array.prototype`, or none). */
const expectOrdinaryPrototypes = (v: unknown, path = '(root)'): void => {
  if (typeof v !== 'object' || v === null) return
  const proto = Object.getPrototypeOf(v)
  if (!(proto === null || proto === Object.prototype || (Array.isArray(v) && proto === Array.prototype))) {
    throw new Error(`${path} has an unexpected prototype: ${JSON.stringify(proto)}`)
  }
  for (const k of Object.keys(v)) expectOrdinaryPrototypes((v as Record<string, unknown>)[k], `${path}.${k}`)
}

/** The JSON text with every object given the three keys; parsed back, they are own properties. */
const withSpecialKeysEverywhere = (u: unknown, where: (path: ReadonlyArray<string | number>) => boolean = () => true): unknown => {
  const visit = (v: unknown, path: ReadonlyArray<string | number>): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => visit(x, [...path, i]))
    if (typeof v !== 'object' || v === null) return v
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: visit((v as Record<string, unknown>)[k], [...path, k]), enumerable: true, configurable: true, writable: true })
    if (where(path)) for (const k of SPECIAL) if (!Object.prototype.hasOwnProperty.call(out, k)) Object.defineProperty(out, k, { value: payload(k), enumerable: true, configurable: true, writable: true })
    return out
  }
  return JSON.parse(JSON.stringify(visit(u, [])))
}

afterEach(expectNoPollution)

describe('explicit payloads', () => {
  it('JSON.parse makes them own properties (the premise of these tests)', () => {
    const u = JSON.parse('{"__proto__":{"polluted":"yes"}}') as object
    expect(Object.getOwnPropertyNames(u)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(u)).toBe(Object.prototype)
  })

  it('a model that keeps unknown keys gives them back as own data properties, and changes no prototype', () => {
    const u = JSON.parse('{"message":"hi","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}')
    const r = PopResponseModelMessage.decode(u)
    if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
    expect(Object.getPrototypeOf(r.right)).toBe(Object.prototype)
    for (const k of SPECIAL) {
      const d = Object.getOwnPropertyDescriptor(r.right, k)
      expect(d).toEqual({ value: payload(k), writable: true, enumerable: true, configurable: true })
    }
    const encoded = PopResponseModelMessage.encode(r.right)
    expect(Object.getPrototypeOf(encoded)).toBe(Object.prototype)
    // Through JSON and back: the keys survive, as own properties, next to the filled-in defaults.
    expect(JSON.parse(JSON.stringify(encoded))).toEqual(
      JSON.parse('{"id":null,"message":"hi","origin":null,"expiry":null,"worker_id":null,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}'),
    )
    expect(Object.getOwnPropertyDescriptor(encoded, '__proto__')?.value).toEqual({ polluted: 'yes' })
  })

  it('nested: dropped at the root, kept in the skipped counts, rejected as map keys, left alone inside any-JSON values', () => {
    const text =
      '{"generation_ids":["6ba7b810-9dad-11d1-80b4-00c04fd430c8"],"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},' +
      '"no_valid_request_found_reasons":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":7}}'
    const r = AIHordeDispatchParameters.decode(JSON.parse(text))
    if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
    expect(Object.getOwnPropertyNames(r.right)).not.toContain('__proto__')
    expect(Object.prototype.hasOwnProperty.call(r.right, 'constructor')).toBe(false)
    expect(r.right.constructor).toBe(Object)
    const reasons = r.right.no_valid_request_found_reasons as Record<string, unknown>
    expect(Object.getPrototypeOf(reasons)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(reasons, '__proto__')?.value).toEqual({ polluted: 'yes' })
    expect(Object.getOwnPropertyDescriptor(reasons, 'constructor')?.value).toEqual({ prototype: { polluted: 'yes' } })
    expect(reasons.prototype).toBe(7)

    const map = AIHordeR2DispatchParameters.decode(JSON.parse('{"generation_ids":[],"no_valid_request_found_reasons":{},"r2_upload_url_map":{"__proto__":"https://x","constructor":"https://y"}}'))
    expect(E.isLeft(map) && formatErrors(map.left)).toEqual([
      'r2_upload_url_map["__proto__"]: invalid key, expected GenerationID',
      'r2_upload_url_map["constructor"]: invalid key, expected GenerationID',
    ])

    const strictR = strict.AIHordeDispatchParameters.decode(JSON.parse(text))
    expect(E.isLeft(strictR) && formatErrors(strictR.left)).toEqual([
      'no_valid_request_found_reasons.__proto__: unknown key "__proto__" (NoValidRequestFoundReasons has no such field)',
      'no_valid_request_found_reasons.constructor: unknown key "constructor" (NoValidRequestFoundReasons has no such field)',
      'no_valid_request_found_reasons.prototype: unknown key "prototype" (NoValidRequestFoundReasons has no such field)',
      '__proto__: unknown key "__proto__" (AIHordeDispatchParameters has no such field)',
      'constructor: unknown key "constructor" (AIHordeDispatchParameters has no such field)',
    ])
  })

  it('a map keyed by any string keeps them as own entries, and so does a field that accepts any JSON', () => {
    const Labels = keyedRecord(t.string, t.string)
    const r = Labels.decode(JSON.parse('{"__proto__":"a","constructor":"b","prototype":"c"}'))
    if (E.isLeft(r)) throw new Error('map did not decode')
    expect(Object.getPrototypeOf(r.right)).toBe(Object.prototype)
    expect(Object.getOwnPropertyNames(r.right)).toEqual(['__proto__', 'constructor', 'prototype'])
    expect(Object.getOwnPropertyDescriptor(Labels.encode(r.right), '__proto__')?.value).toBe('a')

    const Any = model('Any', { special: t.unknown, more: t.UnknownRecord }, { unknownKeys: 'keep' })
    const u = JSON.parse('{"special":{"__proto__":{"polluted":"yes"}},"more":{"__proto__":{"polluted":"yes"}}}')
    const a = Any.decode(u)
    if (E.isLeft(a)) throw new Error('any-JSON did not decode')
    expect(a.right.special).toBe(u.special)
    expect(Object.getOwnPropertyDescriptor(a.right.more, '__proto__')?.value).toEqual({ polluted: 'yes' })
  })
})

describe.each(models)('$name, with the keys in every object of generated inputs', ({ codec }) => {
  const samples = fc.sample(wireArbitrary(codec), { numRuns: 100, seed: 42 })
  const strictCodec = toStrict(codec)

  it('changes no prototype, gives results ordinary prototypes, and keeps the keys where the model keeps unknown keys', () => {
    for (const sample of samples) {
      // Into every object: map keys may then fail (a GenerationID map), but nothing may be polluted.
      const everywhere = withSpecialKeysEverywhere(sample)
      for (const c of [codec, strictCodec]) {
        const r = c.decode(everywhere)
        if (E.isRight(r)) expectOrdinaryPrototypes(r.right)
        else expect(formatErrors(r.left).length).toBeGreaterThan(0)
        expectNoPollution()
      }
      // Into model objects only (where they are unknown keys): the lenient model decodes, and
      // keeps them exactly where it keeps unknown keys; strict mode names every one.
      const modelObjects = new Set(modelInputs(codec, sample).map((keys) => JSON.stringify(keys)))
      const asUnknown = withSpecialKeysEverywhere(sample, (path) => modelObjects.has(JSON.stringify(path)))
      const r = codec.decode(asUnknown)
      if (E.isLeft(r)) throw new Error(`did not decode with the keys as unknown keys:\n${formatErrors(r.left).join('\n')}`)
      expectOrdinaryPrototypes(r.right)
      expect(keptDifferences(codec, asUnknown, codec.encode(r.right))).toEqual([])
      if (codec.unknownKeys === 'keep') {
        for (const k of SPECIAL) {
          const value: unknown = Object.getOwnPropertyDescriptor(asUnknown, k)?.value
          expect(Object.getOwnPropertyDescriptor(r.right, k)).toEqual({ value, writable: true, enumerable: true, configurable: true })
        }
      }
      const s = strictCodec.decode(asUnknown)
      if (E.isRight(s)) throw new Error('strict mode accepted __proto__ as a key')
      const lines = formatErrors(s.left)
      for (const { path, key } of unknownKeys(codec, asUnknown)) expect(lines.some((l) => l.startsWith(`${path}: `) && l.includes(JSON.stringify(key)))).toBe(true)
      expectNoPollution()
    }
  })
})
