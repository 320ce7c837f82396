import * as t from 'io-ts'
import { compileKeyedRecord, compileKeyedRecordFull } from './compile'
import { fastDecoderOf, fullValidatorOf, INVALID, withFastDecoder, type FastDecoder } from './fast'
import { describeThrown, isPlainObject, pushAll, setOwn } from './plainObject'

/**
 * A JSON object used as a map: every key is decoded (and may be normalised) by a string codec,
 * every value by another. Errors name the key as it came (`r2_upload_url_map["abc"]`). When two keys
 * normalise to the same one, the later wins, as in a Python dict built in order.
 *
 * The result is a plain object; a key decoded as `__proto__` (which no key codec of this library
 * accepts) would still be an own property, never a prototype change.
 *
 * @example
 * import { keyedRecord, GenerationID } from 'horde-dispatch'
 * import * as t from 'io-ts'
 * import * as E from 'fp-ts/Either'
 *
 * const UploadMap = keyedRecord(GenerationID, t.string)
 * assert.deepStrictEqual(
 *   UploadMap.decode({ 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA': 'https://r2/1' }),
 *   E.right({ 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa': 'https://r2/1' }),
 * )
 * assert.ok(E.isLeft(UploadMap.decode({ abc: 'https://r2/1' })))
 */
export interface KeyedRecordType<K extends t.Type<string, string, unknown>, V extends t.Mixed>
  extends t.Type<Record<t.TypeOf<K>, t.TypeOf<V>>, Record<t.OutputOf<K>, t.OutputOf<V>>, unknown> {
  readonly _tag: 'KeyedRecordType'
  readonly domain: K
  readonly codomain: V
}

export const keyedRecord = <K extends t.Type<string, string, unknown>, V extends t.Mixed>(
  domain: K,
  codomain: V,
  name: string = `{ [${domain.name}]: ${codomain.name} }`,
): KeyedRecordType<K, V> => {
  type A = Record<t.TypeOf<K>, t.TypeOf<V>>
  // Marks a key's own context entry, so a report can tell a bad key from a bad value.
  const keyEntry = Object.assign(new t.Type(domain.name, domain.is, domain.validate, domain.encode), { _tag: 'RecordKeyType' as const })
  const fastKey = fastDecoderOf(domain)
  const fastValue = fastDecoderOf(codomain)
  const validateKey = fullValidatorOf(domain)
  const validateValue = fullValidatorOf(codomain)
  // Interpreted where code generation is unavailable; `compileKeyedRecord` writes the same steps out.
  const interpreted = (u: unknown): A | typeof INVALID => {
    if (!isPlainObject(u)) return INVALID
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(u)) {
      const key = fastKey(k)
      if (key === INVALID) return INVALID
      const value = fastValue(u[k])
      if (value === INVALID) return INVALID
      setOwn(out, key, value)
    }
    return out as A
  }
  const compiled = compileKeyedRecord<A>(domain, codomain)
  const full = (u: unknown, c: t.Context): t.Validation<A> => {
    if (!isPlainObject(u)) return t.failure(u, c)
    const errors: Array<t.ValidationError> = []
    const out: Record<string, unknown> = {}
    const keys = Object.keys(u)
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]
      const v = u[k]
      // Contexts only for what fails: a key or value its fast decoder accepts is what `validate` returns.
      let key: unknown = fastKey(k)
      if (key === INVALID) {
        const r = validateKey(k, t.appendContext(c, k, keyEntry, k))
        if (r._tag === 'Left') pushAll(errors, r.left)
        else key = r.right
      }
      let value: unknown = fastValue(v)
      if (value === INVALID) {
        const r = validateValue(v, t.appendContext(c, k, codomain, v))
        if (r._tag === 'Left') pushAll(errors, r.left)
        else value = r.right
      }
      if (key !== INVALID && value !== INVALID) setOwn(out, key as string, value)
    }
    return errors.length > 0 ? t.failures(errors) : t.success(out as A)
  }
  // Not plain data: INVALID here, a Left from `validate`. Compiled, the guard is inside the function.
  const guardedFast: FastDecoder<A> =
    compiled ??
    ((u) => {
      try {
        return interpreted(u)
      } catch {
        return INVALID
      }
    })
  const unreadable = (u: unknown, c: t.Context, e: unknown): t.Validation<A> =>
    t.failure(u, c, `the input could not be read as plain data: ${describeThrown(e)}`)
  // Compiled, the full path is one pass as cheap as the fast path on valid input: `validate` runs it alone.
  const onePass = compileKeyedRecordFull<A>({ domain, codomain, keyEntry, validateKey, unreadable })
  const guardedFull: t.Validate<unknown, A> =
    onePass ??
    ((u, c) => {
      try {
        return full(u, c)
      } catch (e) {
        return unreadable(u, c, e)
      }
    })
  const codec = new t.Type<A, Record<t.OutputOf<K>, t.OutputOf<V>>, unknown>(
    name,
    (u): u is A => isPlainObject(u) && Object.keys(u).every((k) => domain.is(k) && codomain.is(u[k])),
    onePass ??
      ((u, c) => {
        try {
          const r = guardedFast(u)
          return r === INVALID ? full(u, c) : t.success(r)
        } catch (e) {
          return unreadable(u, c, e)
        }
      }),
    (a) => {
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(a)) setOwn(out, domain.encode(k), codomain.encode((a as Record<string, unknown>)[k]))
      return out as Record<t.OutputOf<K>, t.OutputOf<V>>
    },
  )
  return withFastDecoder(Object.assign(codec, { _tag: 'KeyedRecordType' as const, domain, codomain }), guardedFast, guardedFull)
}
