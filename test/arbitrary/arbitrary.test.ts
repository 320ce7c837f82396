/**
 * The arbitraries themselves: what they generate (known and unknown enum members, absent defaults,
 * unknown keys, every GenerationID form), that they work for codecs a user builds from the
 * combinators, and that fast-check stays out of the main entry point.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import {
  AIHordeR2DispatchParameters,
  boundedNumber,
  boundedString,
  closedEnum,
  defaulted,
  DispatchParameterBase,
  emptyAs,
  extend,
  formatErrors,
  GenerationID,
  integer,
  keyedRecord,
  model,
  nullable,
  openEnum,
  optional,
  PopResponseModelMessage,
  SchemaVersion,
  toStrict,
} from '../../src'
import { arbitrary, NoArbitraryError, wireArbitrary } from '../../src/arbitrary'
import { derive } from '../../src/arbitrary/derive'
import { check, expectSame, keptDifferences, models } from './support'

const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 500): Array<T> => fc.sample(arb, { numRuns, seed: 20261204 })
const keysOf = (u: unknown): Array<string> => Object.keys(u as object)

describe.each(models)('$name', ({ codec }) => {
  it('generates wire inputs that decode to the decoded value generated with them', () => {
    check(
      fc.property(derive(codec, { maxLength: 4, maxJsonDepth: 2, exact: false }), ({ value, wire }) => {
        expectSame(codec.decode(wire), E.right(value))
      }),
    )
  })
})

describe('what the arbitraries generate', () => {
  it('open enums: known members and other strings', () => {
    const sources = sample(arbitrary(DispatchParameterBase)).map((a) => a.dispatch_source)
    const known = new Set(['UNKNOWN', 'LOCAL_CUSTOM_3RD_PARTY', 'AI_HORDE_API_OFFICIAL', 'AI_HORDE_API_FORK'])
    expect(new Set(sources.filter((s) => known.has(s)))).toEqual(known)
    expect(sources.some((s) => !known.has(s))).toBe(true)
  })

  it('defaulted fields: sometimes absent from the wire, sometimes present', () => {
    const wires = sample(wireArbitrary(DispatchParameterBase))
    for (const key of ['dispatch_source', 'ttl', 'inference_backend', 'requested_backend_constraints']) {
      expect(wires.some((w) => keysOf(w).includes(key))).toBe(true)
      expect(wires.some((w) => !keysOf(w).includes(key))).toBe(true)
    }
    // and the decoded values always hold them
    for (const a of sample(arbitrary(DispatchParameterBase), 100)) expect(keysOf(a)).toEqual(expect.arrayContaining(['dispatch_source', 'ttl']))
  })

  it('unknown keys: in the decoded values and wire inputs of models that keep them, `__proto__` and `constructor` among them', () => {
    const values = sample(arbitrary(PopResponseModelMessage))
    const declared = new Set(Object.keys(PopResponseModelMessage.props))
    const extra = values.flatMap((a) => Object.getOwnPropertyNames(a).filter((k) => !declared.has(k)))
    expect(extra.length).toBeGreaterThan(0)
    expect(extra).toEqual(expect.arrayContaining(['__proto__', 'constructor']))
    for (const a of values) expect(Object.getPrototypeOf(a)).toBe(Object.prototype)
  })

  it('unknown keys: on the wire of models that drop them (not in their values), never with `exact` or where a model rejects them', () => {
    const declared = new Set(Object.keys(DispatchParameterBase.props))
    expect(sample(wireArbitrary(DispatchParameterBase)).some((w) => keysOf(w).some((k) => !declared.has(k)))).toBe(true)
    expect(sample(arbitrary(DispatchParameterBase)).every((a) => keysOf(a).every((k) => declared.has(k)))).toBe(true)
    expect(sample(wireArbitrary(DispatchParameterBase, { exact: true })).every((w) => keysOf(w).every((k) => declared.has(k)))).toBe(true)
    const strict = toStrict(PopResponseModelMessage)
    expect(sample(wireArbitrary(strict)).every((w) => E.isRight(strict.decode(w)))).toBe(true)
  })

  it('GenerationIDs: every accepted form on the wire, digits in either case; canonical lowercase when decoded', () => {
    const ids = sample(wireArbitrary(t.array(GenerationID), { maxLength: 8 })).flat() as Array<string>
    const forms = {
      canonical: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      braces: /^\{[0-9a-fA-F-]{36}\}$/,
      urn: /^urn:uuid:[0-9a-fA-F-]{36}$/,
      hex: /^[0-9a-fA-F]{32}$/,
    }
    for (const [form, re] of Object.entries(forms)) expect([form, ids.some((s) => re.test(s))]).toEqual([form, true])
    expect(ids.some((s) => /[A-F]/.test(s))).toBe(true)
    expect(ids.some((s) => /[a-f]/.test(s))).toBe(true)
    for (const s of ids) expect(GenerationID.pattern.test(s)).toBe(true)
    for (const a of sample(arbitrary(GenerationID))) expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    // upload-map keys, too
    const keys = sample(wireArbitrary(AIHordeR2DispatchParameters)).flatMap((w) => keysOf((w as { r2_upload_url_map: object }).r2_upload_url_map))
    expect(keys.some((k) => forms.urn.test(k)) && keys.some((k) => forms.hex.test(k))).toBe(true)
  })

  it('emptyAs: decoded values are never an empty input; the wire sometimes is one', () => {
    const values = sample(arbitrary(SchemaVersion))
    expect(values).not.toContain('')
    expect(values).not.toContain(null)
    expect(values).toContain('1.0')
    const wires = sample(wireArbitrary(SchemaVersion))
    expect(wires).toContain('')
    expect(wires).toContain(null)
  })

  it('throws NoArbitraryError when built for a codec it does not know, naming it', () => {
    expect(() => arbitrary(t.type({ a: t.string }))).toThrow(NoArbitraryError)
    expect(() => arbitrary(model('M', { inner: new t.Type<string>('Custom', t.string.is, t.string.validate, t.identity) }))).toThrow(/"Custom"/)
  })
})

describe('a codec built by a user from the combinators', () => {
  const Kind = closedEnum('Kind', ['a', 'b'])
  const Source = t.union([model('Url', { _tag: t.literal('url'), url: t.string }), model('Inline', { _tag: t.literal('inline'), data: t.string })])
  const Base = model(
    'Base',
    {
      ids: t.array(GenerationID),
      id: defaulted(emptyAs(nullable(GenerationID), [''], () => null), () => null),
      model: defaulted(nullable(t.string), () => null),
      steps: defaulted(integer({ minimum: 1, maximum: 500 }), () => 30),
      width: integer({ minimum: 64, maximum: 3072, multipleOf: 64 }),
      strength: boundedNumber({ minimum: 0, maximum: 1 }),
      name: boundedString({ minLength: 1, maxLength: 12 }),
      kind: Kind,
      color: openEnum('Color', ['red', 'green']),
      labels: keyedRecord(t.string, t.number),
      uploads: keyedRecord(GenerationID, t.string),
      source: optional(Source),
      flags: t.readonlyArray(t.boolean),
      special: defaulted(t.UnknownRecord, () => ({})),
      extra: t.unknown,
    },
    {
      unknownKeys: 'keep',
      aliases: { steps: ['steps', 'ddim_steps', 'n_steps'] },
      rules: [{ name: 'ids-present', holds: (a) => a.model === null || a.id !== null || a.ids.length > 0, message: 'needs an ID' }],
    },
  )
  const Job = extend(Base, 'Job', { tag: optional(t.null) }, { unknownKeys: 'drop' })

  it.each([
    ['keep', Base],
    ['drop', Job],
  ])('satisfies the laws (%s unknown keys)', (_, codec) => {
    check(
      fc.property(arbitrary(codec), (a) => {
        expectSame(codec.decode(codec.encode(a)), E.right(a))
      }),
    )
    check(
      fc.property(wireArbitrary(codec), (u) => {
        const r = codec.decode(u)
        if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
        expect(keptDifferences(codec, u, codec.encode(r.right))).toEqual([])
      }),
    )
    check(
      fc.property(wireArbitrary(codec, { exact: true }), (u) => {
        expectSame(toStrict(codec).decode(u), codec.decode(u))
      }),
    )
  })

  it('uses every alias key on the wire, and sometimes a losing one beside the winner', () => {
    const wires = sample(wireArbitrary(Base), 1000).map(keysOf)
    for (const k of ['steps', 'ddim_steps', 'n_steps']) expect(wires.some((ks) => ks.includes(k))).toBe(true)
    expect(wires.some((ks) => ks.filter((k) => ['steps', 'ddim_steps', 'n_steps'].includes(k)).length === 2)).toBe(true)
    expect(sample(wireArbitrary(Base, { exact: true }), 1000).map(keysOf).every((ks) => ks.filter((k) => ['steps', 'ddim_steps', 'n_steps'].includes(k)).length <= 1)).toBe(true)
  })

  it('respects rules and bounds', () => {
    for (const a of sample(arbitrary(Base))) {
      expect(a.model === null || a.id !== null || a.ids.length > 0).toBe(true)
      expect(a.width % 64 === 0 && a.width >= 64 && a.width <= 3072).toBe(true)
      expect(a.name.length >= 1 && a.name.length <= 12).toBe(true)
      expect(a.strength >= 0 && a.strength <= 1).toBe(true)
    }
  })
})

describe('the entry point', () => {
  const src = resolve(__dirname, '..', '..', 'src')
  const importsOf = (file: string): Array<string> =>
    [...readFileSync(file, 'utf8').matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].map((m) => `${m[2] ? 'type ' : ''}${m[3]}`)

  it('main: nothing reachable from src/index.ts imports fast-check or the arbitrary entry point', () => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const spec of importsOf(file)) {
        const s = spec.replace(/^type /, '')
        expect([file, s]).not.toEqual([file, 'fast-check'])
        if (!s.startsWith('.')) continue
        const base = resolve(dirname(file), s)
        const target = [`${base}.ts`, resolve(base, 'index.ts')].find((p) => {
          try {
            readFileSync(p)
            return true
          } catch {
            return false
          }
        })
        if (target === undefined) throw new Error(`${file}: cannot resolve ${s}`)
        expect(target.startsWith(resolve(src, 'arbitrary'))).toBe(false)
        visit(target)
      }
    }
    visit(resolve(src, 'index.ts'))
    expect(seen.size).toBeGreaterThan(10)
  })

  it('arbitrary: imports only types from the rest of the library, so the bundles share no chunk', () => {
    for (const file of ['index.ts', 'derive.ts'].map((f) => resolve(src, 'arbitrary', f))) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('../')) throw new Error(`${file} imports a value from ${spec}`)
      }
    }
  })
})
