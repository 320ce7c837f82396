/**
 * Size and depth: 100 000 IDs with matching upload URLs (time per ID flat, checked as a ratio against
 * 1 000 IDs, not as an absolute time), 10 MB strings, and 10 000 levels of nesting where any JSON
 * is accepted. Each must decode (or fail with a report) without hanging or overflowing the stack.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { NonEmptyString } from 'io-ts-types/lib/NonEmptyString'
import { AIHordeR2DispatchParameters, DispatchParameterBase, ExtraSourceImageEntry, formatErrors, PopResponseModelMessage, toStrict } from '../../src'
import { wireArbitrary } from '../../src/arbitrary'
import { cloneDeep, models, parentOf, positions } from '../arbitrary/support'

const id = (i: number): string => {
  const h = i.toString(16).padStart(32, '0')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** An R2 dispatch of `n` IDs, in braces and upper case (not the canonical form), each with its upload URL. */
const dispatchOf = (n: number, bad = 0): unknown => {
  const ids = Array.from({ length: n }, (_, i) => `{${id(i).toUpperCase()}}`)
  for (let i = 0; i < bad; i++) ids[n - 1 - i] = `not-an-id-${i}`
  return {
    generation_ids: ids,
    no_valid_request_found_reasons: {},
    r2_upload_url_map: Object.fromEntries(ids.slice(0, n - bad).map((x, i) => [x, `https://r2.example/${i}`])),
  }
}

