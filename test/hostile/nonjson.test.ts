/**
 * Inputs that are not JSON at all: `undefined`, functions, symbols, `BigInt`, `Date`, `Map`, class
 * instances, typed arrays and the like. Each is a `Left` (at the root, and in place of any field
 * whose codec does not take any value), with a report a person can read.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import type * as t from 'io-ts'
import { formatErrors } from '../../src'
import { wireArbitrary } from '../../src/arbitrary'
import { cloneDeep, models, modelsAndStrict, parentOf, positions } from '../arbitrary/support'

class Payload {
  generation_ids = ['6ba7b810-9dad-11d1-80b4-00c04fd430c8']
  no_valid_request_found_reasons = {}
  r2_upload_url_map = {}
  message = 'hi'
  image = 'x'
}

/** Each value, with what the report must say it got. */
const notJson: ReadonlyArray<readonly [string, unknown, RegExp]> = [
  ['undefined', undefined, /required, but missing|got undefined/],
  ['a function', () => 1, /got a function$/],
  ['a symbol', Symbol('tag'), /got Symbol\(tag\) \(a symbol\)$/],
  ['a BigInt', 10n, /got 10n \(a BigInt\)$/],
  ['a Date', new Date(0), /got a Date$/],
  ['a Map', new Map([['generation_ids', []]]), /got a Map$/],
  ['a Set', new Set([1]), /got a Set$/],
  ['a class instance', new Payload(), /got an instance of Payload \(not plain data\)$/],
  ['an object on another prototype', Object.create({ message: 'hi' }), /got an object with a prototype \(not plain data\)$/],
  ['a Uint8Array', new Uint8Array([1, 2]), /got a Uint8Array$/],
  ['a Float64Array', new Float64Array(2), /got a Float64Array$/],
  ['an ArrayBuffer', new ArrayBuffer(4), /got an ArrayBuffer$/],
  ['a boxed string', new String('x'), /got a String$/],
  ['a RegExp', /x/, /got a RegExp$/],
  ['an Error', new Error('e'), /got an Error$/],
  ['a Promise', Promise.resolve(1), /got a Promise$/],
  ['NaN', NaN, /got NaN$/],
  ['Infinity', Infinity, /got Infinity$/],
]

describe.each(modelsAndStrict)('$name', ({ name, codec }) => {
  it.each(notJson)('at the root, %s is a Left with one readable line', (_, value, says) => {
    const r = codec.decode(value)
    if (E.isRight(r)) throw new Error('expected a Left')
    const lines = formatErrors(r.left)
    expect(lines).toHaveLength(1)
    expect(lines[0].startsWith('(root): ')).toBe(true)
    expect(lines[0]).toContain(name.replace(/^strict /, ''))
    expect(lines[0]).toMatch(says)
  })
})

describe.each(models)('$name', ({ codec }) => {
  it('in place of any field, element or entry, each is a Left naming the place, unless that place takes any value', () => {
    const samples = fc.sample(wireArbitrary(codec, { exact: true }), { numRuns: 20, seed: 3 })
    for (const sample of samples) {
      for (const p of positions(codec, sample)) {
        for (const [what, value, says] of notJson) {
          const u = cloneDeep(sample)
          const [parent, key] = parentOf(u, p.keys)
          parent[key] = value
          let alone: t.Validation<unknown> | undefined
          try {
            alone = p.codec.decode(value)
          } catch {
            alone = undefined
          }
          const r = codec.decode(u)
          if (alone !== undefined && E.isRight(alone)) continue // `t.unknown`, or a defaulted field given `undefined`
          if (E.isRight(r)) throw new Error(`${p.path}: ${what} was accepted`)
          const lines = formatErrors(r.left).filter((l) => l.startsWith(`${p.path}: `))
          expect(lines.length).toBeGreaterThan(0)
          if (value !== undefined && !lines.some((l) => says.test(l))) throw new Error(`${what} at ${p.path}: ${lines.join(" / ")}`)
        }
      }
    }
  })
})
