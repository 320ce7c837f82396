/**
 * The check-first fast path shared by every combinator of this library.
 *
 * io-ts' `validate` builds a context entry and an `Either` for every field, even when the input is
 * valid. Our codecs also carry a *fast decoder*: a function that returns the decoded value, or the
 * `INVALID` sentinel, and allocates nothing but the output. A codec's `validate` tries it first and
 * falls back to the full, error-collecting path only when it returns `INVALID`, so results and error
 * reports stay exactly io-ts'.
 *
 * Foreign io-ts codecs (the primitives, arrays, `io-ts-types`) get a fast decoder derived here.
 *
 * @internal
 */
import * as t from 'io-ts'
import { pushAll } from './plainObject'

/** Returned by a fast decoder when the input is not valid; the caller then runs the full path. */
export const INVALID: unique symbol = Symbol('horde-dispatch/invalid')
export type Invalid = typeof INVALID

/** Decodes `u` to a value, or returns `INVALID`. Never throws for plain data. */
export type FastDecoder<A> = (u: unknown) => A | Invalid

/** The property under which a codec of this library carries its fast decoder. */
export const FAST: unique symbol = Symbol.for('horde-dispatch/fast')

/**
 * The property under which a codec of this library carries its full path alone: what `validate`
 * returns once the fast decoder has returned `INVALID`. Parents call it directly after their own
 * fast attempt failed, so no fast decoder runs twice on the same input. For `model` and
 * `keyedRecord` it is a complete validation on any input; tests check that it agrees with
 * `validate` everywhere.
 */
export const FULL: unique symbol = Symbol.for('horde-dispatch/full')

export interface HasFastDecoder<A> {
  readonly [FAST]: FastDecoder<A>
}

interface HasFull<A> {
  readonly [FULL]: t.Validate<unknown, A>
}

const derived = new WeakMap<t.Any, FastDecoder<unknown>>()

/** A context for the rare fallback where a foreign codec must be run to learn its value. */
const scratchContext: t.Context = [{ key: '', type: t.unknown, actual: undefined }]

const hasOwnFast = (codec: t.Any): codec is t.Any & HasFastDecoder<unknown> =>
  typeof (codec as Partial<HasFastDecoder<unknown>>)[FAST] === 'function'

const deriveFastDecoder = (codec: t.Any): FastDecoder<unknown> => {
  if (codec === t.string) return (u) => (typeof u === 'string' ? u : INVALID)
  if (codec === t.boolean) return (u) => (typeof u === 'boolean' ? u : INVALID)
  if (codec === t.null) return (u) => (u === null ? u : INVALID)
  if (codec === t.unknown) return (u) => u
  if (codec === t.number) return (u) => (typeof u === 'number' ? u : INVALID)
  // io-ts' own `validate` for these is `is(u) ? success(u) : failure(u, c)`.
  if (codec instanceof t.KeyofType || codec instanceof t.LiteralType) return (u) => (codec.is(u) ? u : INVALID)
  if (codec instanceof t.RefinementType) {
    // `t.refinement`, `t.brand` (io-ts-types' NonEmptyString): the inner codec, then the predicate.
    const inner = fastDecoderOf(codec.type as t.Any)
    const predicate = codec.predicate as (a: unknown) => boolean
    return (u) => {
      const r = inner(u)
      return r !== INVALID && predicate(r) ? r : INVALID
    }
  }
  // io-ts' own test (a Date passes it), so that this never rejects what `validate` accepts.
  if (codec === t.UnknownRecord) return (u) => (u !== null && typeof u === 'object' && !Array.isArray(u) ? u : INVALID)
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    const element = fastDecoderOf(codec.type as t.Any)
    return (u) => {
      if (!Array.isArray(u)) return INVALID
      const n = u.length
      const out = new Array(n)
      for (let i = 0; i < n; i++) {
        const r = element(u[i])
        if (r === INVALID) return INVALID
        out[i] = r
      }
      return out
    }
  }
  // Anything else: run it once and keep the result only when it is a success.
  return (u) => {
    const r = codec.validate(u, scratchContext)
    return r._tag === 'Right' ? r.right : INVALID
  }
}

