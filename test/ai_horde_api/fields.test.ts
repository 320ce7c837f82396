import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { formatErrors, GenerationID, keyedRecord } from '../../src'

const CANON = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'

describe('GenerationID', () => {
  it.each([
    ['canonical', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
    ['canonical, upper case', 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'],
    ['canonical, mixed case', 'aAaAaAaA-AAAA-4aaa-8AAA-aaaaaaaaaaaa'],
    ['32 hex digits', 'aaaaaaaaaaaa4aaa8aaaaaaaaaaaaaaa'],
    ['32 hex digits, upper case', 'AAAAAAAAAAAA4AAA8AAAAAAAAAAAAAAA'],
    ['braces', '{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}'],
    ['urn:uuid:', 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
  ])('accepts the %s form and emits lowercase canonical', (_, input) => {
    expect(GenerationID.decode(input)).toEqual(E.right(CANON))
  })

  it('never changes a digit: version 1 stays version 1, the nil UUID is valid', () => {
    expect(GenerationID.decode('6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toEqual(E.right('6ba7b810-9dad-11d1-80b4-00c04fd430c8'))
    expect(GenerationID.decode('a8098c1a-f86e-11da-bd1a-00112444be1e')).toEqual(E.right('a8098c1a-f86e-11da-bd1a-00112444be1e'))
    expect(GenerationID.decode('00000000-0000-0000-0000-000000000000')).toEqual(E.right('00000000-0000-0000-0000-000000000000'))
  })

  it.each([
    ['the empty string', ''],
    ['braces around 32 digits', '{aaaaaaaaaaaa4aaa8aaaaaaaaaaaaaaa}'],
    ['urn around 32 digits', 'urn:uuid:aaaaaaaaaaaa4aaa8aaaaaaaaaaaaaaa'],
    ['an upper-case URN', 'URN:UUID:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
    ['hyphens elsewhere', 'aaaaaaa-aaaaa-4aaa-8aaa-aaaaaaaaaaaa'],
    ['an unbalanced brace', '{aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
    ['a leading space', ' aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
    ['a trailing space', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa '],
    ['a non-hex digit', 'gaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
    ['too short', 'abc'],
  ])('rejects %s', (_, input) => {
    const r = GenerationID.decode(input)
    expect(E.isLeft(r) && formatErrors(r.left)).toEqual([`(root): expected GenerationID, got ${JSON.stringify(input)}`])
  })

  it.each([null, 5, undefined, {}])('rejects the non-string %p', (u) => expect(E.isLeft(GenerationID.decode(u))).toBe(true))

  it('normalises array elements and map keys', () => {
    expect(t.array(GenerationID).decode(['AAAAAAAAAAAA4AAA8AAAAAAAAAAAAAAA', CANON])).toEqual(E.right([CANON, CANON]))
    expect(keyedRecord(GenerationID, t.string).decode({ '{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}': 'u' })).toEqual(E.right({ [CANON]: 'u' }))
  })

  it('keeps the later value when two keys normalise to the same ID', () => {
    expect(keyedRecord(GenerationID, t.string).decode({ [CANON.toUpperCase()]: 'a', [CANON]: 'b' })).toEqual(E.right({ [CANON]: 'b' }))
  })
})
