/**
 * The structural walk behind `arbitrary` and `wireArbitrary`. @internal
 *
 * Every codec becomes an arbitrary of *samples*: a decoded value together with one wire input that
 * decodes to it. Both public arbitraries project from the same samples, so a wire input and the
 * value it should give are generated together, and the walk is written once.
 *
 * Only types are imported from the rest of the library: this entry point must not pull the codecs
 * (or anything else) into a chunk shared with the main bundle.
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import { NonEmptyString } from 'io-ts-types/lib/NonEmptyString'
import type { DefaultedType } from '../combinators/defaulted'
import type { EmptyAsType } from '../combinators/emptyAs'
import type { BoundedStringType } from '../combinators/boundedString'
import type { IntegerType } from '../combinators/integer'
import type { KeyedRecordType } from '../combinators/keyedRecord'
import type { AnyModel } from '../combinators/model'
import type { NullableType } from '../combinators/nullable'
import type { BoundedNumberType } from '../combinators/number'
import type { OpenEnumType } from '../combinators/openEnum'
import type { OptionalType } from '../combinators/optional'

/** A decoded value and a wire input that decodes to it. `wire` is `undefined` for an absent input. */
export interface Sample {
  readonly value: unknown
  readonly wire: unknown
}

export interface DeriveOptions {
  /** Longest generated array, map and set of unknown keys. */
  readonly maxLength: number
  /** Deepest generated JSON where any JSON is accepted (`t.unknown`, unknown keys). */
  readonly maxJsonDepth: number
  /** No unknown keys and no losing alias keys on the wire: only what the codec declares, once. */
  readonly exact: boolean
}

/** Why a codec has no arbitrary: thrown when the arbitrary is built, never while generating. */
export class NoArbitraryError extends Error {
  override readonly name = 'NoArbitraryError'
}

type Tagged = t.Mixed & { readonly _tag?: string }

/** An own, enumerable data property, also for the key `__proto__`. */
const defineOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })
}

const objectOf = (entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of entries) defineOwn(out, k, v)
  return out
}

/** Equality good enough for the replacement values of `emptyAs` (JSON data). */
const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}

const same = <A>(arb: fc.Arbitrary<A>): fc.Arbitrary<Sample> => arb.map((v): Sample => ({ value: v, wire: v }))

/** Strings of every kind, lone surrogates and the keys of `Object.prototype` included. */
const anyString = (): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.string() }, { weight: 1, arbitrary: fc.string({ unit: 'binary' }) })

const json = (o: DeriveOptions): fc.Arbitrary<unknown> => fc.jsonValue({ maxDepth: o.maxJsonDepth })

/** Keys that deserve to be tried wherever unknown keys are: they are special to JavaScript objects. */
const specialKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']

const HEX = '0123456789abcdef'

/** A GenerationID: 32 hex digits, written in one of the four accepted forms, digits in any case. */
const generationID = (): fc.Arbitrary<Sample> => {
  const digit = fc.constantFrom(...HEX.split(''))
  const hex = fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: digit, minLength: 32, maxLength: 32 }) },
    { weight: 1, arbitrary: fc.constantFrom('0'.repeat(32), 'f'.repeat(32)) },
  )
  const cases = fc.constantFrom('lower', 'upper', 'mixed')
  const forms = fc.constantFrom('canonical', 'braces', 'urn', 'hex')
  return fc
    .tuple(hex, cases, forms, fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }))
    .map(([h, c, form, flips]): Sample => {
      const canonical = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
      let i = 0
      const cased =
        c === 'lower'
          ? canonical
          : c === 'upper'
            ? canonical.toUpperCase()
            : canonical.replace(/[0-9a-f]/g, (d) => (flips[i++] ? d.toUpperCase() : d))
      const wire =
        form === 'canonical'
          ? cased
          : form === 'braces'
            ? `{${cased}}`
            : form === 'urn'
              ? `urn:uuid:${cased}`
              : cased.replace(/-/g, '')
      return { value: canonical, wire }
    })
}

const integerArb = ({ bounds: { minimum, maximum, multipleOf } }: IntegerType): fc.Arbitrary<number> => {
  const step = multipleOf ?? 1
  const lo = Math.ceil((minimum ?? Number.MIN_SAFE_INTEGER) / step)
  const hi = Math.floor((maximum ?? Number.MAX_SAFE_INTEGER) / step)
  if (lo > hi) throw new NoArbitraryError(`integer bounds admit no value (${minimum} to ${maximum}, multiple of ${step})`)
  const small = fc.integer({ min: Math.max(lo, -1000), max: Math.min(hi, 1000) })
  const full = fc.bigInt({ min: BigInt(lo), max: BigInt(hi) }).map(Number)
  const k = Math.max(lo, -1000) <= Math.min(hi, 1000) ? fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: full }) : full
  // `0 * -1` is `-0`, which JSON cannot carry: keep to `+0`.
  return k.map((n) => n * step + 0).filter(Number.isSafeInteger)
}

