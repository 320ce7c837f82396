import { model, type ModelA, type ModelOptions, type ModelType, type ModelRule, type Props } from './model'

type Merge<P extends Props, Q extends Props> = { readonly [K in Exclude<keyof P, keyof Q>]: P[K] } & Q

/**
 * Derives a subtype of a model: adds fields, and narrows inherited ones by giving them again,
 * without restating the parent. The parent's unknown-key policy, aliases and rules carry over unless
 * the options say otherwise (rules are added to the parent's).
 *
 * @example
 * import { model, extend, integer } from 'horde-dispatch'
 * import * as t from 'io-ts'
 * import * as E from 'fp-ts/Either'
 *
 * const Base = model('Base', { ids: t.array(t.unknown) })
 * const Narrow = extend(Base, 'Narrow', { ids: t.array(t.string), ttl: integer() })
 * assert.deepStrictEqual(Narrow.decode({ ids: ['a'], ttl: 3 }), E.right({ ids: ['a'], ttl: 3 }))
 * assert.ok(E.isLeft(Narrow.decode({ ids: [1], ttl: 3 })))
 */
export const extend = <P extends Props, Q extends Props>(
  parent: ModelType<P>,
  name: string,
  props: Q,
  options: ModelOptions<ModelA<Merge<P, Q>>> = {},
): ModelType<Merge<P, Q>> =>
  model(name, { ...parent.props, ...props } as Merge<P, Q>, {
    unknownKeys: options.unknownKeys ?? parent.unknownKeys,
    aliases: { ...parent.aliases, ...options.aliases },
    // The parent's rules hold for the subtype: its values are, field by field, values of the parent.
    rules: [...(parent.rules as ReadonlyArray<ModelRule<unknown>>), ...(options.rules ?? [])],
  })
