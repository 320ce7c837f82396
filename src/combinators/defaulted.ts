import * as t from 'io-ts'
import { fastDecoderOf, fullValidatorOf, validateFastFirst, withFastDecoder } from './fast'

/**
 * A field that takes a default when it is absent (`undefined`, or a missing key inside a `model`).
 * `null` is not absence: it is passed to the field's codec, and is valid only if that codec accepts
 * `null`. This is where it differs from io-ts-types' `fromNullable`, which treats `null` as absent.
 *
 * The default is produced by a function, so a mutable default (`[]`, an object) is never shared.
 *
 * @example
 * import { defaulted, integer, nullable } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Ttl = defaulted(nullable(integer()), () => null)
 * assert.deepStrictEqual(Ttl.decode(undefined), E.right(null))
 * assert.deepStrictEqual(Ttl.decode(null), E.right(null))
 *
 * const Steps = defaulted(integer({ minimum: 1 }), () => 30)
 * assert.deepStrictEqual(Steps.decode(undefined), E.right(30))
 * assert.ok(E.isLeft(Steps.decode(null)))
 */
export interface DefaultedType<C extends t.Mixed> extends t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> {
  readonly _tag: 'DefaultedType'
  readonly type: C
  /** Makes a fresh default value. */
  readonly makeDefault: () => t.TypeOf<C>
}

export const defaulted = <C extends t.Mixed>(
  type: C,
  makeDefault: () => t.TypeOf<C>,
  name: string = type.name,
): DefaultedType<C> => {
  const inner = fastDecoderOf(type)
  const fast = (u: unknown) => (u === undefined ? makeDefault() : inner(u))
  const innerFull = fullValidatorOf(type)
  // Reached only when `fast` failed, so `u` is present and the inner fast decoder failed too.
  const full: t.Validate<unknown, t.TypeOf<C>> = (u, c) => (u === undefined ? t.success(makeDefault()) : innerFull(u, c))
  const codec = new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    name,
    type.is,
    validateFastFirst(fast, full),
    type.encode,
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'DefaultedType' as const, type, makeDefault }), fast, full)
}
