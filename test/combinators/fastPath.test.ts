/**
 * The fast path must never change a result. Every codec here is decoded three ways on many
 * generated inputs, valid and mutated: `validate` (compiled fast path, or the one-pass compiled
 * full path), the codec's full path alone (`FULL`), and the same codec rebuilt with code generation
 * off (the interpreted decoders kept for content-security policies). All three must give the same
 * `Either`: the same value, or the same errors with the same contexts and messages.
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import { NonEmptyString } from 'io-ts-types/lib/NonEmptyString'
import {
  AIHordeDispatchParameters,
  AIHordeR2DispatchParameters,
  boundedNumber,
  boundedString,
  closedEnum,
  defaulted,
  DispatchParameterBase,
  emptyAs,
  formatErrors,
  GenerationID,
  ImageGenerateJobPopSkippedStatus,
  integer,
  keyedRecord,
  model,
  NoValidAlchemyFound,
  NoValidRequestFound,
  NoValidRequestFoundKobold,
  NoValidRequestFoundReasons,
  normaliseGenerationID,
  nullable,
  openEnum,
  optional,
  strict,
  type AnyModel,
  type ModelRule,
  type UnknownKeys,
} from '../../src'
import { setCodegen } from '../../src/combinators/compile'
import { FAST, FULL, fastDecoderOf, fullValidatorOf, INVALID } from '../../src/combinators/fast'

// ---------------------------------------------------------------------------------------------
// Comparing results

/**
 * Objects in errors are compared by identity (an error must carry the very input it is about, and
 * a hostile input cannot be compared deeply without throwing).
 */
const ids = new WeakMap<object, number>()
let nextId = 0
const ref = (x: unknown): unknown => {
  if ((typeof x !== 'object' || x === null) && typeof x !== 'function') return x
  let id = ids.get(x as object)
  if (id === undefined) ids.set(x as object, (id = ++nextId))
  return { ref: id }
}

/** An Either with each error reduced to what a reader can see: value, message, and the path with type names. */
const view = (r: t.Validation<unknown>): unknown =>
  r._tag === 'Right'
    ? { right: r.right }
    : {
        left: r.left.map((e) => ({
          value: ref(e.value),
          message: e.message,
          context: e.context.map((c) => ({ key: c.key, type: c.type.name, actual: ref(c.actual) })),
        })),
        lines: formatErrors(r.left),
      }

const root = (codec: t.Mixed, u: unknown): t.Context => [{ key: '', type: codec, actual: u }]

/** Every path of `codec` agrees on `u`. */
const expectAgreement = (codec: t.Mixed, interpreted: t.Mixed, u: unknown): void => {
  const viaValidate = codec.validate(u, root(codec, u))
  const full = (codec as unknown as { [FULL]: t.Validate<unknown, unknown> })[FULL]
  expect(view(full(u, root(codec, u)))).toEqual(view(viaValidate))
  expect(view(interpreted.validate(u, root(interpreted, u)))).toEqual(view(viaValidate))
  // The fast decoders (compiled and interpreted) return the value exactly when validation succeeds.
  for (const c of [codec, interpreted]) {
    const fast = fastDecoderOf(c)(u)
    if (viaValidate._tag === 'Right') expect(fast).toEqual(viaValidate.right)
    else expect(fast).toBe(INVALID)
  }
}

// ---------------------------------------------------------------------------------------------
// Rebuilding a codec with code generation off, all the way down

