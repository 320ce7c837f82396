/**
 * `decode` never throws and always returns an `Either`: for any value at all, for valid inputs with
 * fields mutated, and for inputs that are not plain data (throwing getters, proxies, frozen objects).
 * Every model, found by tag; 1000 runs per property in CI, 200 locally; failures print the seed.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import type * as t from 'io-ts'
import { formatErrors } from '../../src'
import { wireArbitrary } from '../../src/arbitrary'
import { check, cloneDeep, expectSame, linesAt, models, modelsAndStrict, parentOf, positions, type Position } from './support'

/** Decodes, turning an exception into a test failure that says so (rather than letting it pass as a Left). */
const decodeNoThrow = (codec: t.Mixed, u: unknown): t.Validation<unknown> => {
  let r: unknown
  try {
    r = codec.decode(u)
  } catch (e) {
    throw new Error(`decode threw: ${String(e)}`)
  }
  const tag = (r as { _tag?: unknown } | null)?._tag
  if (tag !== 'Left' && tag !== 'Right') throw new Error('decode did not return an Either')
  return r as t.Validation<unknown>
}

/** The report of a Left: formatting it must not throw either, and it says something. */
const reportOf = (r: t.Validation<unknown>): Array<string> => {
  if (E.isRight(r)) return []
  const lines = formatErrors(r.left)
  expect(lines.length).toBeGreaterThan(0)
  for (const l of lines) expect(typeof l).toBe('string')
  return lines
}

const notJson = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  // Small: the properties are about kinds of values, and run 1000 times per model in CI.
  maxDepth: 2,
  maxKeys: 4,
})

const validWithPositions = (codec: t.Mixed) =>
  wireArbitrary(codec, { exact: true, maxLength: 3 }).map((u) => ({ u, at: positions(codec, u) }))

/** Does the place's own codec accept this value on its own? (An exception counts as no.) */
const accepts = (p: Position, v: unknown): boolean => {
  try {
    return p.codec.decode(v)._tag === 'Right'
  } catch {
    return false
  }
}

/** Distinct places of which none lies inside another. */
const disjoint = (picked: ReadonlyArray<Position>): Array<Position> => {
  const out: Array<Position> = []
  for (const p of picked) {
    const inside = (a: Position, b: Position) => a.keys.length <= b.keys.length && a.keys.every((k, i) => b.keys[i] === k)
    if (!out.some((q) => inside(q, p) || inside(p, q))) out.push(p)
  }
  return out
}

const jsonOfEachType: ReadonlyArray<unknown> = [0, -1, 1.5, 1e300, '', 'text', true, false, [], [1, 'a'], {}, { a: 1 }]
const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
const nested = (depth: number, kind: 'array' | 'object'): unknown => {
  let v: unknown = 0
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v }
  return v
}

type Mutation =
  | { readonly kind: 'drop' }
  | { readonly kind: 'null' }
  | { readonly kind: 'retype'; readonly pick: number }
  | { readonly kind: 'huge'; readonly what: 'string' | 'array' | 'object' }
  | { readonly kind: 'deep'; readonly what: 'array' | 'object' }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'drop' as const }),
  fc.constant({ kind: 'null' as const }),
  fc.nat().map((pick) => ({ kind: 'retype' as const, pick })),
  fc.constantFrom('string' as const, 'array' as const, 'object' as const).map((what) => ({ kind: 'huge' as const, what })),
  fc.constantFrom('array' as const, 'object' as const).map((what) => ({ kind: 'deep' as const, what })),
)

const HUGE = 100_000
// Built once: decoding never changes its input, so every run can share them.
const huge = {
  string: 'x'.repeat(HUGE),
  array: new Array(HUGE / 50).fill(0),
  object: Object.fromEntries(Array.from({ length: HUGE / 50 }, (_, i) => [`k${i}`, i])),
}
const deep = { array: nested(1000, 'array'), object: nested(1000, 'object') }

/** The mutated value, or `undefined` for a dropped field. */
const mutated = (m: Mutation, current: unknown): unknown => {
  switch (m.kind) {
    case 'drop':
      return undefined
    case 'null':
      return null
    case 'retype': {
      const others = jsonOfEachType.filter((v) => jsonType(v) !== jsonType(current))
      return others[m.pick % others.length]
    }
    case 'huge':
      return huge[m.what]
    case 'deep':
      return deep[m.what]
  }
}

describe.each(modelsAndStrict)('$name', ({ codec }) => {
  it('never throws, and returns an Either with a readable report, for any value at all', () => {
    check(
      fc.property(notJson, (u) => {
        reportOf(decodeNoThrow(codec, u))
      }),
    )
  })
})

