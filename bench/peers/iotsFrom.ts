/**
 * Plain io-ts versions of the pop models, written with the combinators an fp-ts codebase uses
 * (`exact`, `intersection`, `type`, `partial`, `union` with `null`, `refinement`, `array`) and an
 * `Either.map` per model for defaults. They are derived from our models' field lists by this small
 * translator, so they hold exactly the same fields, bounds and defaults as ours: the comparison is
 * of decoding machinery, not of schemas. Where plain io-ts has no combinator (an alias key, an
 * "empty as" value, a map with checked keys, a whole-object rule) it gets the few lines a codebase
 * would write by hand.
 */
import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import { GenerationID } from './iots'

export interface Bounds {
  readonly minimum?: number
  readonly maximum?: number
  readonly multipleOf?: number
  readonly minLength?: number
  readonly maxLength?: number
}
/** Our codecs as the translators see them: tag and structure. */
export type Node = t.Mixed & {
  readonly _tag?: string
  readonly type?: t.Mixed
  readonly types?: ReadonlyArray<t.Mixed>
  readonly bounds?: Bounds
  readonly makeDefault?: () => unknown
  readonly empties?: ReadonlyArray<unknown>
  readonly replacement?: () => unknown
  readonly domain?: t.Mixed
  readonly codomain?: t.Mixed
  readonly props?: Record<string, t.Mixed>
  readonly unknownKeys?: 'drop' | 'keep' | 'reject'
  readonly aliases?: Record<string, ReadonlyArray<string>>
  readonly rules?: ReadonlyArray<{ readonly holds: (a: never) => boolean; readonly message: string }>
  readonly keys?: Record<string, unknown>
  readonly value?: unknown
  readonly predicate?: (a: unknown) => boolean
}

const within = (b: Bounds, n: number): boolean =>
  (b.minimum === undefined || n >= b.minimum) && (b.maximum === undefined || n <= b.maximum) && (b.multipleOf === undefined || n % b.multipleOf === 0)

const cache = new Map<t.Mixed, t.Mixed>()

/** The plain io-ts codec for one of our codecs. */
export const plainOf = (codec: t.Mixed): t.Mixed => {
  let p = cache.get(codec)
  if (p === undefined) {
    p = translate(codec as Node)
    cache.set(codec, p)
  }
  return p
}

const translate = (c: Node): t.Mixed => {
  switch (c._tag) {
    case 'IntegerType':
      return t.refinement(t.number, (n) => Number.isInteger(n) && within(c.bounds!, n), c.name)
    case 'BoundedNumberType':
      return t.refinement(t.number, (n) => Number.isFinite(n) && within({ minimum: c.bounds!.minimum, maximum: c.bounds!.maximum }, n), c.name)
    case 'BoundedStringType':
      return t.refinement(
        t.string,
        (s) => (c.bounds!.minLength === undefined || s.length >= c.bounds!.minLength) && (c.bounds!.maxLength === undefined || s.length <= c.bounds!.maxLength),
        c.name,
      )
    case 'OpenEnumType':
      return t.string
    case 'GenerationIDType':
      return GenerationID
    case 'NullableType':
      return t.union([plainOf(c.type!), t.null])
    case 'DefaultedType':
    case 'OptionalType':
      // Outside a model (the model handles absence itself): the inner codec.
      return plainOf(c.type!)
    case 'EmptyAsType': {
      const inner = plainOf(c.type!)
      return new t.Type(c.name, inner.is, (u, ctx) => (c.empties!.includes(u) ? t.success(c.replacement!()) : inner.validate(u, ctx)), t.identity)
    }
    case 'ArrayType':
      return t.array(plainOf(c.type!))
    case 'UnionType':
      return t.union(c.types!.map(plainOf) as unknown as [t.Mixed, t.Mixed, ...Array<t.Mixed>])
    case 'KeyedRecordType':
      return mapOf(plainOf(c.domain!), plainOf(c.codomain!))
    case 'ModelType':
      return modelOf(c)
    default:
      return c
  }
}

/** A map whose keys are decoded (and normalised) too; io-ts' `record` would drop bad keys silently. */
const mapOf = (domain: t.Mixed, codomain: t.Mixed): t.Mixed =>
  new t.Type<Record<string, unknown>, Record<string, unknown>, unknown>(
    `{ [${domain.name}]: ${codomain.name} }`,
    (u): u is Record<string, unknown> => t.UnknownRecord.is(u),
    (u, c) =>
      pipe(
        t.UnknownRecord.validate(u, c),
        E.chain((m) => {
          const out: Record<string, unknown> = {}
          const errors: t.Errors = []
          for (const k of Object.keys(m)) {
            const key = domain.validate(k, t.appendContext(c, k, domain, k))
            const value = codomain.validate(m[k], t.appendContext(c, k, codomain, m[k]))
            if (E.isLeft(key)) errors.push(...key.left)
            if (E.isLeft(value)) errors.push(...value.left)
            if (E.isRight(key) && E.isRight(value)) out[key.right as string] = value.right
          }
          return errors.length > 0 ? t.failures(errors) : t.success(out)
        }),
      ),
    t.identity,
  )

const modelOf = (m: Node): t.Mixed => {
  const props = m.props!
  const required: Record<string, t.Mixed> = {}
  const partial: Record<string, t.Mixed> = {}
  const defaults: Array<[string, () => unknown]> = []
  for (const [key, codec] of Object.entries(props) as Array<[string, Node]>) {
    if (codec._tag === 'DefaultedType') {
      partial[key] = plainOf(codec.type!)
      defaults.push([key, codec.makeDefault!])
    } else if (codec._tag === 'OptionalType') partial[key] = plainOf(codec.type!)
    else required[key] = plainOf(codec)
  }
  const shape = t.intersection([t.type(required), t.partial(partial)], m.name)
  // Unknown keys: `exact` strips them; without it io-ts keeps them, as a `keep` model does.
  const wire: t.Mixed = m.unknownKeys === 'drop' ? t.exact(shape) : shape
  const aliases = Object.entries(m.aliases ?? {})
  const rules = m.rules ?? []
  const fill = (w: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...w }
    for (const [key, make] of defaults) if (out[key] === undefined) out[key] = make()
    return out
  }
  return new t.Type(
    m.name,
    wire.is,
    (u, c) => {
      let input = u
      // Aliases: the first wire key present feeds the field; the others stay as they came.
      if (aliases.length > 0 && t.UnknownRecord.is(u)) {
        const copy: Record<string, unknown> = { ...u }
        for (const [key, inputs] of aliases) {
          const first = inputs.find((k) => u[k] !== undefined)
          if (first !== undefined) copy[key] = u[first]
          for (const k of inputs) if (k !== key && k !== first) delete copy[k]
          if (first !== undefined && first !== key) delete copy[first]
        }
        input = copy
      }
      return pipe(
        wire.validate(input, c),
        E.map((w) => fill(w as Record<string, unknown>)),
        E.chain((a) => {
          const broken = rules.filter((r) => !r.holds(a as never))
          return broken.length === 0 ? t.success(a) : t.failures(broken.map((r) => ({ value: u, context: c, message: r.message })))
        }),
      )
    },
    t.identity,
  )
}
