import * as t from 'io-ts'
import { compileModel } from './compile'
import { fastDecoderOf, fullValidatorOf, INVALID, withFastDecoder, type FastDecoder } from './fast'
import { describeThrown, isPlainObject, pushAll, setOwn } from './plainObject'

/**
 * What a model does with keys it does not know:
 * - `drop`: ignore them on input; the decoded value does not hold them (the reference's pydantic default).
 * - `keep`: keep them verbatim on the decoded value, and emit them again on encode (`extra="allow"`).
 * - `reject`: report each one as an error, naming the key (`extra="forbid"`, the reference's test mode).
 */
export type UnknownKeys = 'drop' | 'keep' | 'reject'

/** The fields of a model: any io-ts codec; wrap one in `defaulted` or `optional` to make it non-required. */
export interface Props {
  readonly [key: string]: t.Mixed
}

type KeysTagged<P, Tag extends string> = { [K in keyof P]: P[K] extends { readonly _tag: Tag } ? K : never }[keyof P]
type OptionalKeys<P> = KeysTagged<P, 'OptionalType'>
type DefaultedKeys<P> = KeysTagged<P, 'DefaultedType'>
type Simplify<T> = { [K in keyof T]: T[K] } & {}

/** The decoded value: every field present (defaults filled in) except `optional` ones. */
export type ModelA<P extends Props> = Simplify<
  { [K in Exclude<keyof P, OptionalKeys<P>>]: t.TypeOf<P[K]> } & {
    [K in OptionalKeys<P>]?: Exclude<t.TypeOf<P[K]>, undefined>
  }
>

/** The wire object `encode` produces: snake_case keys as declared, every non-optional field present. */
export type ModelO<P extends Props> = Simplify<
  { [K in Exclude<keyof P, OptionalKeys<P>>]: t.OutputOf<P[K]> } & {
    [K in OptionalKeys<P>]?: Exclude<t.OutputOf<P[K]>, undefined>
  }
>

/** What a producer writes: required fields, and any defaulted or optional field it wants to set. */
export type ModelInput<P extends Props> = Simplify<
  { [K in Exclude<keyof P, OptionalKeys<P> | DefaultedKeys<P>>]: InputOf<P[K]> } & {
    [K in OptionalKeys<P> | DefaultedKeys<P>]?: InputOf<P[K]>
  }
>

/**
 * What a producer writes for a value of codec `C`: nested models take their own input shape, so
 * defaults may be left out at every level.
 */
export type InputOf<C> = C extends { readonly _tag: 'ModelType'; readonly props: infer P extends Props }
  ? ModelInput<P>
  : C extends { readonly _tag: 'DefaultedType' | 'OptionalType' | 'EmptyAsType'; readonly type: infer I }
    ? InputOf<I>
    : C extends { readonly _tag: 'NullableType'; readonly type: infer I }
      ? InputOf<I> | null
      : C extends t.ArrayType<infer I>
        ? Array<InputOf<I>>
        : C extends t.UnionType<infer CS extends Array<t.Mixed>>
          ? InputOf<CS[number]>
          : C extends t.Any
            ? t.TypeOf<C>
            : never

/** A rule over the whole decoded value, checked once every field has decoded (the reference's model validators). */
export interface ModelRule<A> {
  readonly name: string
  readonly holds: (a: A) => boolean
  readonly message: string
}

export interface ModelOptions<A> {
  /** Default `drop`. */
  readonly unknownKeys?: UnknownKeys
  /**
   * Wire keys that feed a field, in precedence order (the first one present wins); the field's own
   * key must be listed too. Encode always writes the field's own key. A key that loses is dropped,
   * or reported as an error when unknown keys are rejected.
   */
  readonly aliases?: { readonly [key: string]: ReadonlyArray<string> }
  readonly rules?: ReadonlyArray<ModelRule<A>>
}

/**
 * An object model: required, `defaulted` and `optional` fields, an unknown-key policy, input
 * aliases and whole-object rules. It is an io-ts `Type` whose structure (`props`, `unknownKeys`,
 * `aliases`) other interpreters can walk. Derive a subtype with `extend`.
 *
 * Decoding collects every error. A missing required key, a field of the wrong type and (under
 * `reject`) each unknown key is reported with its path. `encode` writes every field, defaults
 * included, then (under `keep`) the unknown keys that came in.
 *
 * @example
 * import { model, defaulted, integer, nullable } from 'horde-dispatch'
 * import * as t from 'io-ts'
 * import * as E from 'fp-ts/Either'
 *
 * const Job = model('Job', {
 *   ids: t.array(t.string),
 *   ttl: defaulted(nullable(integer()), () => null),
 * })
 * assert.deepStrictEqual(Job.decode({ ids: ['a'], extra: 1 }), E.right({ ids: ['a'], ttl: null }))
 * assert.deepStrictEqual(Job.encode({ ids: ['a'], ttl: null }), { ids: ['a'], ttl: null })
 * assert.ok(E.isLeft(Job.decode({ ttl: 5 })))
 */