const interpretedCache = new Map<t.Mixed, t.Mixed>()
const interpretedOf = (codec: t.Mixed): t.Mixed => {
  const cached = interpretedCache.get(codec)
  if (cached !== undefined) return cached
  setCodegen(false)
  try {
    const r = rebuild(codec)
    interpretedCache.set(codec, r)
    return r
  } finally {
    setCodegen(true)
  }
}
const rebuild = (codec: t.Mixed): t.Mixed => {
  const tagged = codec as t.Mixed & { readonly _tag?: string }
  switch (tagged._tag) {
    case 'ModelType': {
      const m = codec as unknown as AnyModel
      const props = Object.fromEntries(Object.entries(m.props).map(([k, c]) => [k, rebuild(c)]))
      return model(m.name, props, { unknownKeys: m.unknownKeys, aliases: m.aliases, rules: m.rules })
    }
    case 'KeyedRecordType': {
      const r = codec as unknown as { domain: t.Type<string, string, unknown>; codomain: t.Mixed }
      return keyedRecord(r.domain, rebuild(r.codomain), codec.name)
    }
    case 'DefaultedType': {
      const d = codec as unknown as { type: t.Mixed; makeDefault: () => unknown }
      return defaulted(rebuild(d.type), d.makeDefault, codec.name)
    }
    case 'NullableType':
      return nullable(rebuild((codec as unknown as { type: t.Mixed }).type), codec.name)
    case 'OptionalType':
      return optional(rebuild((codec as unknown as { type: t.Mixed }).type), codec.name)
    case 'EmptyAsType': {
      const e = codec as unknown as { type: t.Mixed; empties: ReadonlyArray<unknown>; replacement: () => unknown }
      return emptyAs(rebuild(e.type), e.empties, e.replacement, codec.name)
    }
    case 'ArrayType':
      return t.array(rebuild((codec as t.ArrayC<t.Mixed>).type), codec.name)
    default:
      return codec
  }
}

// ---------------------------------------------------------------------------------------------
// Dispatch-shaped inputs

const hex = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''))
const hexN = (n: number) => fc.array(hex, { minLength: n, maxLength: n }).map((a) => a.join(''))
const canonical = fc.tuple(hexN(8), hexN(4), hexN(4), hexN(4), hexN(12)).map((p) => p.join('-'))
const lowerCanonical = canonical.map((s) => s.toLowerCase())
const goodId = fc.oneof(
  { weight: 5, arbitrary: lowerCanonical },
  canonical,
  canonical.map((s) => `{${s}}`),
  canonical.map((s) => `urn:uuid:${s}`),
  canonical.map((s) => s.replace(/-/g, '')),
)
/** Every accepted ID form, and near misses. */
const idLike: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: goodId },
  canonical.map((s) => `URN:uuid:${s}`),
  canonical.map((s) => `{${s.replace(/-/g, '')}}`),
  canonical.map((s) => ` ${s}`),
  canonical.map((s) => `${s}\n`),
  lowerCanonical.map((s) => `${s.slice(0, 35)}g`),
  lowerCanonical.map((s) => `${s.slice(0, 8)}${s.slice(9)}-`),
  lowerCanonical.map((s) => `${s.slice(0, 35)}\u0130`),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', 'abc', 'not-a-uuid', '00000000-0000-0000-0000-000000000000'),
)
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, min: -10, max: 10 }),
  fc.constantFrom(null, true, false, '', '30', 'ANY', 5.5, -1, 0, 1e300, [], {}, [1, 'a'], { a: 1 }),
  fc.string({ maxLength: 8 }),
)
const goodInt = fc.integer({ min: 0, max: 1000 })
const countKeys = [
  'blacklist', 'bridge_version', 'kudos', 'models', 'nsfw', 'performance', 'untrusted', 'worker_id',
  'max_pixels', 'unsafe_ip', 'img2img', 'painting', 'post-processing', 'lora', 'controlnet', 'step_count',
  'max_context_length', 'max_length', 'matching_softprompt', 'post_processing', 'some_future_reason', 'constructor',
]
const skippedLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: fc.dictionary(fc.constantFrom(...countKeys), fc.oneof({ weight: 5, arbitrary: goodInt }, fc.constant(null), anyJson), { maxKeys: 8 }) },
  anyJson,
)
const strings = fc.oneof({ weight: 5, arbitrary: fc.constantFrom('ANY', 'SPECIFIED', 'COMFYUI', 'AI_HORDE_API_OFFICIAL', 'whatever', '') }, anyJson)
const mapLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: fc.array(fc.tuple(idLike, fc.oneof({ weight: 5, arbitrary: fc.webUrl() }, anyJson)), { maxLength: 6 }).map((es) => Object.fromEntries(es)) },
  anyJson,
)
const opt = <A>(a: fc.Arbitrary<A>) => fc.option(a, { nil: undefined, freq: 3 })
const json = (r: Record<string, unknown>): unknown => JSON.parse(JSON.stringify(r))

