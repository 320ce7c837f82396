import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { defaulted, formatErrors, model, taggedUnion, toStrict } from '../../src'

const Circle = model('Circle', { kind: defaulted(t.literal('circle'), () => 'circle' as const), r: t.number })
const Square = model('Square', { kind: defaulted(t.literal('square'), () => 'square' as const), side: t.number })
const Shape = taggedUnion('kind', [Circle, Square], 'Shape')
const lines = (r: E.Either<t.Errors, unknown>) => (E.isLeft(r) ? formatErrors(r.left) : r.right)

describe('taggedUnion', () => {
  it('decodes with the member the tag names', () => {
    expect(Shape.decode({ kind: 'square', side: 2 })).toEqual(E.right({ kind: 'square', side: 2 }))
  })

  it('reports only the named member’s errors', () => {
    expect(lines(t.array(Shape).decode([{ kind: 'square', side: 'big' }]))).toEqual(['[0].side: expected number, got "big"'])
  })

  it('names an unknown tag', () => {
    expect(lines(Shape.decode({ kind: 'triangle' }))).toEqual(['(root): unknown kind "triangle" (expected one of "circle", "square")'])
  })

  it('without the tag, takes the first member that fits, as t.union does', () => {
    expect(Shape.decode({ side: 3 })).toEqual(E.right({ kind: 'square', side: 3 }))
    expect(lines(Shape.decode({}))).toEqual(['(root): matches none of Shape (give "kind" to say which)'])
    expect(lines(Shape.decode(5))).toEqual(['(root): expected Shape, got 5'])
  })

  it('encodes with the member the tag names, and never throws on a value no member claims', () => {
    expect(Shape.encode({ kind: 'circle', r: 1 })).toEqual({ kind: 'circle', r: 1 })
    expect(() => Shape.encode({ kind: 'blob' } as never)).not.toThrow()
  })

  it('stays tagged under toStrict', () => {
    expect(lines(toStrict(Shape).decode({ kind: 'circle', r: 1, extra: 1 }))).toEqual(['extra: unknown key "extra" (Circle has no such field)'])
  })

  it('presents itself as a union to interpreters', () => {
    expect(Shape._tag).toBe('UnionType')
    expect(Shape.types).toEqual([Circle, Square])
  })
})
