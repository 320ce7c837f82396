import * as t from 'io-ts'
import { INVALID, validateFastFirst, withFastDecoder } from './fast'

export interface StringLengthBounds {
  readonly minLength?: number
  readonly maxLength?: number
}

/**
 * A string whose length (in UTF-16 code units, as the reference's `len`) lies within bounds.
 * For the common "at least one character" case prefer io-ts-types' `NonEmptyString`.
 *
 * @example
 * import { boundedString } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Name = boundedString({ minLength: 1, maxLength: 255 })
 * assert.deepStrictEqual(Name.decode('Magnagothica'), E.right('Magnagothica'))
 * assert.ok(E.isLeft(Name.decode('')))
 */
export interface BoundedStringType extends t.Type<string, string, unknown> {
  readonly _tag: 'BoundedStringType'
  readonly bounds: StringLengthBounds
}

const describe = ({ minLength, maxLength }: StringLengthBounds): string =>
  minLength !== undefined && maxLength !== undefined
    ? `string of length ${minLength} to ${maxLength}`
    : minLength !== undefined
      ? `string of length >= ${minLength}`
      : maxLength !== undefined
        ? `string of length <= ${maxLength}`
        : 'string'

export const boundedString = (bounds: StringLengthBounds, name?: string): BoundedStringType => {
  const { minLength, maxLength } = bounds
  const is = (u: unknown): u is string =>
    typeof u === 'string' &&
    (minLength === undefined || u.length >= minLength) &&
    (maxLength === undefined || u.length <= maxLength)
  const fast = (u: unknown) => (is(u) ? u : INVALID)
  const fail: t.Validate<unknown, never> = (u, c) => t.failure(u, c)
  const codec = new t.Type<string, string, unknown>(
    name ?? describe(bounds),
    is,
    validateFastFirst(fast, fail),
    t.identity,
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'BoundedStringType' as const, bounds }), fast, fail)
}
