import * as E from 'fp-ts/Either'
import { formatErrors, openEnum } from '../../src'

const Color = openEnum('Color', { red: 'red', sea_green: 'SeaGreen' } as const)

describe('openEnum', () => {
  it('lists the known wire values in order', () => {
    expect(Color.known).toEqual(['red', 'SeaGreen'])
    expect(Color._tag).toBe('OpenEnumType')
  })

  it('keeps known and unknown strings verbatim, with no case folding or trimming', () => {
    expect(Color.decode('red')).toEqual(E.right('red'))
    expect(Color.decode('RED')).toEqual(E.right('RED'))
    expect(Color.decode(' red ')).toEqual(E.right(' red '))
    expect(Color.decode('')).toEqual(E.right(''))
  })

  it('narrows to the known members by exact equality', () => {
    expect(Color.isKnown('SeaGreen')).toBe(true)
    expect(Color.isKnown('sea_green')).toBe(false)
    expect(Color.isKnown('Red')).toBe(false)
  })

  it.each([null, undefined, 5, true, {}, []])('rejects the non-string %p', (u) => {
    const r = Color.decode(u)
    expect(E.isLeft(r)).toBe(true)
  })

  it('names the enum in the report', () => {
    const r = Color.decode(5)
    expect(E.isLeft(r) && formatErrors(r.left)).toEqual(['(root): expected Color, got 5'])
  })

  it('builds from a list of values too, without duplicates', () => {
    const Both = openEnum('Both', ['a', 'b', 'a'])
    expect(Both.known).toEqual(['a', 'b'])
  })
})
