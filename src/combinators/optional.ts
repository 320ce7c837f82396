import * as t from 'io-ts'
import { fastDecoderOf, fullValidatorOf, validateFastFirst, withFastDecoder } from './fast'

/**
 * A field that may be absent and then stays absent: no default is filled in, and encode omits it.
 * Used where the wire shape is not known in advance (the skipped-reason counts inside dispatch
 * parameters, which may be any of four shapes), so that exactly the keys that came in go out.
 *
 * @example
 * import { model, optional, integer } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Counts = model('Counts', { models: optional(integer({ minimum: 0 })) })
 * assert.deepStrictEqual(Counts.decode({}), E.right({}))
 * assert.deepStrictEqual(Counts.decode({ models: 2 }), E.right({ models: 2 }))
 */
export interface OptionalType<C extends t.Mixed> extends t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | undefined, unknown> {
  readonly _tag: 'OptionalType'
  readonly type: C
}

export const optional = <C extends t.Mixed>(type: C, name: string = type.name): OptionalType<C> => {
  const inner = fastDecoderOf(type)
  const fast = (u: unknown) => (u === undefined ? undefined : inner(u))
  const innerFull = fullValidatorOf(type)
  // Reached only when `fast` failed, so `u` is present and the inner fast decoder failed too.
  const full: t.Validate<unknown, t.TypeOf<C> | undefined> = (u, c) => (u === undefined ? t.success(undefined) : innerFull(u, c))
  const codec = new t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | undefined, unknown>(
    name,
    (u): u is t.TypeOf<C> | undefined => u === undefined || type.is(u),
    validateFastFirst(fast, full),
    (a) => (a === undefined ? undefined : type.encode(a)),
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'OptionalType' as const, type }), fast, full)
}