/** The smallest of a few timings (the least disturbed by other work on the machine), in ms. */
const fastest = (runs: number, f: () => void): number => {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    f()
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

/** Time per ID at 100 000 over time per ID at 1 000. Linear work gives about 1; quadratic, about 100. */
const perIdRatio = (decodeAll: (u: unknown) => void, bad = 0): number => {
  const small = dispatchOf(1_000, bad)
  const large = dispatchOf(100_000, bad)
  for (let i = 0; i < 20; i++) decodeAll(small) // warm up the JIT on the small input
  const tSmall = fastest(15, () => decodeAll(small)) / 1_000
  const tLarge = fastest(2, () => decodeAll(large)) / 100_000
  return tLarge / tSmall
}

/** Generous: a machine shared with other work, and GC at 100 000, are allowed for. */
const FACTOR = 10

describe('100 000 IDs with matching upload URLs', () => {
  it('decode, in canonical form, every URL under its ID', () => {
    const r = AIHordeR2DispatchParameters.decode(dispatchOf(100_000))
    if (E.isLeft(r)) throw new Error(formatErrors(r.left).slice(0, 5).join('\n'))
    expect(r.right.generation_ids).toHaveLength(100_000)
    expect(r.right.generation_ids[99_999]).toBe(id(99_999))
    expect(Object.keys(r.right.r2_upload_url_map)).toHaveLength(100_000)
    expect(r.right.r2_upload_url_map[id(12_345)]).toBe('https://r2.example/12345')
  })

  it('take flat time per ID (100 000 against 1 000)', () => {
    const ratio = perIdRatio((u) => AIHordeR2DispatchParameters.decode(u))
    console.log(`valid dispatch: time per ID at 100 000 / at 1 000 = ${ratio.toFixed(2)} (limit ${FACTOR})`)
    expect(ratio).toBeLessThan(FACTOR)
  })

  it('take flat time per ID on the error path too (the last ID invalid: the full, error-collecting decode)', () => {
    const ratio = perIdRatio((u) => {
      const r = AIHordeR2DispatchParameters.decode(u)
      if (E.isRight(r)) throw new Error('expected a Left')
      formatErrors(r.left)
    }, 1)
    console.log(`one bad ID: time per ID at 100 000 / at 1 000 = ${ratio.toFixed(2)} (limit ${FACTOR})`)
    expect(ratio).toBeLessThan(FACTOR)
  })

  it('report every one of 150 000 invalid IDs (more errors than a spread call can take as arguments)', () => {
    const u = { generation_ids: Array.from({ length: 150_000 }, (_, i) => `x${i}`), no_valid_request_found_reasons: {}, r2_upload_url_map: {} }
    const r = AIHordeR2DispatchParameters.decode(u)
    if (E.isRight(r)) throw new Error('expected a Left')
    const lines = formatErrors(r.left)
    expect(lines).toHaveLength(150_000)
    expect(lines[0]).toBe('generation_ids[0]: expected GenerationID, got "x0"')
    expect(lines[149_999]).toBe('generation_ids[149999]: expected GenerationID, got "x149999"')
  })
})

describe('a 10 MB string', () => {
  const big = 'a'.repeat(10 * 1024 * 1024)

  it('decodes as itself in a text field (a message, a source image)', () => {
    const m = PopResponseModelMessage.decode({ message: big })
    expect(E.isRight(m) && m.right.message === big).toBe(true)
    const x = ExtraSourceImageEntry.decode({ image: big })
    expect(E.isRight(x) && x.right.image === big).toBe(true)
  })

  it('decodes as itself at every place of every model that takes an unbounded string', () => {
    const takesAnyString = (c: t.Mixed): boolean => {
      const tag = (c as { _tag?: string })._tag
      if (c === t.string || c === (NonEmptyString as t.Mixed) || tag === 'OpenEnumType') return true
      if (tag === 'BoundedStringType') return (c as unknown as { bounds: { maxLength?: number } }).bounds.maxLength === undefined
      if (tag === 'DefaultedType' || tag === 'OptionalType' || tag === 'NullableType') return takesAnyString((c as unknown as { type: t.Mixed }).type)
      return false
    }
    let places = 0
    for (const { name, codec } of models) {
      const [sample] = fc.sample(wireArbitrary(codec, { exact: true, maxLength: 1 }), { numRuns: 1, seed: 7 })
      for (const p of positions(codec, sample)) {
        if (!takesAnyString(p.codec)) continue
        const u = cloneDeep(sample)
        const [parent, key] = parentOf(u, p.keys)
        parent[key] = big
        const r = codec.decode(u)
        if (E.isLeft(r)) throw new Error(`${name}.${p.path}: ${formatErrors(r.left).join('\n')}`)
        const [out, outKey] = parentOf(r.right, p.keys)
        expect(out[outKey] === big).toBe(true)
        places++
      }
    }
    expect(places).toBeGreaterThan(0)
  })

  it('fails quickly, with a short preview, where a GenerationID is expected', () => {
    const r = AIHordeR2DispatchParameters.decode({ generation_ids: [big], no_valid_request_found_reasons: {}, r2_upload_url_map: {} })
    if (E.isRight(r)) throw new Error('expected a Left')
    const [line] = formatErrors(r.left)
    expect(line.startsWith('generation_ids[0]: expected GenerationID, got "aaaa')).toBe(true)
    expect(line.length).toBeLessThan(200)
  })
})

describe('10 000 levels of nesting', () => {
  const DEPTH = 10_000
  const deepArray = JSON.parse(`${'['.repeat(DEPTH)}0${']'.repeat(DEPTH)}`) as unknown
  const deepObject = JSON.parse(`${'{"a":'.repeat(DEPTH)}0${'}'.repeat(DEPTH)}`) as unknown

  it('decode where any JSON is accepted (generation IDs of the base, kept unknown keys), the value kept as it came', () => {
    for (const deep of [deepArray, deepObject]) {
      const base = DispatchParameterBase.decode({ generation_ids: [deep] })
      expect(E.isRight(base) && base.right.generation_ids[0] === deep).toBe(true)
      const m = PopResponseModelMessage.decode({ message: 'm', special: deep })
      expect(E.isRight(m) && (m.right as Record<string, unknown>).special === deep).toBe(true)
      const d = AIHordeR2DispatchParameters.decode({ generation_ids: [], no_valid_request_found_reasons: { future_reason: deep }, r2_upload_url_map: {}, special: deep })
      expect(E.isRight(d) && (d.right.no_valid_request_found_reasons as Record<string, unknown>).future_reason === deep).toBe(true)
    }
  })

  it('decode, or fail with a report, at every place of every model and its strict variant', () => {
    for (const { name, codec } of models) {
      const [sample] = fc.sample(wireArbitrary(codec, { exact: true, maxLength: 1 }), { numRuns: 1, seed: 7 })
      const places = positions(codec, sample)
      for (const deep of [deepArray, deepObject]) {
        for (const c of [codec, toStrict(codec)]) {
          // As an unknown key at the root, and in place of each field, element and entry.
          const withKey = { ...(sample as object), special: deep }
          for (const u of [withKey, ...places.map((p) => { const v = cloneDeep(sample); const [parent, key] = parentOf(v, p.keys); parent[key] = deep; return v })]) {
            let r: t.Validation<unknown>
            try {
              r = c.decode(u)
            } catch (e) {
              throw new Error(`${name}: decode threw ${String(e)}`)
            }
            // Plain data, however deep, is never reported as unreadable (a stack overflow caught by the guard would be).
            if (E.isLeft(r)) expect(formatErrors(r.left).join('\n')).not.toContain('could not be read as plain data')
          }
        }
      }
    }
  })
})
