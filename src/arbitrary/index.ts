/**
 * `horde-dispatch/arbitrary`: fast-check arbitraries derived from the library's codecs, for
 * property tests of code that consumes or produces horde payloads.
 *
 * This entry point is the only one that imports `fast-check` (an optional peer dependency): the
 * main entry point never loads it.
 */
import type fc from 'fast-check'
import type * as t from 'io-ts'
import { derive, NoArbitraryError, type DeriveOptions } from './derive'

/**
 * Thrown by `arbitrary` and `wireArbitrary` when they are built for a codec they cannot walk (an
 * io-ts codec outside the ones the library's combinators use, or a hand-written `t.Type`). It names
 * the codec. Generating values never throws it.
 *
 * @example
 * import * as t from 'io-ts'
 * import { arbitrary, NoArbitraryError } from 'horde-dispatch/arbitrary'
 *
 * assert.throws(() => arbitrary(t.type({ a: t.string })), NoArbitraryError)
 */
export { NoArbitraryError }

/**
 * Sizes of what `arbitrary` and `wireArbitrary` generate.
 *
 * @example
 * import fc from 'fast-check'
 * import { DispatchParameterBase } from 'horde-dispatch'
 * import { arbitrary } from 'horde-dispatch/arbitrary'
 *
 * const [a] = fc.sample(arbitrary(DispatchParameterBase, { maxLength: 1 }), 1)
 * assert.ok(a.generation_ids.length <= 1)
 */
export interface ArbitraryOptions {
  /** Longest generated array, map (`keyedRecord`) and set of unknown keys. Default `4`. */
  readonly maxLength?: number
  /** Deepest JSON generated where any JSON is accepted (`t.unknown`, kept unknown keys). Default `2`. */
  readonly maxJsonDepth?: number
}

/**
 * Options of `wireArbitrary`.
 *
 * @example
 * import fc from 'fast-check'
 * import { DispatchParameterBase } from 'horde-dispatch'
 * import { wireArbitrary } from 'horde-dispatch/arbitrary'
 *
 * const declared = Object.keys(DispatchParameterBase.props)
 * for (const json of fc.sample(wireArbitrary(DispatchParameterBase, { exact: true }), 20))
 *   assert.ok(Object.keys(json as object).every((k) => declared.includes(k)))
 */
export interface WireArbitraryOptions extends ArbitraryOptions {
  /**
   * Only what the codec declares, each field once: no unknown keys (not even where a model keeps
   * or drops them) and no second, losing alias key. Default `false`.
   */
  readonly exact?: boolean
}

const resolve = (options: WireArbitraryOptions = {}): DeriveOptions => ({
  maxLength: options.maxLength ?? 4,
  maxJsonDepth: options.maxJsonDepth ?? 2,
  exact: options.exact ?? false,
})

/**
 * An arbitrary of valid *decoded* values of a codec: what `codec.decode` can return. Derived by
 * walking the codec's structure, so it works for every model of the library and for any codec
 * built from its combinators (`model`, `extend`, `defaulted`, `optional`, `nullable`, `emptyAs`,
 * `openEnum`, `closedEnum`, `integer`, `boundedNumber`, `boundedString`, `keyedRecord`,
 * `GenerationID`) and the io-ts primitives they use (`t.string`, `t.number`, `t.boolean`,
 * `t.null`, `t.unknown`, `t.UnknownRecord`, `t.UnknownArray`, `t.literal`, `t.keyof`, `t.array`,
 * `t.readonlyArray`, `t.union`, io-ts-types' `NonEmptyString`).
 *
 * What it generates: open enums give known members and arbitrary strings; GenerationIDs are in
 * canonical lowercase form (as decoded); a model that keeps unknown keys holds some (`__proto__`
 * and `constructor` among them, as own data properties); values satisfy the model's rules;
 * `emptyAs` values are never the empty inputs. For every generated `a`,
 * `codec.decode(codec.encode(a))` is `right(a)`.
 *
 * Throws `NoArbitraryError` when it is *built* for a codec it does not know (say `t.type`, or a
 * hand-written `t.Type`); generating never throws.
 *
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/Either'
 * import { AIHordeDispatchParameters } from 'horde-dispatch'
 * import { arbitrary } from 'horde-dispatch/arbitrary'
 *
 * fc.assert(
 *   fc.property(arbitrary(AIHordeDispatchParameters), (a) => {
 *     const back = AIHordeDispatchParameters.decode(AIHordeDispatchParameters.encode(a))
 *     return E.isRight(back) && back.right.generation_ids.length === a.generation_ids.length
 *   }),
 * )
 */
export const arbitrary = <C extends t.Mixed>(codec: C, options?: ArbitraryOptions): fc.Arbitrary<t.TypeOf<C>> =>
  derive(codec, resolve({ ...options, exact: false })).map((s) => s.value as t.TypeOf<C>)

/**
 * An arbitrary of valid *wire inputs* of a codec: JSON-shaped data that `codec.decode` accepts, as
 * a server (or a hand-written payload) may send it. Defaulted and optional fields are sometimes
 * absent; a field with aliases comes under any of its keys; GenerationIDs come in every accepted
 * form (32 hex digits, canonical, `{canonical}`, `urn:uuid:canonical`, digits in any case); models
 * that keep or drop unknown keys get some (unless `exact`); models that reject them never do.
 *
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/Either'
 * import { AIHordeR2DispatchParameters } from 'horde-dispatch'
 * import { wireArbitrary } from 'horde-dispatch/arbitrary'
 *
 * fc.assert(
 *   fc.property(wireArbitrary(AIHordeR2DispatchParameters), (json) => {
 *     const r = AIHordeR2DispatchParameters.decode(json)
 *     return E.isRight(r) && r.right.generation_ids.every((id) => id === id.toLowerCase())
 *   }),
 * )
 */
export const wireArbitrary = (codec: t.Mixed, options?: WireArbitraryOptions): fc.Arbitrary<unknown> =>
  derive(codec, resolve(options)).map((s) => s.wire)
