import type * as t from 'io-ts'

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

type Tagged = { readonly _tag?: string; readonly domain?: unknown; readonly type?: unknown }

// Wrappers that pass their context on to the codec they wrap: the container is what they wrap.
const wrappers = new Set(['DefaultedType', 'NullableType', 'OptionalType', 'EmptyAsType'])
const unwrap = (type: Tagged): Tagged => {
  let t = type
  while (t._tag !== undefined && wrappers.has(t._tag) && t.type !== undefined) t = t.type as Tagged
  return t
}

/**
 * The path of a validation context, as a reader writes it: `generation_ids[1]`,
 * `r2_upload_url_map["abc"]`, `no_valid_request_found_reasons.models`, `skipped["post-processing"]`.
 * Union branches do not appear in it. The root is `(root)`.
 *
 * @example
 * import { AIHordeDispatchParameters, formatPath } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AIHordeDispatchParameters.decode({ generation_ids: ['x'], no_valid_request_found_reasons: { models: 'a' } })
 * assert.deepStrictEqual(E.isLeft(r) && r.left.map((e) => formatPath(e.context)), ['generation_ids[0]', 'no_valid_request_found_reasons.models'])
 */
export const formatPath = (context: t.Context): string => {
  let path = ''
  for (let i = 1; i < context.length; i++) {
    const parent = unwrap(context[i - 1].type as Tagged)
    const key = context[i].key
    switch (parent._tag) {
      case 'UnionType':
      case 'IntersectionType':
      case 'ExactType':
      case 'RefinementType':
        continue
      case 'ArrayType':
      case 'ReadonlyArrayType':
      case 'TupleType':
        path += `[${key}]`
        break
      case 'KeyedRecordType':
      case 'DictionaryType':
        path += `[${JSON.stringify(key)}]`
        break
      default:
        path += identifier.test(key) ? (path === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`
    }
  }
  return path === '' ? '(root)' : path
}

/**
 * A bounded, never-throwing preview of a received value.
 *
 * @example
 * import { previewValue } from 'horde-dispatch'
 *
 * assert.strictEqual(previewValue({ a: 1, b: 2 }), 'an object with keys "a", "b"')
 * assert.strictEqual(previewValue([1, 2, 3]), 'an array of 3')
 * assert.strictEqual(previewValue(10n), '10n (a BigInt)')
 * assert.strictEqual(previewValue(new Date(0)), 'a Date')
 * assert.strictEqual(previewValue('x'.repeat(100), 10), '"xxxxxxxxxx"... (100 characters)')
 */
export const previewValue = (u: unknown, budget = 80): string => {
  const clip = (s: string) => (s.length > budget ? `${s.slice(0, budget - 3)}...` : s)
  try {
    switch (typeof u) {
      case 'undefined':
        return 'undefined'
      case 'string':
        // A long string keeps its closing quote and says how long it was.
        return u.length > budget ? `${JSON.stringify(u.slice(0, budget))}... (${u.length} characters)` : JSON.stringify(u)
      case 'number':
      case 'boolean':
        return String(u)
      case 'bigint':
        return `${u}n (a BigInt)`
      case 'symbol':
        return `${u.toString()} (a symbol)`
      case 'function':
        return 'a function'
    }
    if (u === null) return 'null'
    if (Array.isArray(u)) return u.length === 0 ? '[]' : `an array of ${u.length}`
    const tag = Object.prototype.toString.call(u).slice(8, -1)
    if (tag !== 'Object') return `a ${tag}`
    const keys = Object.keys(u as object)
    if (keys.length === 0) return '{}'
    return clip(`an object with keys ${keys.slice(0, 8).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 8 ? ', ...' : ''}`)
  } catch {
    return 'an unreadable value'
  }
}

/**
 * One line per error, each naming the path, what was expected (by codec name) and what came:
 *
 * - `generation_ids[1]: expected GenerationID, got "abc"`
 * - `ttl: expected integer | null, got "30"`
 * - `no_valid_request_found_reasons: required, but missing (expected NoValidRequestFound)`
 * - `extra: unknown key "extra" (AIHordeDispatchParameters has no such field)`
 *
 * Every error of the decode is listed, in input order; exact repeats are listed once.
 *
 * @example
 * import { AIHordeDispatchParameters, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AIHordeDispatchParameters.decode({ generation_ids: ['abc'], ttl: '30' })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), [
 *   'generation_ids[0]: expected GenerationID, got "abc"',
 *   'ttl: expected integer | null, got "30"',
 *   'no_valid_request_found_reasons: required, but missing (expected NoValidRequestFoundReasons)',
 * ])
 */
export const formatErrors = (errors: t.Errors): Array<string> => {
  const lines: Array<string> = []
  const seen = new Set<string>()
  for (const error of errors) {
    const path = formatPath(error.context)
    const last = error.context[error.context.length - 1]
    const before = error.context[error.context.length - 2]
    const parent = before === undefined ? undefined : unwrap(before.type as Tagged)
    // A value that matched no branch of a union is reported once, against the union.
    const expected =
      last === undefined ? 'a value' : parent?._tag === 'UnionType' && before !== undefined ? before.type.name : last.type.name
    const line =
      error.message !== undefined
        ? `${path}: ${error.message}`
        : (last?.type as Tagged | undefined)?._tag === 'RecordKeyType'
          ? `${path}: invalid key, expected ${expected}`
          : error.value === undefined && error.context.length > 1
            ? `${path}: required, but missing (expected ${expected})`
            : `${path}: expected ${expected}, got ${previewValue(error.value)}`
    if (!seen.has(line)) {
      seen.add(line)
      lines.push(line)
    }
  }
  return lines
}