export interface ModelType<P extends Props> extends t.Type<ModelA<P>, ModelO<P>, unknown> {
  readonly _tag: 'ModelType'
  readonly props: P
  readonly unknownKeys: UnknownKeys
  readonly aliases: { readonly [key: string]: ReadonlyArray<string> }
  readonly rules: ReadonlyArray<ModelRule<ModelA<P>>>
  /** Typed construction for producers: fills in defaults and checks every rule, as `decode` does. */
  readonly make: (input: ModelInput<P>) => t.Validation<ModelA<P>>
}

/** Any model, whatever its fields. */
export interface AnyModel extends ModelType<Props> {}

interface Field {
  readonly key: string
  readonly codec: t.Mixed
  readonly fast: FastDecoder<unknown>
  /** `codec.validate`, or an equivalent that builds contexts only where it must (`fullValidatorOf`). */
  readonly validate: t.Validate<unknown, unknown>
  /** Wire keys, in precedence order. */
  readonly inputs: ReadonlyArray<string>
  readonly isOptional: boolean
}

/** The unknown-key pseudo codec named in error contexts. @internal */
export const UnknownKey = new t.Type<never, never, unknown>(
  'no such key',
  (_): _ is never => false,
  (u, c) => t.failure(u, c),
  (a) => a,
)

/** The value of the first of a field's wire keys that is present (no tuple: this is the hot path). */
const readInput = (u: Record<string, unknown>, field: Field): unknown => {
  const { inputs } = field
  for (let i = 0; i < inputs.length; i++) {
    const v = u[inputs[i]]
    if (v !== undefined) return v
  }
  return undefined
}