const numberArb = ({ bounds: { minimum, maximum } }: BoundedNumberType): fc.Arbitrary<number> =>
  fc.double({ min: minimum, max: maximum, noNaN: true, noDefaultInfinity: true })

const boundedStringArb = ({ bounds: { minLength, maxLength } }: BoundedStringType): fc.Arbitrary<string> => {
  // Bounds count UTF-16 code units; the default unit is one code unit per character.
  const fits = (s: string) => (minLength === undefined || s.length >= minLength) && (maxLength === undefined || s.length <= maxLength)
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength, maxLength }).filter(fits) },
  )
}

/** One field of a model, as it appears on the wire: zero, one or (a losing alias) two keys. */
interface FieldSample {
  readonly key: string
  /** Absent from the decoded value (an absent `optional` field). */
  readonly absent: boolean
  readonly value: unknown
  readonly wire: ReadonlyArray<readonly [string, unknown]>
}

const modelArb = (m: AnyModel, o: DeriveOptions): fc.Arbitrary<Sample> => {
  const inputsOf = (key: string): ReadonlyArray<string> => m.aliases[key] ?? [key]
  const inputKeys = new Set(Object.keys(m.props).flatMap(inputsOf))

  const present = (key: string, codec: t.Mixed): fc.Arbitrary<FieldSample> => {
    const inputs = inputsOf(key)
    const inner = derive(codec, o)
    const winner = fc.nat({ max: inputs.length - 1 })
    const withLoser = !o.exact && m.unknownKeys !== 'reject' && inputs.length > 1
    return fc
      .tuple(inner, winner, withLoser ? fc.option(fc.tuple(fc.nat(), inner), { nil: undefined }) : fc.constant(undefined))
      .map(([s, w, loser]): FieldSample => {
        const wire: Array<readonly [string, unknown]> = [[inputs[w], s.wire]]
        // A key of lower precedence, given too: the winner's value must be the one kept.
        const rest = inputs.slice(w + 1)
        if (loser !== undefined && rest.length > 0 && loser[1].wire !== undefined) wire.push([rest[loser[0] % rest.length], loser[1].wire])
        return { key, absent: false, value: s.value, wire }
      })
  }

  const field = (key: string, codec: Tagged): fc.Arbitrary<FieldSample> => {
    switch (codec._tag) {
      case 'OptionalType':
        return fc.oneof(
          fc.constant<FieldSample>({ key, absent: true, value: undefined, wire: [] }),
          present(key, (codec as OptionalType<t.Mixed>).type),
        )
      case 'DefaultedType': {
        const d = codec as DefaultedType<t.Mixed>
        return fc.oneof(
          fc.constant(null).map((): FieldSample => ({ key, absent: false, value: d.makeDefault(), wire: [] })),
          present(key, d.type),
        )
      }
      default:
        return present(key, codec)
    }
  }

  const fields = Object.entries(m.props).map(([key, codec]) => field(key, codec))
  const extras: fc.Arbitrary<ReadonlyArray<readonly [string, unknown]>> =
    o.exact || m.unknownKeys === 'reject'
      ? fc.constant([])
      : fc.uniqueArray(
          fc.tuple(
            fc.oneof({ weight: 4, arbitrary: anyString() }, { weight: 1, arbitrary: fc.constantFrom(...specialKeys) }).filter((k) => !inputKeys.has(k)),
            json(o),
          ),
          { maxLength: o.maxLength, selector: ([k]) => k },
        )

  return fc
    .tuple(fc.tuple(...fields), extras)
    .map(([fs, xs]): Sample => {
      const value = objectOf(fs.filter((f) => !f.absent).map((f) => [f.key, f.value] as const))
      if (m.unknownKeys === 'keep') for (const [k, v] of xs) defineOwn(value, k, v)
      const wire = objectOf([...fs.flatMap((f) => f.wire), ...xs])
      return { value, wire }
    })
    .filter((s) => m.rules.every((r) => r.holds(s.value as never)))
}

const unionArb = (types: ReadonlyArray<t.Mixed>, o: DeriveOptions): fc.Arbitrary<Sample> =>
  fc.oneof(
    ...types.map((b, i) =>
      derive(b, o).filter((s) => {
        // io-ts decodes with the first branch that accepts, and encodes with the first whose `is` holds.
        const earlier = types.slice(0, i)
        return earlier.every((e) => !e.is(s.value) && e.decode(s.wire)._tag === 'Left')
      }),
    ),
  )

const cache = new WeakMap<t.Mixed, Map<string, fc.Arbitrary<Sample>>>()

