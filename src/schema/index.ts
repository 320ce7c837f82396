/**
 * JSON Schema (draft 2020-12) derived from a codec's structure: what `decode` accepts on the wire.
 *
 * The walk reads the structure every combinator of this library carries (`_tag` and its parts), and
 * io-ts' own `_tag`s for the primitives, arrays, unions and the like. Anything it cannot read is an
 * error naming the codec and where it sits (or, with `onUnknown: 'allow'`, a schema accepting anything).
 */
import * as t from 'io-ts'
import { NonEmptyString } from 'io-ts-types/lib/NonEmptyString'
import type { BoundedStringType } from '../combinators/boundedString'
import type { DefaultedType } from '../combinators/defaulted'
import type { EmptyAsType } from '../combinators/emptyAs'
import type { IntegerType } from '../combinators/integer'
import type { KeyedRecordType } from '../combinators/keyedRecord'
import type { AnyModel } from '../combinators/model'
import type { BoundedNumberType } from '../combinators/number'
import type { NullableType } from '../combinators/nullable'
import type { OpenEnumType } from '../combinators/openEnum'
import type { OptionalType } from '../combinators/optional'
import type { GenerationIDType } from '../ai_horde_api/fields'

/** A JSON value (what `default`, `const` and `enum` hold). */
export type JsonValue = null | boolean | number | string | ReadonlyArray<JsonValue> | { readonly [key: string]: JsonValue }

/** The JSON type names of JSON Schema's `type` keyword. */
export type JsonTypeName = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'integer' | 'string'

/** A JSON Schema: `true` (anything), `false` (nothing) or a schema object. */
export type JsonSchema = boolean | JsonSchemaObject

/** The draft 2020-12 keywords `toJsonSchema` writes. */
export interface JsonSchemaObject {
  readonly $schema?: string
  readonly $id?: string
  readonly $ref?: string
  readonly $defs?: { readonly [name: string]: JsonSchema }
  readonly $comment?: string
  readonly title?: string
  readonly description?: string
  readonly default?: JsonValue
  readonly examples?: ReadonlyArray<JsonValue>
  readonly type?: JsonTypeName | ReadonlyArray<JsonTypeName>
  readonly enum?: ReadonlyArray<JsonValue>
  readonly const?: JsonValue
  readonly anyOf?: ReadonlyArray<JsonSchema>
  readonly allOf?: ReadonlyArray<JsonSchema>
  readonly not?: JsonSchema
  readonly if?: JsonSchema
  readonly then?: JsonSchema
  readonly else?: JsonSchema
  readonly minimum?: number
  readonly maximum?: number
  readonly multipleOf?: number
  readonly minLength?: number
  readonly maxLength?: number
  readonly pattern?: string
  readonly items?: JsonSchema
  readonly prefixItems?: ReadonlyArray<JsonSchema>
  readonly minItems?: number
  readonly maxItems?: number
  readonly properties?: { readonly [key: string]: JsonSchema }
  readonly required?: ReadonlyArray<string>
  readonly additionalProperties?: JsonSchema
  readonly propertyNames?: JsonSchema
}

/** Options of `toJsonSchema`. */
export interface ToJsonSchemaOptions {
  /** `$id` of the root schema. */
  readonly id?: string
  /**
   * What to do with a codec the walk cannot read (a custom `t.Type` without a known `_tag`):
   * `'throw'` (the default) raises an `Error` naming it and its path; `'allow'` writes `{}` (any
   * value) with a `$comment`, so the schema stays sound but is looser than the codec there.
   */
  readonly onUnknown?: 'throw' | 'allow'
}

/** The `$schema` URI of the schemas `toJsonSchema` writes. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type Obj = Mutable<JsonSchemaObject>

interface Walk {
  readonly options: ToJsonSchemaOptions
  readonly defs: Record<string, JsonSchema>
  /** Recursive codecs already given a `$defs` entry, and its name. */
  readonly recursive: Map<t.Mixed, string>
}

type Tagged = t.Mixed & { readonly _tag?: string }