const goodSkipped = fc
  .dictionary(fc.constantFrom('models', 'kudos', 'max_pixels', 'worker_id', 'post-processing', 'max_length', 'some_future_reason', 'post_processing'), fc.oneof(goodInt, fc.constant(null)), { maxKeys: 5 })
  .map((o) => {
    const r: Record<string, unknown> = { ...o }
    for (const k of ['max_pixels', 'post-processing']) if (r[k] === null) r[k] = 0
    return r
  })
/** Valid dispatch payloads: every accepted ID form, optional fields present or not, an unknown key sometimes. */
const validDispatch = fc
  .record({
    generation_ids: fc.array(goodId, { maxLength: 6 }),
    dispatch_source: opt(fc.constantFrom('AI_HORDE_API_OFFICIAL', 'LOCAL_CUSTOM_3RD_PARTY', 'new one')),
    ttl: opt(fc.oneof(goodInt, fc.constant(null))),
    inference_backend: opt(fc.constantFrom('COMFYUI', null, 'X')),
    requested_backend_constraints: opt(fc.constantFrom('ANY', 'SPECIFIED', '')),
    no_valid_request_found_reasons: goodSkipped,
    source_image_fallback_choice: opt(fc.constantFrom('ABANDON', 'TXT2IMG_FALLBACK')),
    r2_upload_url_map: fc.array(fc.tuple(goodId, fc.webUrl()), { maxLength: 5 }).map((es) => Object.fromEntries(es)),
    extra: opt(anyJson),
  })
  .map(json)
/** Dispatch-shaped inputs, each field sometimes absent and sometimes wrong. */
const mutatedDispatch = fc
  .record({
    generation_ids: opt(fc.oneof({ weight: 8, arbitrary: fc.array(fc.oneof({ weight: 8, arbitrary: idLike }, anyJson), { maxLength: 6 }) }, anyJson)),
    dispatch_source: opt(strings),
    ttl: opt(fc.oneof(goodInt, fc.constant(null), anyJson)),
    inference_backend: opt(fc.oneof(strings, fc.constant(null))),
    requested_backend_constraints: opt(strings),
    no_valid_request_found_reasons: opt(skippedLike),
    source_image_fallback_choice: opt(strings),
    r2_upload_url_map: opt(mapLike),
    extra: opt(anyJson),
  })
  .map(json)
const dispatchLike: fc.Arbitrary<unknown> = fc.oneof({ weight: 5, arbitrary: validDispatch }, { weight: 5, arbitrary: mutatedDispatch }, anyJson)

// ---------------------------------------------------------------------------------------------

/** Name, codec, inputs, and how many of 400 inputs must decode (so the fast path's successes are reached too). */
const dispatchCodecs: Array<[string, t.Mixed, fc.Arbitrary<unknown>, number]> = [
  ['AIHordeR2DispatchParameters', AIHordeR2DispatchParameters, dispatchLike, 100],
  ['AIHordeDispatchParameters', AIHordeDispatchParameters, dispatchLike, 100],
  ['DispatchParameterBase', DispatchParameterBase, dispatchLike, 100],
  ['strict AIHordeR2DispatchParameters', strict.AIHordeR2DispatchParameters, dispatchLike, 1],
  // Every valid input generated has an upload map, unknown to this model.
  ['strict AIHordeDispatchParameters', strict.AIHordeDispatchParameters, dispatchLike, 0],
  ['upload map', AIHordeR2DispatchParameters.props.r2_upload_url_map, mapLike, 40],
]
const skippedCodecs: Array<[string, t.Mixed]> = [
  ['NoValidRequestFoundReasons', NoValidRequestFoundReasons],
  ['NoValidRequestFound', NoValidRequestFound],
  ['ImageGenerateJobPopSkippedStatus', ImageGenerateJobPopSkippedStatus],
  ['NoValidRequestFoundKobold', NoValidRequestFoundKobold],
  ['NoValidAlchemyFound', NoValidAlchemyFound],
  ['strict NoValidRequestFoundReasons', strict.NoValidRequestFoundReasons],
  ['strict ImageGenerateJobPopSkippedStatus', strict.ImageGenerateJobPopSkippedStatus],
]

