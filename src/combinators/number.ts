import * as t from 'io-ts'
import { INVALID, validateFastFirst, withFastDecoder } from './fast'
import { describeBounds, type NumericBounds } from './numericBounds'

/**
 * A finite JSON number, optionally bounded (inclusive). Strings, booleans, `NaN` and `Infinity` fail.
 *
 * @example
 * import { boundedNumber } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Strength = boundedNumber({ minimum: 0, maximum: 1 })
 * assert.deepStrictEqual(Strength.decode(0.75), E.right(0.75))
 * assert.ok(E.isLeft(Strength.decode(1.5)))
 */
export interface BoundedNumberType extends t.Type<number, number, unknown> {
  readonly _tag: 'BoundedNumberType'
  readonly bounds: NumericBounds
}

export const boundedNumber = (bounds: NumericBounds = {}, name?: string): BoundedNumberType => {
  const { minimum, maximum } = bounds
  const is = (u: unknown): u is number =>
    typeof u === 'number' &&
    Number.isFinite(u) &&
    (minimum === undefined || u >= minimum) &&
    (maximum === undefined || u <= maximum)
  const fast = (u: unknown) => (is(u) ? u : INVALID)
  const fail: t.Validate<unknown, never> = (u, c) => t.failure(u, c)
  const codec = new t.Type<number, number, unknown>(
    name ?? describeBounds('number', bounds),
    is,
    validateFastFirst(fast, fail),
    t.identity,
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'BoundedNumberType' as const, bounds }), fast, fail)
}
