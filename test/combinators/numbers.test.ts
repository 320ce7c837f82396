import * as E from 'fp-ts/Either'
import { boundedNumber, boundedString, formatErrors, integer } from '../../src'

describe('integer', () => {
  it.each([0, 5, -3, 1e6])('accepts the JSON integer %p', (n) => expect(integer().decode(n)).toEqual(E.right(n)))
  it.each([5.5, '30', NaN, Infinity, -Infinity, null, true, '5'])('rejects %p', (u) => expect(E.isLeft(integer().decode(u))).toBe(true))

  it('accepts an integral float, which JSON cannot tell from an integer', () => {
    expect(integer().decode(JSON.parse('2.0'))).toEqual(E.right(2))
  })

  it('checks inclusive bounds and a step, and names them', () => {
    const Side = integer({ minimum: 64, maximum: 3072, multipleOf: 64 })
    expect(Side.name).toBe('integer in [64, 3072], multiple of 64')
    expect(Side.decode(64)).toEqual(E.right(64))
    expect(Side.decode(3072)).toEqual(E.right(3072))
    const r = Side.decode(100)
    expect(E.isLeft(r) && formatErrors(r.left)).toEqual(['(root): expected integer in [64, 3072], multiple of 64, got 100'])
    expect(E.isLeft(Side.decode(0))).toBe(true)
    expect(E.isLeft(Side.decode(3136))).toBe(true)
    expect(integer({ minimum: 0 }).name).toBe('integer >= 0')
    expect(integer({ maximum: 9 }).name).toBe('integer <= 9')
  })
})

describe('boundedNumber', () => {
  const Unit = boundedNumber({ minimum: 0, maximum: 1 })
  it('accepts finite numbers within bounds', () => {
    expect(Unit.decode(0)).toEqual(E.right(0))
    expect(Unit.decode(0.75)).toEqual(E.right(0.75))
    expect(Unit.decode(1)).toEqual(E.right(1))
  })
  it.each([1.0001, -0.1, '0.5', NaN, Infinity, null, false])('rejects %p', (u) => expect(E.isLeft(Unit.decode(u))).toBe(true))
  it('is named after its bounds', () => expect(Unit.name).toBe('number in [0, 1]'))
})

describe('boundedString', () => {
  const Name = boundedString({ minLength: 1, maxLength: 3 })
  it('checks the length', () => {
    expect(Name.decode('abc')).toEqual(E.right('abc'))
    expect(E.isLeft(Name.decode(''))).toBe(true)
    expect(E.isLeft(Name.decode('abcd'))).toBe(true)
    expect(E.isLeft(Name.decode(5))).toBe(true)
    expect(Name.name).toBe('string of length 1 to 3')
  })
})
