import * as t from 'io-ts'
import { INVALID, validateFastFirst, withFastDecoder } from './fast'
import { describeBounds, type NumericBounds } from './numericBounds'

/**
 * A JSON integer, optionally bounded. `5.5`, `"30"`, `NaN` and `Infinity` fail: numbers are never
 * coerced from strings at an IO boundary. The static type is plain `number`, so producers need no
 * brand. The bounds are kept on the codec for other interpreters (JSON Schema, arbitraries).
 *
 * @example
 * import { integer } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Count = integer({ minimum: 0 })
 * assert.deepStrictEqual(Count.decode(3), E.right(3))
 * assert.ok(E.isLeft(Count.decode(-1)))
 * assert.ok(E.isLeft(Count.decode('30')))
 */
export interface IntegerType extends t.Type<number, number, unknown> {
  readonly _tag: 'IntegerType'
  readonly bounds: NumericBounds
}

export const integer = (bounds: NumericBounds = {}, name?: string): IntegerType => {
  const { minimum, maximum, multipleOf } = bounds
  const is = (u: unknown): u is number =>
    typeof u === 'number' &&
    Number.isInteger(u) &&
    (minimum === undefined || u >= minimum) &&
    (maximum === undefined || u <= maximum) &&
    (multipleOf === undefined || u % multipleOf === 0)
  const fast = (u: unknown) => (is(u) ? u : INVALID)
  const fail: t.Validate<unknown, never> = (u, c) => t.failure(u, c)
  const codec = new t.Type<number, number, unknown>(
    name ?? describeBounds('integer', bounds),
    is,
    validateFastFirst(fast, fail),
    t.identity,
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'IntegerType' as const, bounds }), fast, fail)
}
