import * as t from 'io-ts'
import { fastDecoderOf, fullValidatorOf, validateFastFirst, withFastDecoder } from './fast'

/**
 * Decodes the listed "empty" inputs (`""`, `null`, compared with `===`) as a fixed replacement,
 * and everything else with the wrapped codec. Encode is the wrapped codec's.
 *
 * Used where the reference substitutes a value for an empty one, made deterministic: a pop's
 * top-level `"id": ""` decodes as absent (`null`), and a `schema_version` of `""` or `null` as `"1.0"`.
 *
 * @example
 * import { emptyAs, nullable, GenerationID } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const LegacyID = emptyAs(nullable(GenerationID), [''], () => null)
 * assert.deepStrictEqual(LegacyID.decode(''), E.right(null))
 * assert.ok(E.isLeft(LegacyID.decode(' ')))
 */
export interface EmptyAsType<C extends t.Mixed> extends t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> {
  readonly _tag: 'EmptyAsType'
  readonly type: C
  readonly empties: ReadonlyArray<unknown>
  readonly replacement: () => t.TypeOf<C>
  /** Rebuilds this combinator around another codec (used by `toStrict`). */
  readonly rewrap: (f: (c: t.Mixed) => t.Mixed) => t.Mixed
}

export const emptyAs = <C extends t.Mixed>(
  type: C,
  empties: ReadonlyArray<unknown>,
  replacement: () => t.TypeOf<C>,
  name: string = type.name,
): EmptyAsType<C> => {
  const inner = fastDecoderOf(type)
  const isEmpty = (u: unknown) => empties.includes(u)
  const fast = (u: unknown) => (isEmpty(u) ? replacement() : inner(u))
  const innerFull = fullValidatorOf(type)
  // Reached only when `fast` failed, so `u` is not empty and the inner fast decoder failed too.
  const full: t.Validate<unknown, t.TypeOf<C>> = (u, c) => (isEmpty(u) ? t.success(replacement()) : innerFull(u, c))
  const codec = new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    name,
    type.is,
    validateFastFirst(fast, full),
    type.encode,
  )
  return withFastDecoder(
    Object.assign(codec, {
      _tag: 'EmptyAsType' as const,
      type,
      empties,
      replacement,
      rewrap: (f: (c: t.Mixed) => t.Mixed) => emptyAs(f(type), empties, replacement, name),
    }),
    fast,
    full,
  )
}
