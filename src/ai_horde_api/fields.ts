/**
 * Identifier fields (horde_sdk `ai_horde_api/fields.py`).
 */
import * as t from 'io-ts'
import { INVALID, validateFastFirst, withFastDecoder } from '../combinators/fast'

const HEX = '[0-9a-fA-F]'
const CANONICAL = `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`
// Exactly the four forms pydantic's UUID parsing accepts. No `i` flag: an upper-case `URN:` fails.
const FORMS = new RegExp(`^(?:(${CANONICAL})|\\{(${CANONICAL})\\}|urn:uuid:(${CANONICAL})|(${HEX}{32}))$`)

/** 1 at the code of each lowercase hex digit; a table over every UTF-16 code, so no bounds check is needed. */
const LOWER_HEX = new Uint8Array(65536)
for (const ch of '0123456789abcdef') LOWER_HEX[ch.charCodeAt(0)] = 1

/**
 * Whether `s` is already lowercase canonical (`/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/`),
 * the form the server sends: checked by character codes with a table, faster than that regular
 * expression on the hot path of every dispatch decode.
 */
const isLowerCanonical = (s: string): boolean => {
  if (s.length !== 36 || s.charCodeAt(8) !== 45 || s.charCodeAt(13) !== 45 || s.charCodeAt(18) !== 45 || s.charCodeAt(23) !== 45) return false
  let ok = 1
  for (let i = 0; i < 8; i++) ok &= LOWER_HEX[s.charCodeAt(i)]
  for (let i = 9; i < 13; i++) ok &= LOWER_HEX[s.charCodeAt(i)]
  for (let i = 14; i < 18; i++) ok &= LOWER_HEX[s.charCodeAt(i)]
  for (let i = 19; i < 23; i++) ok &= LOWER_HEX[s.charCodeAt(i)]
  for (let i = 24; i < 36; i++) ok &= LOWER_HEX[s.charCodeAt(i)]
  return ok === 1
}

/**
 * The lowercase canonical form of a UUID string in one of the accepted forms, or `undefined`.
 *
 * @example
 * import { normaliseGenerationID } from 'horde-dispatch'
 *
 * assert.strictEqual(normaliseGenerationID('urn:uuid:AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'), 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa')
 * assert.strictEqual(normaliseGenerationID('URN:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), undefined)
 * assert.strictEqual(normaliseGenerationID(' aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), undefined)
 */
export const normaliseGenerationID = (s: string): string | undefined => {
  if (isLowerCanonical(s)) return s
  // Every accepted form is 32, 36, 38 or 45 characters long: anything else fails without the regex.
  const n = s.length
  if (n !== 36 && n !== 32 && n !== 38 && n !== 45) return undefined
  const m = FORMS.exec(s)
  if (m === null) return undefined
  const hex = (m[1] ?? m[2] ?? m[3] ?? m[4]).replace(/-/g, '').toLowerCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const fail: t.Validate<unknown, never> = (u, c) => t.failure(u, c)

const fast = (u: unknown) => {
  if (typeof u !== 'string') return INVALID
  return normaliseGenerationID(u) ?? INVALID
}

/**
 * A generation (job) ID: a UUID in text. Accepts exactly the reference's four forms: 32 hex digits,
 * canonical 8-4-4-4-12, canonical in braces, canonical after a lower-case `urn:uuid:`; hex digits in
 * any case. Decodes to lowercase canonical form and never changes a digit (a version-1 UUID stays
 * version 1; the nil UUID is valid). `""`, surrounding spaces and every other form fail.
 *
 * @example
 * import { GenerationID } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(
 *   GenerationID.decode('{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}'),
 *   E.right('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
 * )
 * assert.deepStrictEqual(
 *   GenerationID.decode('6ba7b8109dad11d180b400c04fd430c8'),
 *   E.right('6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
 * )
 * assert.ok(E.isLeft(GenerationID.decode('')))
 */
export interface GenerationIDType extends t.Type<string, string, unknown> {
  readonly _tag: 'GenerationIDType'
  /** The accepted input forms, as one regular expression (for JSON Schema and arbitraries). */
  readonly pattern: RegExp
}

export const GenerationID: GenerationIDType = withFastDecoder(
  Object.assign(
    new t.Type<string, string, unknown>(
      'GenerationID',
      (u): u is string => typeof u === 'string' && isLowerCanonical(u),
      validateFastFirst(fast, fail),
      t.identity,
    ),
    { _tag: 'GenerationIDType' as const, pattern: FORMS },
  ),
  fast,
  fail,
)