/** The samples of a codec (cached per codec and options). */
export const derive = (codec: t.Mixed, o: DeriveOptions): fc.Arbitrary<Sample> => {
  const key = `${o.maxLength}/${o.maxJsonDepth}/${o.exact}`
  let byOptions = cache.get(codec)
  if (byOptions === undefined) cache.set(codec, (byOptions = new Map()))
  let arb = byOptions.get(key)
  if (arb === undefined) {
    arb = build(codec as Tagged, o)
    byOptions.set(key, arb)
  }
  return arb
}

const build = (codec: Tagged, o: DeriveOptions): fc.Arbitrary<Sample> => {
  // io-ts primitives and io-ts-types codecs without a tag of their own: by identity.
  if (codec === t.string) return same(anyString())
  if (codec === t.boolean) return same(fc.boolean())
  if (codec === t.null) return same(fc.constant(null))
  if (codec === t.number) return same(fc.double({ noNaN: true, noDefaultInfinity: true }))
  if (codec === t.unknown) return same(json(o))
  if (codec === t.UnknownRecord) return same(fc.dictionary(anyString(), json(o), { maxKeys: o.maxLength, noNullPrototype: true }))
  if (codec === t.UnknownArray) return same(fc.array(json(o), { maxLength: o.maxLength }))
  if (codec === (NonEmptyString as t.Mixed)) return same(fc.string({ minLength: 1 }))

  switch (codec._tag) {
    case 'ModelType':
      return modelArb(codec as unknown as AnyModel, o)
    case 'DefaultedType': {
      // Outside a model, absence is `undefined`.
      const d = codec as DefaultedType<t.Mixed>
      return fc.oneof(derive(d.type, o), fc.constant(null).map((): Sample => ({ value: d.makeDefault(), wire: undefined })))
    }
    case 'OptionalType':
      return fc.oneof(derive((codec as OptionalType<t.Mixed>).type, o), fc.constant<Sample>({ value: undefined, wire: undefined }))
    case 'NullableType':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant<Sample>({ value: null, wire: null }) },
        { weight: 3, arbitrary: derive((codec as NullableType<t.Mixed>).type, o) },
      )
    case 'EmptyAsType': {
      const e = codec as EmptyAsType<t.Mixed>
      // Decoded values never equal an empty input, unless the empty input decodes to itself.
      const outside = (s: Sample) =>
        jsonEqual(s.value, e.replacement()) || (!e.empties.includes(s.wire) && !e.empties.includes(e.type.encode(s.value)))
      return fc.oneof(
        { weight: 3, arbitrary: derive(e.type, o).filter(outside) },
        { weight: 1, arbitrary: fc.constantFrom(...e.empties).map((w): Sample => ({ value: e.replacement(), wire: w })) },
      )
    }
    case 'OpenEnumType': {
      const known = (codec as unknown as OpenEnumType<string>).known
      return same(known.length === 0 ? anyString() : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: anyString() }))
    }
    case 'KeyofType': {
      const keys = Object.keys((codec as t.KeyofType<Record<string, unknown>>).keys)
      if (keys.length === 0) throw new NoArbitraryError(`${codec.name} has no members`)
      return same(fc.constantFrom(...keys))
    }
    case 'LiteralType':
      return same(fc.constant((codec as t.LiteralType<string | number | boolean>).value))
    case 'IntegerType':
      return same(integerArb(codec as unknown as IntegerType))
    case 'BoundedNumberType':
      return same(numberArb(codec as unknown as BoundedNumberType))
    case 'BoundedStringType':
      return same(boundedStringArb(codec as unknown as BoundedStringType))
    case 'GenerationIDType':
      return generationID()
    case 'KeyedRecordType': {
      const r = codec as KeyedRecordType<t.Type<string, string, unknown>, t.Mixed>
      return fc
        .uniqueArray(fc.tuple(derive(r.domain, o), derive(r.codomain, o)), { maxLength: o.maxLength, selector: ([k]) => k.value })
        .map(
          (entries): Sample => ({
            value: objectOf(entries.map(([k, v]) => [k.value as string, v.value] as const)),
            wire: objectOf(entries.map(([k, v]) => [k.wire as string, v.wire] as const)),
          }),
        )
    }
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return fc
        .array(derive((codec as t.ArrayType<t.Mixed>).type, o), { maxLength: o.maxLength })
        .map((xs): Sample => ({ value: xs.map((x) => x.value), wire: xs.map((x) => x.wire) }))
    case 'UnionType':
      return unionArb((codec as t.UnionType<Array<t.Mixed>>).types, o)
    default:
      throw new NoArbitraryError(
        `no arbitrary for codec ${JSON.stringify(codec.name)}${codec._tag === undefined ? '' : ` (${codec._tag})`}: ` +
          'arbitrary() knows the combinators of horde-dispatch and the io-ts primitives they use',
      )
  }
}
