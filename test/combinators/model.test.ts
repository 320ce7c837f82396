import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { defaulted, extend, formatErrors, integer, model, nullable, optional, toStrict } from '../../src'

const lines = (r: E.Either<t.Errors, unknown>) => (E.isLeft(r) ? formatErrors(r.left) : r.right)

describe('model', () => {
  const Job = model('Job', {
    ids: t.array(t.string),
    ttl: defaulted(nullable(integer()), () => null),
    note: optional(t.string),
  })

  it('decodes required, defaulted and optional fields', () => {
    expect(Job.decode({ ids: ['a'] })).toEqual(E.right({ ids: ['a'], ttl: null }))
    expect(Job.decode({ ids: [], ttl: 3, note: 'n' })).toEqual(E.right({ ids: [], ttl: 3, note: 'n' }))
  })

  it('reports every error, not just the first', () => {
    expect(lines(Job.decode({ ttl: 'x', note: 5 }))).toEqual([
      'ids: required, but missing (expected Array<string>)',
      'ttl: expected integer | null, got "x"',
      'note: expected string, got 5',
    ])
  })

  it.each([null, 5, 'x', [], new Date(0), new Map(), new (class Foo {})()])('rejects the non-plain-object %p', (u) => {
    expect(lines(Job.decode(u))).toEqual([expect.stringMatching(/^\(root\): expected Job, got /)])
  })

  it('accepts an object without a prototype', () => {
    const u = Object.assign(Object.create(null) as object, { ids: [] })
    expect(Job.decode(u)).toEqual(E.right({ ids: [], ttl: null }))
  })

  it('encodes every non-optional field, defaults included', () => {
    expect(Job.encode({ ids: ['a'], ttl: null })).toEqual({ ids: ['a'], ttl: null })
  })

  describe('unknown keys', () => {
    const input = JSON.parse('{"ids":[],"extra":1,"__proto__":{"polluted":true}}')

    it('drop: ignored on input, absent from the value', () => {
      expect(Job.decode(input)).toEqual(E.right({ ids: [], ttl: null }))
    })

    it('keep: kept verbatim as own data properties, and encoded again', () => {
      const Kept = model('Kept', Job.props, { unknownKeys: 'keep' })
      const r = Kept.decode(input)
      expect(E.isRight(r)).toBe(true)
      if (E.isRight(r)) {
        expect(Object.getPrototypeOf(r.right)).toBe(Object.prototype)
        expect(Object.getOwnPropertyDescriptor(r.right, '__proto__')?.value).toEqual({ polluted: true })
        expect((r.right as Record<string, unknown>).extra).toBe(1)
        const out = Kept.encode(r.right)
        expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true })
        expect(JSON.parse(JSON.stringify(out))).toEqual(JSON.parse('{"ids":[],"ttl":null,"extra":1,"__proto__":{"polluted":true}}'))
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })

    it('reject: each unknown key is an error naming it', () => {
      expect(lines(toStrict(Job).decode(input))).toEqual([
        'extra: unknown key "extra" (Job has no such field)',
        '__proto__: unknown key "__proto__" (Job has no such field)',
      ])
    })
  })

  describe('aliases', () => {
    const Payload = model(
      'Payload',
      { ddim_steps: defaulted(integer({ minimum: 1 }), () => 30) },
      { aliases: { ddim_steps: ['steps', 'ddim_steps'] }, unknownKeys: 'keep' },
    )

    it('reads the first key present, and encodes the field under its own key', () => {
      expect(Payload.decode({ steps: 10 })).toEqual(E.right({ ddim_steps: 10 }))
      expect(Payload.decode({ ddim_steps: 20 })).toEqual(E.right({ ddim_steps: 20 }))
      expect(Payload.decode({ steps: 10, ddim_steps: 20 })).toEqual(E.right({ ddim_steps: 10 }))
      expect(Payload.encode({ ddim_steps: 10 })).toEqual({ ddim_steps: 10 })
    })

    it('names the key that was read in an error', () => {
      expect(lines(Payload.decode({ steps: 0 }))).toEqual(['steps: expected integer >= 1, got 0'])
    })

    it('strict: the losing key is an error', () => {
      expect(lines(toStrict(Payload).decode({ steps: 10, ddim_steps: 20 }))).toEqual([
        'ddim_steps: key "ddim_steps" repeats field "ddim_steps", already given as "steps"',
      ])
    })
  })

  describe('rules', () => {
    const Range = model(
      'Range',
      { lo: integer(), hi: integer() },
      { rules: [{ name: 'ordered', holds: (r) => r.lo <= r.hi, message: 'lo must not exceed hi' }] },
    )
    it('checks whole-object rules once the fields decode', () => {
      expect(Range.decode({ lo: 1, hi: 2 })).toEqual(E.right({ lo: 1, hi: 2 }))
      expect(lines(Range.decode({ lo: 3, hi: 2 }))).toEqual(['(root): lo must not exceed hi'])
      expect(lines(Range.decode({ lo: 'x', hi: 2 }))).toEqual(['lo: expected integer, got "x"'])
    })
  })

  it('never throws on input that is not plain data', () => {
    const hostile = { get ids(): never { throw new Error('boom') } }
    expect(lines(Job.decode(hostile))).toEqual(['(root): the input could not be read as plain data: Error: boom'])
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap') }, get: () => { throw new Error('trap') } })
    expect(E.isLeft(Job.decode(proxy))).toBe(true)
  })

  it('make: typed construction with defaults, validated like decode', () => {
    expect(Job.make({ ids: ['a'] })).toEqual(E.right({ ids: ['a'], ttl: null }))
    expect(E.isLeft(Job.make({ ids: ['a'], ttl: 1.5 }))).toBe(true)
  })
})

describe('extend', () => {
  const Base = model('Base', { ids: t.array(t.unknown), ttl: defaulted(nullable(integer()), () => null) })
  const Child = extend(Base, 'Child', { ids: t.array(t.string), tag: t.string })

  it('adds fields and narrows inherited ones without restating the parent', () => {
    expect(Object.keys(Child.props)).toEqual(['ids', 'ttl', 'tag'])
    expect(Child.decode({ ids: ['a'], tag: 'x' })).toEqual(E.right({ ids: ['a'], ttl: null, tag: 'x' }))
    expect(lines(Child.decode({ ids: [1], tag: 'x' }))).toEqual(['ids[0]: expected string, got 1'])
    expect(Base.decode({ ids: [1] })).toEqual(E.right({ ids: [1], ttl: null }))
  })

  it('inherits the unknown-key policy', () => {
    const Kept = extend(model('K', {}, { unknownKeys: 'keep' }), 'K2', { a: t.string })
    expect(Kept.unknownKeys).toBe('keep')
    expect(Kept.decode({ a: 'x', b: 1 })).toEqual(E.right({ a: 'x', b: 1 }))
  })
})

describe('error paths through wrappers', () => {
  it('prints an array index as [i] under a defaulted, nullable field', () => {
    const M = model('M', { xs: defaulted(nullable(t.array(model('X', { a: t.string }))), () => null) })
    expect(lines(M.decode({ xs: [{ a: 'ok' }, { a: 1 }] }))).toEqual(['xs[1].a: expected string, got 1'])
  })
})