/** The fast decoder of any io-ts codec: its own when it has one, else a derived one (cached). */
export const fastDecoderOf = <A>(codec: t.Type<A, unknown, unknown>): FastDecoder<A> => {
  if (hasOwnFast(codec)) return codec[FAST] as FastDecoder<A>
  let f = derived.get(codec)
  if (f === undefined) {
    f = deriveFastDecoder(codec)
    derived.set(codec, f)
  }
  return f as FastDecoder<A>
}


/**
 * What `codec.validate` returns on an input its fast decoder rejected: for the full path of a
 * parent, which calls it only after that fast decoder returned `INVALID`. Our codecs' own full path
 * (`FULL`), so the fast attempt is not repeated. For io-ts arrays, an equivalent of io-ts' own
 * `array` validation that tries each element's fast decoder first and builds an element context
 * only for the elements that fail: the same `Either`, with the same errors in the same order,
 * without a context and an `Either` per valid element. Anything else: `codec.validate`.
 */
export const fullValidatorOf = <A>(codec: t.Type<A, unknown, unknown>): t.Validate<unknown, A> => {
  const own = (codec as Partial<HasFull<A>>)[FULL]
  if (typeof own === 'function') return own
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    const compiled = arrayCompiler?.(codec.type as t.Mixed)
    if (compiled !== undefined) return compiled as t.Validate<unknown, A>
    const item = codec.type as t.Any
    const fastItem = fastDecoderOf(item)
    const validateItem = fullValidatorOf(item)
    const validateArray = (u: unknown, c: t.Context): t.Validation<Array<unknown>> => {
      if (!Array.isArray(u)) return t.failure(u, c)
      const len = u.length
      let as: Array<unknown> = u
      let errors: Array<t.ValidationError> | undefined
      for (let i = 0; i < len; i++) {
        const ui: unknown = u[i]
        let ai = fastItem(ui)
        if (ai === INVALID) {
          const r = validateItem(ui, t.appendContext(c, String(i), item, ui))
          if (r._tag === 'Left') {
            pushAll((errors ??= []), r.left)
            continue
          }
          ai = r.right
        }
        // As io-ts: the input array itself when no element changed, else a copy.
        if (ai !== ui) {
          if (as === u) as = u.slice()
          as[i] = ai
        }
      }
      return errors !== undefined ? t.failures(errors) : t.success(as)
    }
    return validateArray as unknown as t.Validate<unknown, A>
  }
  return (u, c) => codec.validate(u, c)
}

let arrayCompiler: ((item: t.Mixed) => t.Validate<unknown, Array<unknown>> | undefined) | undefined

/**
 * Registers the compiler of array validators (`compile.ts` does, when it loads), so that the
 * element-first array validation above is generated per array codec where code generation works.
 */
export const setArrayCompiler = (compile: (item: t.Mixed) => t.Validate<unknown, Array<unknown>> | undefined): void => {
  arrayCompiler = compile
}

/** Attaches a fast decoder to a codec instance (used by the constructors of this library). */
export const withFastDecoder = <C extends t.Any>(
  codec: C,
  fast: FastDecoder<t.TypeOf<C>>,
  full?: t.Validate<unknown, t.TypeOf<C>>,
): C & HasFastDecoder<t.TypeOf<C>> => {
  Object.defineProperty(codec, FAST, { value: fast, enumerable: false, writable: false })
  if (full !== undefined) Object.defineProperty(codec, FULL, { value: full, enumerable: false, writable: false })
  return codec as C & HasFastDecoder<t.TypeOf<C>>
}

/**
 * `validate` for a codec with a fast decoder: fast path first, the full path only on failure.
 * The full path alone decides what the errors are.
 */
export const validateFastFirst =
  <A>(fast: FastDecoder<A>, full: t.Validate<unknown, A>): t.Validate<unknown, A> =>
  (u, c) => {
    const r = fast(u)
    return r === INVALID ? full(u, c) : t.success(r)
  }
