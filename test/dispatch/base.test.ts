import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { DispatchParameterBase, formatErrors, strict } from '../../src'

const lines = (r: E.Either<t.Errors, unknown>) => (E.isLeft(r) ? formatErrors(r.left) : r.right)

describe('DispatchParameterBase', () => {
  it('fills every default for a minimal payload', () => {
    expect(DispatchParameterBase.decode({ generation_ids: [] })).toEqual(
      E.right({ generation_ids: [], dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY', ttl: null, inference_backend: null, requested_backend_constraints: 'ANY' }),
    )
  })

  it('holds any JSON values as generation IDs', () => {
    const ids = [1, 'x', null, { a: 1 }, [2]]
    expect(E.isRight(DispatchParameterBase.decode({ generation_ids: ids })) && DispatchParameterBase.decode({ generation_ids: ids })).toEqual(
      E.right(expect.objectContaining({ generation_ids: ids })),
    )
  })

  it('requires generation_ids, as an array', () => {
    expect(lines(DispatchParameterBase.decode({}))).toEqual(['generation_ids: required, but missing (expected Array<unknown>)'])
    expect(lines(DispatchParameterBase.decode({ generation_ids: null }))).toEqual(['generation_ids: expected Array<unknown>, got null'])
  })

  it('tells absent from null: absent takes the default, null is valid only where nullable', () => {
    expect(lines(DispatchParameterBase.decode({ generation_ids: [], dispatch_source: null, requested_backend_constraints: null }))).toEqual([
      'dispatch_source: expected DispatchSource, got null',
      'requested_backend_constraints: expected BackendConstraints, got null',
    ])
    expect(DispatchParameterBase.decode({ generation_ids: [], ttl: null, inference_backend: null })).toEqual(
      E.right(expect.objectContaining({ ttl: null, inference_backend: null })),
    )
  })

  it('keeps unknown enum strings verbatim, without case folding', () => {
    expect(DispatchParameterBase.decode({ generation_ids: [], dispatch_source: 'ai_horde_api_official', inference_backend: 'MyBackend', requested_backend_constraints: 'Soon' })).toEqual(
      E.right(expect.objectContaining({ dispatch_source: 'ai_horde_api_official', inference_backend: 'MyBackend', requested_backend_constraints: 'Soon' })),
    )
  })

  it.each([5.5, '30', true])('rejects the ttl %p: integers are JSON integers', (ttl) => {
    expect(lines(DispatchParameterBase.decode({ generation_ids: [], ttl }))).toEqual([`ttl: expected integer | null, got ${JSON.stringify(ttl)}`])
  })

  it('accepts a negative or zero ttl (no bounds)', () => {
    expect(DispatchParameterBase.decode({ generation_ids: [], ttl: -1 })).toEqual(E.right(expect.objectContaining({ ttl: -1 })))
  })

  it('drops unknown keys; the strict variant names them', () => {
    expect(DispatchParameterBase.decode({ generation_ids: [], extra: 1 })).toEqual(E.right(expect.not.objectContaining({ extra: 1 })))
    expect(lines(strict.DispatchParameterBase.decode({ generation_ids: [], extra: 1 }))).toEqual([
      'extra: unknown key "extra" (DispatchParameterBase has no such field)',
    ])
  })

  it.each([null, undefined, 42, 'x', [], true])('fails cleanly on the non-object %p', (u) => {
    expect(lines(DispatchParameterBase.decode(u))).toEqual([expect.stringMatching(/^\(root\): expected DispatchParameterBase, got/)])
  })

  it('encodes the wire object: every field, defaults filled, null for absent nullable values', () => {
    const r = DispatchParameterBase.decode({ generation_ids: ['a'] })
    expect(E.isRight(r) && DispatchParameterBase.encode(r.right)).toEqual({
      generation_ids: ['a'],
      dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY',
      ttl: null,
      inference_backend: null,
      requested_backend_constraints: 'ANY',
    })
  })
})
