import * as t from 'io-ts'
import { defaulted, type DefaultedType } from './defaulted'
import { keyedRecord, type KeyedRecordType } from './keyedRecord'
import { model, type AnyModel } from './model'
import { nullable, type NullableType } from './nullable'
import { optional, type OptionalType } from './optional'

const cache = new WeakMap<t.Mixed, t.Mixed>()

const rebuild = (codec: t.Mixed): t.Mixed => {
  const tagged = codec as t.Mixed & { readonly _tag?: string; readonly rewrap?: (f: (c: t.Mixed) => t.Mixed) => t.Mixed }
  // Combinators that wrap codecs and know how to rebuild themselves around others.
  if (tagged.rewrap !== undefined) return tagged.rewrap(toStrict)
  switch (tagged._tag) {
    case 'ModelType': {
      const m = codec as unknown as AnyModel
      const props = Object.fromEntries(Object.entries(m.props).map(([k, c]) => [k, toStrict(c)]))
      return model(m.name, props, { unknownKeys: 'reject', aliases: m.aliases, rules: m.rules })
    }
    case 'DefaultedType': {
      const d = codec as DefaultedType<t.Mixed>
      return defaulted(toStrict(d.type), d.makeDefault, d.name)
    }
    case 'OptionalType': {
      const o = codec as OptionalType<t.Mixed>
      return optional(toStrict(o.type), o.name)
    }
    case 'NullableType': {
      const n = codec as NullableType<t.Mixed>
      return nullable(toStrict(n.type), n.name)
    }
    case 'KeyedRecordType': {
      const r = codec as KeyedRecordType<t.Type<string, string, unknown>, t.Mixed>
      return keyedRecord(r.domain, toStrict(r.codomain), r.name)
    }
    case 'ArrayType':
      return t.array(toStrict((codec as t.ArrayC<t.Mixed>).type), codec.name)
    case 'ReadonlyArrayType':
      return t.readonlyArray(toStrict((codec as t.ReadonlyArrayC<t.Mixed>).type), codec.name)
    case 'UnionType': {
      const types = (codec as t.UnionC<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>).types
      return t.union(types.map(toStrict) as [t.Mixed, t.Mixed, ...Array<t.Mixed>], codec.name)
    }
    default:
      return codec
  }
}

/**
 * The same codec, rejecting unknown keys at every level: each model inside it (through arrays,
 * unions, nullable, defaulted and optional fields, maps) reports every key it does not know, with
 * its path. Decoded values are the same as the lenient codec's wherever both succeed.
 *
 * @example
 * import { toStrict, AIHordeDispatchParameters, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = toStrict(AIHordeDispatchParameters).decode({
 *   generation_ids: [],
 *   no_valid_request_found_reasons: {},
 *   extra: 1,
 * })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), [
 *   'extra: unknown key "extra" (AIHordeDispatchParameters has no such field)',
 * ])
 */
export const toStrict = <C extends t.Mixed>(codec: C): C => {
  let strict = cache.get(codec)
  if (strict === undefined) {
    strict = rebuild(codec)
    cache.set(codec, strict)
  }
  return strict as C
}
