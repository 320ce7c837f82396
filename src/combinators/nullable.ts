import * as t from 'io-ts'
import { fastDecoderOf, fullValidatorOf, validateFastFirst, withFastDecoder } from './fast'

/**
 * `C | null`, reported as one expectation (`integer | null`) rather than one error per union branch.
 * `null` is a value here, not an absence: see `defaulted` for absent keys.
 *
 * @example
 * import { nullable, integer } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Ttl = nullable(integer())
 * assert.deepStrictEqual(Ttl.decode(null), E.right(null))
 * assert.deepStrictEqual(Ttl.decode(30), E.right(30))
 * assert.ok(E.isLeft(Ttl.decode('30')))
 */
export interface NullableType<C extends t.Mixed> extends t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null, unknown> {
  readonly _tag: 'NullableType'
  readonly type: C
}

export const nullable = <C extends t.Mixed>(type: C, name: string = `${type.name} | null`): NullableType<C> => {
  const inner = fastDecoderOf(type)
  const fast = (u: unknown) => (u === null ? null : inner(u))
  const innerFull = fullValidatorOf(type)
  // Reached only when `fast` failed, so `u` is not null and the inner fast decoder failed too.
  const full: t.Validate<unknown, t.TypeOf<C> | null> = (u, c) => (u === null ? t.success(null) : innerFull(u, c))
  const codec = new t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null, unknown>(
    name,
    (u): u is t.TypeOf<C> | null => u === null || type.is(u),
    validateFastFirst(fast, full),
    (a) => (a === null ? null : type.encode(a)),
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'NullableType' as const, type }), fast, full)
}