/** Keywords that constrain one JSON type only, so `null` can be added to `type` beside them. */
const TYPE_SCOPED = new Set([
  'type',
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'title',
  'description',
  '$comment',
])

const isJsonValue = (u: unknown): u is JsonValue => {
  if (u === null || typeof u === 'string' || typeof u === 'boolean') return true
  if (typeof u === 'number') return Number.isFinite(u)
  if (Array.isArray(u)) return u.every(isJsonValue)
  if (typeof u === 'object') {
    const proto: unknown = Object.getPrototypeOf(u)
    return (proto === Object.prototype || proto === null) && Object.values(u as object).every(isJsonValue)
  }
  return false
}

/** Decode accepts an absent key: `optional`, `defaulted`, `t.unknown`, unions with `t.undefined`... */
const acceptsAbsent = (codec: t.Mixed): boolean => codec.decode(undefined)._tag === 'Right'

const anyOf = (members: ReadonlyArray<JsonSchema>): JsonSchema => {
  const flat: Array<JsonSchema> = []
  for (const m of members) {
    if (typeof m === 'object' && m.anyOf !== undefined && Object.keys(m).length === 1) flat.push(...m.anyOf)
    else flat.push(m)
  }
  if (flat.some((m) => m === true)) return {}
  const kept = flat.filter((m) => m !== false)
  return kept.length === 0 ? false : kept.length === 1 ? kept[0] : { anyOf: kept }
}

const orNull = (inner: JsonSchema): JsonSchema => {
  if (typeof inner === 'object' && typeof inner.type === 'string' && Object.keys(inner).every((k) => TYPE_SCOPED.has(k))) {
    return { ...inner, type: inner.type === 'null' ? 'null' : [inner.type, 'null'] }
  }
  return anyOf([inner, { type: 'null' }])
}

const withAnnotation = (schema: JsonSchema, extra: Obj): JsonSchema =>
  typeof schema === 'boolean' ? (schema ? extra : { ...extra, not: {} }) : { ...schema, ...extra }

const numeric = (type: 'integer' | 'number', bounds: IntegerType['bounds']): Obj => {
  const s: Obj = { type }
  if (bounds.minimum !== undefined) s.minimum = bounds.minimum
  if (bounds.maximum !== undefined) s.maximum = bounds.maximum
  if (bounds.multipleOf !== undefined) s.multipleOf = bounds.multipleOf
  return s
}

const patternOf = (re: RegExp, where: string): string => {
  if (/[imsy]/.test(re.flags)) throw new Error(`toJsonSchema: ${where}: a pattern with flags "${re.flags}" has no JSON Schema form`)
  return re.source
}

