import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { defaulted, integer, model, nullable } from '../../src'

describe('defaulted', () => {
  const Ttl = defaulted(nullable(integer()), () => null)
  const Steps = defaulted(integer({ minimum: 1 }), () => 30)

  it('takes the default when absent', () => {
    expect(Ttl.decode(undefined)).toEqual(E.right(null))
    expect(Steps.decode(undefined)).toEqual(E.right(30))
  })

  it('treats null as a value, valid only where the codec accepts null', () => {
    expect(Ttl.decode(null)).toEqual(E.right(null))
    expect(E.isLeft(Steps.decode(null))).toBe(true)
  })

  it('never shares a mutable default between decodes', () => {
    const M = model('M', { xs: defaulted(t.array(t.string), () => []) })
    const a = M.decode({})
    const b = M.decode({})
    expect(E.isRight(a) && E.isRight(b) && a.right.xs !== b.right.xs).toBe(true)
  })

  it('fills a missing key inside a model, and keeps an explicit null', () => {
    const M = model('M', { ttl: Ttl, steps: Steps })
    expect(M.decode({})).toEqual(E.right({ ttl: null, steps: 30 }))
    expect(M.decode({ ttl: null, steps: 5 })).toEqual(E.right({ ttl: null, steps: 5 }))
    expect(E.isLeft(M.decode({ steps: null }))).toBe(true)
  })
})