describe('fast and full paths agree', () => {
  it.each(dispatchCodecs)('%s, on dispatch-shaped inputs', (_, codec, inputs, minValid) => {
    const interpreted = interpretedOf(codec)
    let valid = 0
    fc.assert(
      fc.property(inputs, (u) => {
        expectAgreement(codec, interpreted, u)
        if (codec.decode(u)._tag === 'Right') valid++
      }),
      { numRuns: 400 },
    )
    expect(valid).toBeGreaterThanOrEqual(minValid)
  })

  it.each(skippedCodecs)('%s, on skipped-shaped inputs', (_, codec) => {
    const interpreted = interpretedOf(codec)
    fc.assert(fc.property(skippedLike, (u) => expectAgreement(codec, interpreted, u)), { numRuns: 400 })
  })

  it('keeps a Left, never an exception, for input that cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys')
        },
        get: () => {
          throw new Error('no value')
        },
      },
    )
    const getter = Object.defineProperty({ no_valid_request_found_reasons: {}, r2_upload_url_map: {} }, 'generation_ids', {
      enumerable: true,
      get: () => {
        throw new Error('no ids')
      },
    })
    for (const codec of [...dispatchCodecs.map(([, c]) => c), ...skippedCodecs.map(([, c]) => c)]) {
      const interpreted = interpretedOf(codec)
      for (const u of [hostile, getter]) {
        expect(codec.decode(u)._tag).toBe('Left')
        expectAgreement(codec, interpreted, u)
      }
      // Hostile values one level down, which a model that keeps unknown keys may keep verbatim:
      // compared by outcome and report only, since a kept Proxy cannot be compared deeply.
      const u = { no_valid_request_found_reasons: hostile, r2_upload_url_map: hostile, generation_ids: [] }
      const outcome = (r: t.Validation<unknown>) => (r._tag === 'Right' ? 'Right' : formatErrors(r.left))
      const full = (codec as unknown as { [FULL]: t.Validate<unknown, unknown> })[FULL]
      expect(outcome(full(u, root(codec, u)))).toEqual(outcome(codec.decode(u)))
      expect(outcome(interpreted.decode(u))).toEqual(outcome(codec.decode(u)))
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Random models: every combinator the compiler writes inline, nested, under every unknown-key policy

type Spec =
  | { readonly kind: 'leaf'; readonly codec: t.Mixed }
  | { readonly kind: 'nullable' | 'optional' | 'array'; readonly of: Spec }
  | { readonly kind: 'defaulted'; readonly of: Spec; readonly value: unknown }
  | { readonly kind: 'emptyAs'; readonly of: Spec }
  | { readonly kind: 'map'; readonly of: Spec; readonly byId: boolean }
  | { readonly kind: 'model'; readonly fields: ReadonlyArray<readonly [string, Spec]>; readonly unknownKeys: UnknownKeys; readonly alias: boolean; readonly rule: boolean }

const leaves: ReadonlyArray<t.Mixed> = [
  integer(),
  integer({ minimum: 0 }),
  integer({ minimum: 1, maximum: 20 }),
  integer({ minimum: 64, maximum: 3072, multipleOf: 64 }),
  boundedNumber(),
  boundedNumber({ minimum: -5, maximum: 5 }),
  boundedString({ minLength: 1, maxLength: 3 }),
  openEnum('Color', ['red', 'green']),
  GenerationID,
  t.string,
  t.boolean,
  t.null,
  t.unknown,
  t.number,
  t.UnknownRecord,
  t.literal('red'),
  closedEnum('Inject', ['prompt', 'negprompt']),
  NonEmptyString,
]
const fieldKeys = ['a', 'b', 'c', 'post-processing', 'constructor', 'toString', '0']

const spec: fc.Arbitrary<Spec> = fc.letrec<{ spec: Spec; model: Spec }>((tie) => ({
  spec: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.constantFrom(...leaves).map((codec): Spec => ({ kind: 'leaf', codec })) },
    fc.record({ kind: fc.constantFrom('nullable' as const, 'optional' as const, 'array' as const, 'emptyAs' as const), of: tie('spec') }),
    fc.record({ kind: fc.constant('defaulted' as const), of: tie('spec'), value: fc.constantFrom(0, null, 'x', true) }),
    fc.record({ kind: fc.constant('map' as const), of: tie('spec'), byId: fc.boolean() }),
    tie('model'),
  ),
  model: fc.record({
    kind: fc.constant('model' as const),
    fields: fc.uniqueArray(fc.tuple(fc.constantFrom(...fieldKeys), tie('spec')), { maxLength: 4, selector: ([k]) => k }),
    unknownKeys: fc.constantFrom<UnknownKeys>('drop', 'keep', 'reject'),
    alias: fc.boolean(),
    rule: fc.boolean(),
  }),
})).model