describe.each(models)('$name', ({ codec }) => {
  it('never throws for a valid input with any value at one place, and reports that place when it is invalid there', () => {
    check(
      fc.property(validWithPositions(codec), fc.nat(), notJson, ({ u, at }, i, v) => {
        fc.pre(at.length > 0)
        const p = at[i % at.length]
        const [parent, key] = parentOf(u, p.keys)
        parent[key] = v
        const lines = reportOf(decodeNoThrow(codec, u))
        if (!accepts(p, v)) expect(linesAt(lines, p.path).length).toBeGreaterThan(0)
      }),
    )
  })

  it('never throws for a valid input with up to three fields dropped, nulled, retyped, huge or deeply nested, and lists the path of each invalid one', () => {
    check(
      fc.property(
        validWithPositions(codec),
        fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }),
        ({ u, at }, picks) => {
          fc.pre(at.length > 0)
          const chosen = disjoint(picks.map(([i]) => at[i % at.length]))
          const invalid: Array<string> = []
          for (const p of chosen) {
            const m = picks.find(([i]) => at[i % at.length] === p)![1]
            const effective: Mutation = m.kind === 'drop' && p.kind !== 'field' ? { kind: 'null' } : m
            const [parent, key] = parentOf(u, p.keys)
            const v = mutated(effective, parent[key])
            if (effective.kind === 'drop') delete parent[key]
            else parent[key] = v
            if (!accepts(p, v)) invalid.push(effective.kind === 'drop' ? p.pathIfDropped! : p.path)
          }
          const r = decodeNoThrow(codec, u)
          const lines = reportOf(r)
          if (invalid.length > 0) expect(E.isLeft(r)).toBe(true)
          // The input is still plain data: no exception (a stack overflow, say) may have been caught on the way.
          expect(lines.join('\n')).not.toContain('could not be read as plain data')
          for (const path of invalid) {
            if (linesAt(lines, path).length === 0) throw new Error(`mutated field ${path} is not in the report:\n${lines.join('\n')}`)
          }
        },
      ),
    )
  })

  it('returns a Left, not an exception, when a getter throws at any place', () => {
    check(
      fc.property(validWithPositions(codec), fc.nat(), ({ u, at }, i) => {
        fc.pre(at.length > 0)
        const p = at[i % at.length]
        const [parent, key] = parentOf(u, p.keys)
        Object.defineProperty(parent, key, {
          get() {
            throw new Error('boom')
          },
          enumerable: true,
          configurable: true,
        })
        const r = decodeNoThrow(codec, u)
        expect(E.isLeft(r)).toBe(true)
        expect(reportOf(r).join('\n')).toContain('could not be read as plain data: Error: boom')
      }),
    )
  })

  it('decodes a transparent Proxy around every object as it decodes the plain input', () => {
    const wrap = (v: unknown): unknown => {
      if (typeof v !== 'object' || v === null) return v
      const copy: Record<string, unknown> | Array<unknown> = Array.isArray(v) ? v.map(wrap) : {}
      if (!Array.isArray(v)) for (const k of Object.keys(v)) Object.defineProperty(copy, k, { value: wrap((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true })
      return new Proxy(copy, {})
    }
    check(
      fc.property(wireArbitrary(codec, { maxLength: 3 }), (u) => {
        expectSame(decodeNoThrow(codec, wrap(u)), codec.decode(cloneDeep(u)))
      }),
    )
  })

  it('returns a Left, not an exception, for a Proxy whose every trap throws, or a revoked one, at any place', () => {
    const hostile = (kind: 'throwing' | 'revoked', target: object): object => {
      if (kind === 'revoked') {
        const { proxy, revoke } = Proxy.revocable(target, {})
        revoke()
        return proxy
      }
      const boom = () => {
        throw new Error('trap')
      }
      return new Proxy(target, { get: boom, getPrototypeOf: boom, ownKeys: boom, has: boom, getOwnPropertyDescriptor: boom })
    }
    check(
      fc.property(validWithPositions(codec), fc.option(fc.nat(), { nil: undefined }), fc.constantFrom('throwing' as const, 'revoked' as const), ({ u, at }, i, kind) => {
        if (i === undefined || at.length === 0) {
          const r = decodeNoThrow(codec, hostile(kind, u as object))
          expect(E.isLeft(r)).toBe(true)
          reportOf(r)
          return
        }
        const p = at[i % at.length]
        const [parent, key] = parentOf(u, p.keys)
        const current = parent[key]
        const v = hostile(kind, typeof current === 'object' && current !== null ? current : {})
        parent[key] = v
        const r = decodeNoThrow(codec, u)
        reportOf(r)
        if (!accepts(p, v)) expect(E.isLeft(r)).toBe(true)
      }),
    )
  })

  it('decodes a deeply frozen input as the same input unfrozen', () => {
    const freeze = (v: unknown): unknown => {
      if (typeof v === 'object' && v !== null) {
        for (const k of Object.keys(v)) freeze((v as Record<string, unknown>)[k])
        Object.freeze(v)
      }
      return v
    }
    check(
      fc.property(wireArbitrary(codec, { maxLength: 3 }), (u) => {
        const plain = codec.decode(cloneDeep(u))
        expect(E.isRight(plain)).toBe(true)
        expectSame(decodeNoThrow(codec, freeze(u)), plain)
      }),
    )
  })
})