/** Builds a model. See `ModelType`. */
export const model = <P extends Props>(name: string, props: P, options: ModelOptions<ModelA<P>> = {}): ModelType<P> => {
  type A = ModelA<P>
  const unknownKeys = options.unknownKeys ?? 'drop'
  const aliases = options.aliases ?? {}
  const rules = options.rules ?? []
  const fields: ReadonlyArray<Field> = Object.keys(props).map((key) => {
    const codec = props[key]
    return {
      key,
      codec,
      fast: fastDecoderOf(codec),
      validate: fullValidatorOf(codec),
      // An own property only: a field named `constructor` has no aliases unless given some.
      inputs: Object.prototype.hasOwnProperty.call(aliases, key) ? aliases[key] : [key],
      isOptional: (codec as { _tag?: string })._tag === 'OptionalType',
    }
  })
  const singleInput = fields.every((f) => f.inputs.length === 1)
  const aliased = fields.filter((f) => f.inputs.length > 1)
  const inputKeys = new Set(fields.flatMap((f) => f.inputs))
  const fieldKeys = new Set(fields.map((f) => f.key))
  const checkRules = rules.length > 0

  const aliasClash = (u: Record<string, unknown>): boolean => {
    for (const f of aliased) if (f.inputs.filter((k) => u[k] !== undefined).length > 1) return true
    return false
  }

  // Fast path: plain loops, no contexts, no Eithers; INVALID as soon as anything is off. This is
  // the interpreted form, kept where code generation is unavailable; `compileModel` writes the
  // same steps out as one function for this model.
  const interpreted = (u: unknown): A | typeof INVALID => {
    if (!isPlainObject(u)) return INVALID
    const out: Record<string, unknown> = {}
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]
      const v = singleInput ? u[field.key] : readInput(u, field)
      const r = field.fast(v)
      if (r === INVALID) return INVALID
      if (r !== undefined || !field.isOptional) out[field.key] = r
    }
    if (unknownKeys !== 'drop') {
      const keys = Object.keys(u)
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]
        if (inputKeys.has(k)) continue
        if (unknownKeys === 'reject') return INVALID
        setOwn(out, k, u[k])
      }
      if (unknownKeys === 'reject' && aliasClash(u)) return INVALID
    }
    if (checkRules) for (let i = 0; i < rules.length; i++) if (!rules[i].holds(out as A)) return INVALID
    return out as A
  }

  // Under `reject`: an error for each unknown key, in input order, then for each repeated alias.
  const rejectErrors = (u: Record<string, unknown>, c: t.Context, errors: Array<t.ValidationError>): void => {
    for (const k of Object.keys(u)) {
      if (inputKeys.has(k)) continue
      errors.push({
        value: u[k],
        context: t.appendContext(c, k, UnknownKey, u[k]),
        message: `unknown key ${JSON.stringify(k)} (${name} has no such field)`,
      })
    }
    for (const f of aliased) {
      const present = f.inputs.filter((k) => u[k] !== undefined)
      for (const loser of present.slice(1))
        errors.push({
          value: u[loser],
          context: t.appendContext(c, loser, UnknownKey, u[loser]),
          message: `key ${JSON.stringify(loser)} repeats field ${JSON.stringify(f.key)}, already given as ${JSON.stringify(present[0])}`,
        })
    }
  }

  // Full path: every error, each with its context.
  const full = (u: unknown, c: t.Context): t.Validation<A> => {
    if (!isPlainObject(u)) return t.failure(u, c)
    const errors: Array<t.ValidationError> = []
    const out: Record<string, unknown> = {}
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]
      const { inputs } = field
      let wireKey = field.key
      let v: unknown = undefined
      for (let j = 0; j < inputs.length; j++) {
        v = u[inputs[j]]
        if (v !== undefined) {
          wireKey = inputs[j]
          break
        }
      }
      // A field its fast decoder accepts needs no context: `validate` would return that value.
      const f = field.fast(v)
      if (f !== INVALID) {
        if (f !== undefined || !field.isOptional) out[field.key] = f
        continue
      }
      const r = field.validate(v, t.appendContext(c, wireKey, field.codec, v))
      if (r._tag === 'Left') pushAll(errors, r.left)
      else if (r.right !== undefined || !field.isOptional) out[field.key] = r.right
    }
    if (unknownKeys === 'keep') {
      for (const k of Object.keys(u)) if (!inputKeys.has(k)) setOwn(out, k, u[k])
    } else if (unknownKeys === 'reject') rejectErrors(u, c, errors)
    if (errors.length === 0) {
      for (const rule of rules) if (!rule.holds(out as A)) errors.push({ value: u, context: c, message: rule.message })
    }
    return errors.length > 0 ? t.failures(errors) : t.success(out as A)
  }

  const unreadable = (u: unknown, c: t.Context, e: unknown): t.Validation<A> =>
    t.failure(u, c, `the input could not be read as plain data: ${describeThrown(e)}`)
  const compiled = compileModel<A>({
    fields,
    unknownKeys,
    rules,
    aliasClash: aliased.length > 0 ? aliasClash : undefined,
    rejectErrors,
    unreadable,
  })
  // Not plain data (a throwing getter, a hostile Proxy): a Left, never an exception. Compiled, the
  // guard is inside each generated function, and the full path is one pass that costs what the
  // fast path costs on valid input, so `validate` runs it alone. Interpreted, `validate` tries the
  // fast decoder first and falls back to `full`.
  const guardedFast: FastDecoder<A> =
    compiled?.fast ??
    ((u) => {
      try {
        return interpreted(u)
      } catch {
        return INVALID
      }
    })
  const guardedFull: t.Validate<unknown, A> =
    compiled?.full ??
    ((u, c) => {
      try {
        return full(u, c)
      } catch (e) {
        return unreadable(u, c, e)
      }
    })
  const validate: t.Validate<unknown, A> =
    compiled?.full ??
    ((u, c) => {
      try {
        const r = interpreted(u)
        return r !== INVALID ? t.success(r) : full(u, c)
      } catch (e) {
        return unreadable(u, c, e)
      }
    })

  const is = (u: unknown): u is A => {
    if (!isPlainObject(u)) return false
    for (const field of fields) {
      const v = u[field.key]
      if (v === undefined ? !field.isOptional : !field.codec.is(v)) return false
    }
    return unknownKeys !== 'reject' || Object.keys(u).every((k) => fieldKeys.has(k))
  }

  const encode = (a: A): ModelO<P> => {
    const src = a as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const field of fields) {
      const v = src[field.key]
      if (v === undefined && field.isOptional) continue
      out[field.key] = field.codec.encode(v)
    }
    if (unknownKeys === 'keep') for (const k of Object.keys(src)) if (!fieldKeys.has(k) && !inputKeys.has(k)) setOwn(out, k, src[k])
    return out as ModelO<P>
  }

  const codec = new t.Type<A, ModelO<P>, unknown>(name, is, validate, encode)
  return withFastDecoder(
    Object.assign(codec, {
      _tag: 'ModelType' as const,
      props,
      unknownKeys,
      aliases,
      rules,
      make: (input: ModelInput<P>) => codec.decode(input),
    }),
    guardedFast,
    guardedFull,
  ) as ModelType<P>
}