const ruleEvenKeys: ModelRule<unknown> = {
  name: 'even',
  holds: (a) => Object.keys(a as object).length % 2 === 0,
  message: 'an odd number of keys',
}

const toCodec = (s: Spec): t.Mixed => {
  switch (s.kind) {
    case 'leaf':
      return s.codec
    case 'nullable':
      return nullable(toCodec(s.of))
    case 'optional':
      return optional(toCodec(s.of))
    case 'array':
      return t.array(toCodec(s.of))
    case 'emptyAs':
      return emptyAs(toCodec(s.of), ['', null], () => 'empty')
    case 'defaulted':
      return defaulted(toCodec(s.of), () => s.value)
    case 'map':
      return keyedRecord(s.byId ? GenerationID : t.string, toCodec(s.of))
    case 'model': {
      const props = Object.fromEntries(s.fields.map(([k, f]) => [k, toCodec(f)]))
      const first = s.fields[0]?.[0]
      return model('M', props, {
        unknownKeys: s.unknownKeys,
        aliases: s.alias && first !== undefined ? { [first]: [`${first}_alias`, first] } : {},
        rules: s.rule ? [ruleEvenKeys] : [],
      })
    }
  }
}

/** Values near what a spec accepts, often exactly what it accepts. */
const valueFor = (s: Spec, depth = 0): fc.Arbitrary<unknown> => {
  const noise = fc.oneof(anyJson, idLike, fc.constantFrom(undefined, 'red', 64, 128, 7.5, NaN, Infinity, -0))
  const near = ((): fc.Arbitrary<unknown> => {
    switch (s.kind) {
      case 'leaf':
        return s.codec === GenerationID
          ? idLike
          : fc.oneof(goodInt, fc.integer({ min: -3, max: 25 }), fc.constantFrom(null, true, 'red', 'ab', 'prompt', '', 1.5, 128, {}, { x: 1 }, new Date(0), []))
      case 'nullable':
      case 'optional':
      case 'defaulted':
      case 'emptyAs':
        return fc.oneof(valueFor(s.of, depth + 1), fc.constantFrom(null, undefined, ''))
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(valueFor(s.of, depth + 1), { maxLength: 3 })
      case 'map':
        return depth > 3 ? fc.constant({}) : fc.array(fc.tuple(s.byId ? idLike : fc.constantFrom('k', 'K', '__proto__', 'constructor'), valueFor(s.of, depth + 1)), { maxLength: 3 }).map(entries)
      case 'model': {
        if (depth > 3) return fc.constant({})
        const keyed = s.fields.map(([k, f]) => fc.tuple(fc.constantFrom(k, k, `${k}_alias`), fc.option(valueFor(f, depth + 1), { nil: undefined, freq: 4 })))
        return fc.tuple(fc.tuple(...keyed), fc.option(fc.tuple(fc.constantFrom('extra', 'z'), anyJson), { nil: undefined, freq: 2 })).map(([fields, extra]) =>
          entries([...fields.filter(([, v]) => v !== undefined), ...(extra === undefined ? [] : [extra])]),
        )
      }
    }
  })()
  return fc.oneof({ weight: 8, arbitrary: near }, noise)
}
/** An object with these entries as own, enumerable properties (`__proto__` included). */
const entries = (es: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> => {
  const o: Record<string, unknown> = {}
  for (const [k, v] of es) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  return o
}

describe('compiled and interpreted decoders agree on random models', () => {
  it('for every combinator, policy, alias and rule', () => {
    let valid = 0
    let total = 0
    fc.assert(
      fc.property(
        spec.chain((s) => fc.tuple(fc.constant(s), fc.array(valueFor(s), { minLength: 1, maxLength: 8 }))),
        ([s, inputs]) => {
          const codec = toCodec(s)
          const interpreted = interpretedOf(codec)
          for (const u of inputs) {
            expectAgreement(codec, interpreted, u)
            total++
            if (codec.decode(u)._tag === 'Right') valid++
          }
        },
      ),
      { numRuns: 300 },
    )
    expect(valid / total).toBeGreaterThan(0.1)
  })
})

// ---------------------------------------------------------------------------------------------

describe('pieces of the fast path', () => {
  const reference = (s: string): string | undefined => {
    const HEX = '[0-9a-fA-F]'
    const C = `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`
    const m = new RegExp(`^(?:(${C})|\\{(${C})\\}|urn:uuid:(${C})|(${HEX}{32}))$`).exec(s)
    if (m === null) return undefined
    const h = (m[1] ?? m[2] ?? m[3] ?? m[4]).replace(/-/g, '').toLowerCase()
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
  }

  it('normalises GenerationIDs exactly as the regular expressions do', () => {
    fc.assert(
      fc.property(idLike, (s) => {
        expect(normaliseGenerationID(s)).toBe(reference(s))
        expect(GenerationID.is(s)).toBe(reference(s) === s)
      }),
      { numRuns: 3000 },
    )
  })

  it('validates io-ts arrays element-first exactly as io-ts does', () => {
    for (const item of [GenerationID, integer({ minimum: 0 }), nullable(t.string), t.number] as Array<t.Mixed>) {
      const codec = t.array(item)
      const full = fullValidatorOf(codec)
      fc.assert(
        fc.property(fc.oneof(fc.array(fc.oneof(idLike, anyJson), { maxLength: 6 }), anyJson), (u) => {
          const c = root(codec, u)
          expect(view(full(u, c))).toEqual(view(codec.validate(u, c)))
        }),
        { numRuns: 300 },
      )
    }
  })

  it('falls back to the interpreted decoders where new Function is forbidden', () => {
    const original = globalThis.Function
    let attempts = 0
    const forbidden = function () {
      attempts++
      throw new EvalError('Refused to evaluate a string as JavaScript (content-security policy)')
    } as unknown as FunctionConstructor
    globalThis.Function = forbidden
    let codec: t.Mixed
    try {
      codec = model('Job', { ids: t.array(GenerationID), ttl: defaulted(nullable(integer()), () => null), urls: keyedRecord(GenerationID, t.string) })
    } finally {
      globalThis.Function = original
    }
    expect(attempts).toBeGreaterThan(0)
    const id = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'
    expect(codec.decode({ ids: [id.toUpperCase()], urls: { [id]: 'u' } })).toEqual({ _tag: 'Right', right: { ids: [id], ttl: null, urls: { [id]: 'u' } } })
    const bad = codec.decode({ ids: ['x'], ttl: '30', urls: {} })
    expect(bad._tag === 'Left' && formatErrors(bad.left)).toEqual(['ids[0]: expected GenerationID, got "x"', 'ttl: expected integer | null, got "30"'])
  })
})
