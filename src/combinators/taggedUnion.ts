import * as t from 'io-ts'
import { fastDecoderOf, INVALID, withFastDecoder } from './fast'
import type { AnyModel } from './model'
import { describeThrown, isPlainObject } from './plainObject'

type Member = t.Mixed & { readonly props: AnyModel['props'] }

// The literal a member declares for the tag key, looking through `defaulted`.
const tagValueOf = (member: Member, key: string): unknown => {
  let codec = member.props[key] as (t.Mixed & { readonly _tag?: string; readonly type?: t.Mixed; readonly value?: unknown }) | undefined
  while (codec !== undefined && codec._tag !== 'LiteralType' && codec.type !== undefined) codec = codec.type
  return codec?._tag === 'LiteralType' ? codec.value : undefined
}

/**
 * A union of models told apart by a literal field (`kind`). When the input carries the tag, only
 * the member it names decodes it, so an error report speaks of that member alone (a plain union
 * reports every member's complaints). When the tag is absent, the members are tried in order, as
 * `t.union` does, so inputs written without the tag still decode by shape.
 *
 * It presents itself as a union (`_tag: 'UnionType'`, `types`), so interpreters that walk unions
 * (arbitraries, JSON Schema) need nothing new.
 *
 * @example
 * import { taggedUnion, model, defaulted } from 'horde-dispatch'
 * import * as t from 'io-ts'
 * import * as E from 'fp-ts/Either'
 *
 * const Circle = model('Circle', { kind: defaulted(t.literal('circle'), () => 'circle' as const), r: t.number })
 * const Square = model('Square', { kind: defaulted(t.literal('square'), () => 'square' as const), side: t.number })
 * const Shape = taggedUnion('kind', [Circle, Square], 'Shape')
 * assert.deepStrictEqual(Shape.decode({ kind: 'square', side: 2 }), E.right({ kind: 'square', side: 2 }))
 * assert.deepStrictEqual(Shape.decode({ r: 1 }), E.right({ kind: 'circle', r: 1 }))
 */
export interface TaggedUnionType<CS extends [Member, Member, ...Array<Member>]>
  extends t.Type<t.TypeOf<CS[number]>, t.OutputOf<CS[number]>, unknown> {
  readonly _tag: 'UnionType'
  readonly types: CS
  /** The field whose literal picks the member. */
  readonly tag: string
  readonly rewrap: (f: (c: t.Mixed) => t.Mixed) => t.Mixed
}

export const taggedUnion = <CS extends [Member, Member, ...Array<Member>]>(
  tag: string,
  types: CS,
  name: string = types.map((m) => m.name).join(' | '),
): TaggedUnionType<CS> => {
  type A = t.TypeOf<CS[number]>
  const byTag = new Map<unknown, number>()
  types.forEach((m, i) => byTag.set(tagValueOf(m, tag), i))
  const fast = types.map((m) => fastDecoderOf(m))

  const fastDecode = (u: unknown): A | typeof INVALID => {
    if (!isPlainObject(u)) return INVALID
    const i = u[tag] === undefined ? undefined : byTag.get(u[tag])
    if (i !== undefined) return fast[i](u) as A | typeof INVALID
    if (u[tag] !== undefined) return INVALID
    for (const f of fast) {
      const r = f(u)
      if (r !== INVALID) return r as A
    }
    return INVALID
  }

  const validate = (u: unknown, c: t.Context): t.Validation<A> => {
    try {
      const r = fastDecode(u)
      if (r !== INVALID) return t.success(r)
      if (!isPlainObject(u)) return t.failure(u, c)
      const given = u[tag]
      if (given === undefined) return t.failure(u, c, `matches none of ${name} (give "${tag}" to say which)`)
      const i = byTag.get(given)
      if (i === undefined) {
        const known = [...byTag.keys()].map((k) => JSON.stringify(k)).join(', ')
        return t.failure(u, c, `unknown ${tag} ${JSON.stringify(given)} (expected one of ${known})`)
      }
      return types[i].validate(u, t.appendContext(c, String(i), types[i], u)) as t.Validation<A>
    } catch (e) {
      return t.failure(u, c, `the input could not be read as plain data: ${describeThrown(e)}`)
    }
  }

  const memberOf = (a: A): Member | undefined => {
    const i = isPlainObject(a) ? byTag.get(a[tag]) : undefined
    return i !== undefined ? types[i] : types.find((m) => m.is(a))
  }

  const codec = new t.Type<A, t.OutputOf<CS[number]>, unknown>(
    name,
    (u): u is A => memberOf(u as A)?.is(u) ?? false,
    validate,
    // A value no member claims is passed through as it is: encode never throws.
    (a) => (memberOf(a)?.encode(a) ?? a) as t.OutputOf<CS[number]>,
  )
  return withFastDecoder(
    Object.assign(codec, {
      _tag: 'UnionType' as const,
      types,
      tag,
      rewrap: (f: (c: t.Mixed) => t.Mixed) => taggedUnion(tag, types.map(f) as unknown as CS, name),
    }),
    (u) => {
      try {
        return fastDecode(u)
      } catch {
        return INVALID
      }
    },
  )
}
