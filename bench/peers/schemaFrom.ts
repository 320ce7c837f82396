/**
 * zod 4 and valibot 1 versions of the pop models, written with each library's idiomatic pieces
 * (`object` / `looseObject`, `nullable`, `default` or `optional(…, default)`, bounds as checks,
 * `record` with a transforming key) and derived from our models' field lists by a small
 * translator, so each holds exactly the fields, bounds and defaults of ours. Where a library has no
 * piece for one of our rules (an alias key, an "empty as" value, a whole-object rule) it gets the
 * few lines its users would write.
 */
import * as t from 'io-ts'
import * as v from 'valibot'
import { z } from 'zod'
import type { Bounds, Node } from './iotsFrom'
import { GenerationID as valibotId } from './valibot'
import { GenerationID as zodId } from './zod'

/** Moves the first present alias of each aliased field to the field's own key; drops the others. */
const moveAliases = (aliases: ReadonlyArray<[string, ReadonlyArray<string>]>) => (u: unknown): unknown => {
  if (u === null || typeof u !== 'object' || Array.isArray(u)) return u
  const src = u as Record<string, unknown>
  const copy: Record<string, unknown> = { ...src }
  for (const [key, inputs] of aliases) {
    const first = inputs.find((k) => src[k] !== undefined)
    for (const k of inputs) delete copy[k]
    if (first !== undefined) copy[key] = src[first]
  }
  return copy
}

// ---------------------------------------------------------------------------------------------
// zod

const zodCache = new Map<t.Mixed, z.ZodType>()
export const zodOf = (codec: t.Mixed): z.ZodType => {
  let s = zodCache.get(codec)
  if (s === undefined) {
    s = toZod(codec as Node)
    zodCache.set(codec, s)
  }
  return s
}

const zodBounds = (n: z.ZodNumber, b: Bounds, multiple: boolean): z.ZodNumber => {
  let r = n
  if (b.minimum !== undefined) r = r.min(b.minimum)
  if (b.maximum !== undefined) r = r.max(b.maximum)
  if (multiple && b.multipleOf !== undefined) r = r.multipleOf(b.multipleOf)
  return r
}

const toZod = (c: Node): z.ZodType => {
  if (c === t.string) return z.string()
  if (c === t.boolean) return z.boolean()
  if (c === t.null) return z.null()
  if (c === t.unknown) return z.unknown()
  if (c === t.number) return z.number()
  if (c === t.UnknownRecord) return z.record(z.string(), z.unknown())
  switch (c._tag) {
    case 'IntegerType':
      return zodBounds(z.number().int(), c.bounds!, true)
    case 'BoundedNumberType':
      return zodBounds(z.number(), c.bounds!, false)
    case 'BoundedStringType': {
      let s = z.string()
      if (c.bounds!.minLength !== undefined) s = s.min(c.bounds!.minLength)
      if (c.bounds!.maxLength !== undefined) s = s.max(c.bounds!.maxLength)
      return s
    }
    case 'OpenEnumType':
      return z.string()
    case 'KeyofType':
      return z.enum(Object.keys(c.keys!) as [string, ...Array<string>])
    case 'LiteralType':
      return z.literal(c.value as string)
    case 'RefinementType':
      return zodOf(c.type!).refine((a) => c.predicate!(a))
    case 'GenerationIDType':
      return zodId
    case 'NullableType':
      return zodOf(c.type!).nullable()
    case 'DefaultedType':
      return zodOf(c.type!).default(() => c.makeDefault!() as never)
    case 'OptionalType':
      return zodOf(c.type!).optional()
    case 'EmptyAsType': {
      const inner = zodOf(c.type!)
      return z.unknown().transform((u, ctx) => {
        if (c.empties!.includes(u)) return c.replacement!()
        const r = inner.safeParse(u)
        if (r.success) return r.data
        for (const issue of r.error.issues) ctx.issues.push({ ...issue, input: u } as never)
        return z.NEVER
      })
    }
    case 'ArrayType':
      return z.array(zodOf(c.type!))
    case 'UnionType':
      return z.union(c.types!.map(zodOf) as unknown as [z.ZodType, z.ZodType, ...Array<z.ZodType>])
    case 'KeyedRecordType':
      return z.record(zodOf(c.domain!) as z.ZodType<string, string>, zodOf(c.codomain!))
    case 'ModelType': {
      const shape = Object.fromEntries(Object.entries(c.props!).map(([k, p]) => [k, zodOf(p)]))
      let s: z.ZodType = c.unknownKeys === 'keep' ? z.looseObject(shape) : c.unknownKeys === 'reject' ? z.strictObject(shape) : z.object(shape)
      const aliases = Object.entries(c.aliases ?? {})
      if (aliases.length > 0) s = z.preprocess(moveAliases(aliases), s)
      for (const rule of c.rules ?? []) s = s.refine((a) => rule.holds(a as never), rule.message)
      return s
    }
    default:
      throw new Error(`no zod translation for ${c.name}`)
  }
}

