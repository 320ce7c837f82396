import * as t from 'io-ts'
import { INVALID, validateFastFirst, withFastDecoder } from './fast'

/**
 * "A known member, or any other string": the reference's `KNOWN_X | str`.
 *
 * Any string decodes, verbatim (no case folding, no trimming); non-strings and `null` fail. The
 * static type is the union of the known literals `| (string & {})`, so editors still offer the
 * known members while any string type-checks. `isKnown` narrows a value to the known members.
 *
 * @example
 * import { openEnum } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Color = openEnum('Color', { red: 'red', green: 'green' } as const)
 * assert.deepStrictEqual(Color.decode('red'), E.right('red'))
 * assert.deepStrictEqual(Color.decode('Mauve'), E.right('Mauve'))
 * assert.ok(E.isLeft(Color.decode(null)))
 * assert.ok(Color.isKnown('red') && !Color.isKnown('Red'))
 */
export type Open<K extends string> = K | (string & {})

export interface OpenEnumType<K extends string> extends t.Type<Open<K>, string, unknown> {
  readonly _tag: 'OpenEnumType'
  /** The known members' wire values, in declaration order, without duplicates. */
  readonly known: ReadonlyArray<K>
  /** Narrows to the known members (exact string equality). */
  readonly isKnown: (s: string) => s is K
}

/**
 * Builds an open enum from a const object of members (values are the wire strings) or a list of them.
 *
 * @example
 * import { openEnum } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Size = openEnum('Size', ['S', 'M', 'L'])
 * assert.deepStrictEqual(Size.known, ['S', 'M', 'L'])
 * assert.deepStrictEqual(Size.decode('XL'), E.right('XL'))
 * assert.ok(Size.isKnown('M') && !Size.isKnown('XL'))
 */
export const openEnum = <const M extends Readonly<Record<string, string>> | ReadonlyArray<string>>(
  name: string,
  members: M,
): OpenEnumType<M extends ReadonlyArray<infer V extends string> ? V : M[keyof M] & string> => {
  type K = M extends ReadonlyArray<infer V extends string> ? V : M[keyof M] & string
  const known = [...new Set(Array.isArray(members) ? members : Object.values(members))] as ReadonlyArray<K>
  const set = new Set<string>(known)
  const isKnown = (s: string): s is K => set.has(s)
  const fast = (u: unknown) => (typeof u === 'string' ? u : INVALID)
  const fail: t.Validate<unknown, never> = (u, c) => t.failure(u, c)
  const codec = new t.Type<Open<K>, string, unknown>(
    name,
    (u): u is Open<K> => typeof u === 'string',
    validateFastFirst(fast, fail),
    t.identity,
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'OpenEnumType' as const, known, isKnown }), fast, fail)
}