const objectSchema = (
  w: Walk,
  path: string,
  props: { readonly [key: string]: t.Mixed },
  opts: { readonly title?: string; readonly additional: boolean; readonly aliases?: AnyModel['aliases']},
): Obj => {
  const properties: Record<string, JsonSchema> = {}
  const required: Array<string> = []
  const allOf: Array<JsonSchema> = []
  for (const key of Object.keys(props)) {
    const codec = props[key]
    const field = walk(w, codec, `${path}.${key}`)
    const isRequired = !acceptsAbsent(codec)
    const inputs = opts.aliases?.[key] ?? [key]
    if (inputs.length === 1) {
      properties[inputs[0]] = field
      if (isRequired) required.push(inputs[0])
      continue
    }
    // Aliases: the first wire key present feeds the field. Under `reject` at most one may be present;
    // otherwise the later ones are ignored (so checked only when every earlier one is absent).
    properties[inputs[0]] = field
    for (let i = 1; i < inputs.length; i++) {
      const earlier = inputs.slice(0, i)
      if (!opts.additional) properties[inputs[i]] = field
      else {
        properties[inputs[i]] = { description: `Alias of \`${key}\`, read only when ${earlier.map((k) => `\`${k}\``).join(', ')} is absent.` }
        allOf.push({
          if: { required: [inputs[i]], not: anyOf(earlier.map((k) => ({ required: [k] }))) },
          then: { properties: { [inputs[i]]: field } },
        })
      }
    }
    if (!opts.additional) {
      const pairs: Array<JsonSchema> = []
      for (let i = 0; i < inputs.length; i++) for (let j = i + 1; j < inputs.length; j++) pairs.push({ required: [inputs[i], inputs[j]] })
      allOf.push({ not: anyOf(pairs) })
    }
    if (isRequired) allOf.push(anyOf(inputs.map((k) => ({ required: [k] }))))
  }
  const s: Obj = {}
  if (opts.title !== undefined) s.title = opts.title
  s.type = 'object'
  s.properties = properties
  if (required.length > 0) s.required = required
  s.additionalProperties = opts.additional
  if (allOf.length > 0) s.allOf = allOf
  return s
}

const unknownCodec = (w: Walk, codec: t.Mixed, path: string): JsonSchema => {
  const tag = (codec as Tagged)._tag
  const what = `codec "${codec.name}"${tag === undefined ? '' : ` (_tag ${tag})`}`
  if (w.options.onUnknown === 'allow') return { $comment: `${what} has no JSON Schema form here: any value is allowed` }
  throw new Error(`toJsonSchema: ${path}: ${what} is not one toJsonSchema can read; teach src/schema/index.ts its _tag, or pass onUnknown: 'allow'`)
}

function walk(w: Walk, codec: t.Mixed, path: string): JsonSchema {
  if (codec === (NonEmptyString as t.Mixed)) return { type: 'string', minLength: 1 }
  const c = codec as Tagged
  switch (c._tag) {
    // This library's combinators.
    case 'ModelType': {
      const m = codec as unknown as AnyModel
      const s = objectSchema(w, path, m.props, { title: m.name, additional: m.unknownKeys !== 'reject', aliases: m.aliases })
      if (m.rules.length > 0) s.$comment = `Also checked on decode: ${m.rules.map((r) => r.message.replace(/\.$/, '')).join('; ')}.`
      return s
    }
    case 'DefaultedType': {
      const d = codec as DefaultedType<t.Mixed>
      const inner = walk(w, d.type, path)
      const value: unknown = d.encode(d.makeDefault())
      return isJsonValue(value) ? withAnnotation(inner, { default: value }) : inner
    }
    case 'OptionalType':
      return walk(w, (codec as OptionalType<t.Mixed>).type, path)
    case 'NullableType':
      return orNull(walk(w, (codec as NullableType<t.Mixed>).type, path))
    case 'EmptyAsType': {
      const e = codec as EmptyAsType<t.Mixed>
      // Only the empties the wrapped codec would reject widen the schema (`""` is already a string).
      const extra = e.empties.filter((u) => isJsonValue(u) && e.type.decode(u)._tag === 'Left') as Array<JsonValue>
      const inner = walk(w, e.type, path)
      if (extra.length === 0) return inner
      if (extra.length === 1 && extra[0] === null) return orNull(inner)
      return anyOf([extra.length === 1 ? { const: extra[0] } : { enum: extra }, inner])
    }
    case 'OpenEnumType': {
      const o = codec as OpenEnumType<string>
      // "One of these, or any string": validators accept any string; editors offer the listed members.
      return { title: o.name, anyOf: [{ enum: [...o.known] }, { type: 'string' }] }
    }
    case 'IntegerType':
      return numeric('integer', (codec as IntegerType).bounds)
    case 'BoundedNumberType': {
      // `boundedNumber` checks the range only (not `multipleOf`), so the schema states just that.
      const { minimum, maximum } = (codec as BoundedNumberType).bounds
      return numeric('number', { minimum, maximum })
    }
    case 'BoundedStringType': {
      const { minLength, maxLength } = (codec as BoundedStringType).bounds
      const s: Obj = { type: 'string' }
      if (minLength !== undefined) s.minLength = minLength
      if (maxLength !== undefined) s.maxLength = maxLength
      return s
    }
    case 'GenerationIDType':
      return { title: codec.name, type: 'string', pattern: patternOf((codec as GenerationIDType).pattern, path) }
    case 'KeyedRecordType': {
      const r = codec as KeyedRecordType<t.Type<string, string, unknown>, t.Mixed>
      const keys = walk(w, r.domain, `${path}[key]`)
      const s: Obj = { type: 'object' }
      if (!(typeof keys === 'object' && keys.type === 'string' && Object.keys(keys).length === 1)) s.propertyNames = keys
      s.additionalProperties = walk(w, r.codomain, `${path}[value]`)
      return s
    }

    // io-ts.
    case 'StringType':
      return { type: 'string' }
    case 'NumberType':
      return { type: 'number' }
    case 'BooleanType':
      return { type: 'boolean' }
    case 'NullType':
      return { type: 'null' }
    case 'UnknownType':
    case 'AnyType':
      return {}
    case 'UndefinedType':
    case 'VoidType':
    case 'NeverType':
      // No JSON value is `undefined`: as a field, the key must be absent.
      return false
    case 'AnyDictionaryType':
      return { type: 'object' }
    case 'AnyArrayType':
      return { type: 'array' }
    case 'LiteralType': {
      const value: unknown = (codec as t.LiteralC<string | number | boolean>).value
      return isJsonValue(value) ? { const: value } : unknownCodec(w, codec, path)
    }
    case 'KeyofType':
      return { title: codec.name, type: 'string', enum: Object.keys((codec as t.KeyofC<Record<string, unknown>>).keys) }
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return { type: 'array', items: walk(w, (codec as t.ArrayC<t.Mixed>).type, `${path}[]`) }
    case 'TupleType': {
      const types = (codec as t.TupleC<[t.Mixed, ...Array<t.Mixed>]>).types
      return { type: 'array', prefixItems: types.map((m, i) => walk(w, m, `${path}[${i}]`)), minItems: types.length, items: false }
    }
    case 'UnionType': {
      const types = (codec as t.UnionC<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>).types
      if (types.every((m) => (m as Tagged)._tag === 'LiteralType')) {
        return { enum: types.map((m) => (m as t.LiteralC<string | number | boolean>).value) }
      }
      return anyOf(types.map((m) => walk(w, m, path)))
    }
    case 'IntersectionType': {
      const types = (codec as t.IntersectionC<[t.Mixed, t.Mixed]>).types
      return { allOf: types.map((m) => walk(w, m, path)) }
    }
    case 'InterfaceType':
      return objectSchema(w, path, (codec as t.TypeC<t.Props>).props, { additional: true })
    case 'PartialType': {
      const props = (codec as t.PartialC<t.Props>).props
      return objectSchema(w, path, Object.fromEntries(Object.keys(props).map((k) => [k, t.union([props[k], t.undefined])])), { additional: true })
    }
    case 'ExactType':
    case 'ReadonlyType':
      // io-ts' exact/strict strip unknown keys: they are accepted on the wire.
      return walk(w, (codec as t.ExactC<t.HasProps>).type, path)
    case 'StrictType':
      return objectSchema(w, path, (codec as t.StrictC<t.Props>).props, { additional: true })
    case 'DictionaryType': {
      const d = codec as t.RecordC<t.Mixed, t.Mixed>
      const domain = d.domain as Tagged
      if (domain._tag === 'KeyofType') {
        const keys = Object.keys((domain as t.KeyofC<Record<string, unknown>>).keys)
        return objectSchema(w, path, Object.fromEntries(keys.map((k) => [k, d.codomain])), { additional: true })
      }
      const s: Obj = { type: 'object' }
      if (domain._tag !== 'StringType') s.propertyNames = walk(w, d.domain, `${path}[key]`)
      s.additionalProperties = walk(w, d.codomain, `${path}[value]`)
      return s
    }
    case 'RefinementType': {
      const r = codec as t.RefinementC<t.Mixed>
      const base = walk(w, r.type, path)
      // Refinements are predicates: the schema is the base type's, looser than the codec.
      if (r.name === 'NonEmptyString' && (r.type as Tagged)._tag === 'StringType') return { type: 'string', minLength: 1 }
      if (r.name === 'Int' && (r.type as Tagged)._tag === 'NumberType') return { type: 'integer' }
      return withAnnotation(base, { $comment: `Refined on decode as ${r.name}.` })
    }
    case 'RecursiveType': {
      let name = w.recursive.get(codec)
      if (name === undefined) {
        name = codec.name
        for (let i = 2; name in w.defs; i++) name = `${codec.name}_${i}`
        w.recursive.set(codec, name)
        w.defs[name] = true
        w.defs[name] = walk(w, (codec as t.RecursiveType<t.Mixed>).type, path)
      }
      return { $ref: `#/$defs/${name}` }
    }
    default:
      return unknownCodec(w, codec, path)
  }
}