// ---------------------------------------------------------------------------------------------
// valibot

type VSchema = v.GenericSchema<unknown, unknown>
const valibotCache = new Map<t.Mixed, VSchema>()
export const valibotOf = (codec: t.Mixed): VSchema => {
  let s = valibotCache.get(codec)
  if (s === undefined) {
    s = toValibot(codec as Node)
    valibotCache.set(codec, s)
  }
  return s
}

const numberChecks = (b: Bounds, multiple: boolean) => [
  ...(b.minimum === undefined ? [] : [v.minValue(b.minimum)]),
  ...(b.maximum === undefined ? [] : [v.maxValue(b.maximum)]),
  ...(multiple && b.multipleOf !== undefined ? [v.multipleOf(b.multipleOf)] : []),
]

const toValibot = (c: Node): VSchema => {
  const as = (s: unknown) => s as VSchema
  if (c === t.string) return as(v.string())
  if (c === t.boolean) return as(v.boolean())
  if (c === t.null) return as(v.null())
  if (c === t.unknown) return as(v.unknown())
  if (c === t.number) return as(v.number())
  if (c === t.UnknownRecord) return as(v.record(v.string(), v.unknown()))
  switch (c._tag) {
    case 'IntegerType':
      return as(v.pipe(v.number(), v.integer(), ...(numberChecks(c.bounds!, true) as [])))
    case 'BoundedNumberType':
      return as(v.pipe(v.number(), v.finite(), ...(numberChecks(c.bounds!, false) as [])))
    case 'BoundedStringType':
      return as(
        v.pipe(
          v.string(),
          ...((c.bounds!.minLength === undefined ? [] : [v.minLength(c.bounds!.minLength)]) as []),
          ...((c.bounds!.maxLength === undefined ? [] : [v.maxLength(c.bounds!.maxLength)]) as []),
        ),
      )
    case 'OpenEnumType':
      return as(v.string())
    case 'KeyofType':
      return as(v.picklist(Object.keys(c.keys!)))
    case 'LiteralType':
      return as(v.literal(c.value as string))
    case 'RefinementType':
      return as(v.pipe(valibotOf(c.type!), v.check((a) => c.predicate!(a))))
    case 'GenerationIDType':
      return valibotId as VSchema
    case 'NullableType':
      return as(v.nullable(valibotOf(c.type!)))
    case 'DefaultedType':
      return as(v.optional(valibotOf(c.type!), () => c.makeDefault!() as never))
    case 'OptionalType':
      return as(v.optional(valibotOf(c.type!)))
    case 'EmptyAsType': {
      const inner = valibotOf(c.type!)
      return as(
        v.pipe(
          v.unknown(),
          v.rawTransform(({ dataset, addIssue, NEVER }) => {
            if (c.empties!.includes(dataset.value)) return c.replacement!()
            const r = v.safeParse(inner, dataset.value)
            if (r.success) return r.output
            addIssue({ message: r.issues[0].message })
            return NEVER
          }),
        ),
      )
    }
    case 'ArrayType':
      return as(v.array(valibotOf(c.type!)))
    case 'UnionType':
      return as(v.union(c.types!.map(valibotOf)))
    case 'KeyedRecordType':
      return as(v.record(valibotOf(c.domain!) as unknown as v.GenericSchema<string, string>, valibotOf(c.codomain!)))
    case 'ModelType': {
      const entries = Object.fromEntries(Object.entries(c.props!).map(([k, p]) => [k, valibotOf(p)]))
      let s: VSchema = as(c.unknownKeys === 'keep' ? v.looseObject(entries) : c.unknownKeys === 'reject' ? v.strictObject(entries) : v.object(entries))
      const aliases = Object.entries(c.aliases ?? {})
      if (aliases.length > 0) s = as(v.pipe(v.unknown(), v.transform(moveAliases(aliases)), s))
      for (const rule of c.rules ?? []) s = as(v.pipe(s, v.check((a) => rule.holds(a as never), rule.message)))
      return s
    }
    default:
      throw new Error(`no valibot translation for ${c.name}`)
  }
}
