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

/** Returned by a fast decoder when the input is not valid; the caller then runs the full path. */
export const INVALID: unique symbol = Symbol('horde-dispatch/invalid')
export type Invalid = typeof INVALID

/** Decodes `u` to a value, or returns `INVALID`. Never throws for plain data. */
export type FastDecoder<A> = (u: unknown) => A | Invalid

/** The property under which a codec of this library carries its fast decoder. */
export const FAST: unique symbol = Symbol.for('horde-dispatch/fast')

export interface HasFastDecoder<A> {
  readonly [FAST]: FastDecoder<A>
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
  if (codec === t.UnknownRecord) {
    return (u) => (Object.prototype.toString.call(u) === '[object Object]' ? u : INVALID)
  }
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

/** Attaches a fast decoder to a codec instance (used by the constructors of this library). */
export const withFastDecoder = <C extends t.Any>(codec: C, fast: FastDecoder<t.TypeOf<C>>): C & HasFastDecoder<t.TypeOf<C>> => {
  Object.defineProperty(codec, FAST, { value: fast, enumerable: false, writable: false })
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