/**
 * The JSON Schema (draft 2020-12) of what a codec's `decode` accepts on the wire, derived from its
 * structure:
 *
 * - a `model`'s required keys are `required`; `defaulted` keys are not, and carry the encoded
 *   default as `default`; `optional` keys are not required; aliases are alternative keys; the
 *   unknown-key policy is `additionalProperties` (`drop`, `keep`: `true`; `reject`: `false`);
 * - `nullable` adds `null`; `integer`/`boundedNumber`/`boundedString` keep their bounds;
 * - an `openEnum` is "one of the known strings, or any string" (`anyOf: [{enum}, {type: string}]`,
 *   so editors can offer the known members); a `closedEnum` is an `enum`;
 * - `GenerationID` is a `pattern` of its four accepted forms; a `keyedRecord` constrains its keys
 *   with `propertyNames`.
 *
 * What a schema cannot say is left to the decoder, and named in a `$comment`: model rules (such as
 * a pop's ids-present rule) and io-ts refinements. String lengths are counted by JSON Schema in
 * code points, by the codecs in UTF-16 code units: they differ only beyond the Basic Multilingual Plane.
 *
 * @example
 * import { toJsonSchema, model, defaulted, integer, nullable, openEnum, GenerationID } from 'horde-dispatch'
 * import * as t from 'io-ts'
 *
 * const Job = model('Job', {
 *   ids: t.array(GenerationID),
 *   ttl: defaulted(nullable(integer({ minimum: 0 })), () => null),
 *   kind: openEnum('Kind', ['image', 'text']),
 * }, { unknownKeys: 'reject' })
 * const schema = toJsonSchema(Job)
 * assert.deepStrictEqual(schema.required, ['ids', 'kind'])
 * assert.strictEqual(schema.additionalProperties, false)
 * assert.deepStrictEqual(schema.properties?.ttl, { type: ['integer', 'null'], minimum: 0, default: null })
 * assert.deepStrictEqual(schema.properties?.kind, { title: 'Kind', anyOf: [{ enum: ['image', 'text'] }, { type: 'string' }] })
 */
export const toJsonSchema = (codec: t.Mixed, options: ToJsonSchemaOptions = {}): JsonSchemaObject => {
  const w: Walk = { options, defs: {}, recursive: new Map() }
  const body = walk(w, codec, '(root)')
  const root: Obj = { $schema: JSON_SCHEMA_DIALECT }
  if (options.id !== undefined) root.$id = options.id
  const schema: Obj = typeof body === 'boolean' ? { ...root, ...(body ? {} : { not: {} }) } : { ...root, ...body }
  if (Object.keys(w.defs).length > 0) schema.$defs = w.defs
  return schema
}

/**
 * Whether an exported value is a model (`_tag === 'ModelType'`): the models `toJsonSchema` writes a
 * schema file for.
 *
 * @example
 * import { isModel, AIHordeDispatchParameters, GenerationID } from 'horde-dispatch'
 *
 * assert.ok(isModel(AIHordeDispatchParameters))
 * assert.ok(!isModel(GenerationID))
 */
export const isModel = (u: unknown): u is AnyModel =>
  typeof u === 'object' && u !== null && (u as { readonly _tag?: unknown })._tag === 'ModelType' && u instanceof t.Type
