/**
 * The codec laws, as property tests over every exported model (found by tag, so models merged
 * later are covered without a change here). 1000 runs per property in CI (`CI` set), 200 locally;
 * a failure prints fast-check's seed and path (`FC_SEED=<seed>` replays it).
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { formatErrors, toStrict } from '../../src'
import { arbitrary, wireArbitrary } from '../../src/arbitrary'
import { check, expectSame, keptDifferences, models, unknownKeys } from './support'

const extraKey = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype'))

it('finds the models of the library', () => {
  expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(['AIHordeR2DispatchParameters', 'NoValidRequestFoundReasons', 'PopResponseModelMessage']))
})

describe.each(models)('$name', ({ codec }) => {
  const strict = toStrict(codec)

  it('decode(encode(a)) is right(a) for every generated decoded value', () => {
    check(
      fc.property(arbitrary(codec), (a) => {
        expectSame(codec.decode(codec.encode(a)), E.right(a))
      }),
    )
  })

  it('encode(decode(u)) keeps every key and value of a valid wire input that the model keeps', () => {
    check(
      fc.property(wireArbitrary(codec), (u) => {
        const r = codec.decode(u)
        if (E.isLeft(r)) throw new Error(`a generated wire input did not decode:\n${formatErrors(r.left).join('\n')}`)
        expect(keptDifferences(codec, u, codec.encode(r.right))).toEqual([])
      }),
    )
  })

  it('strict mode accepts exact input, and what default mode produces from it, with the same value', () => {
    check(
      fc.property(wireArbitrary(codec, { exact: true }), (u) => {
        const lenient = codec.decode(u)
        expect(E.isRight(lenient)).toBe(true)
        expectSame(strict.decode(u), lenient)
        if (E.isRight(lenient)) expectSame(strict.decode(codec.encode(lenient.right)), lenient)
      }),
    )
  })

  it('strict mode rejects a generated input with extra keys, naming every one with its path', () => {
    const known = new Set(Object.keys(codec.props).flatMap((k) => codec.aliases[k] ?? [k]))
    check(
      fc.property(wireArbitrary(codec), extraKey.filter((k) => !known.has(k)), fc.jsonValue({ maxDepth: 1 }), (u, key, value) => {
        // Always one at the root; the generator adds more wherever a model keeps or drops them.
        Object.defineProperty(u, key, { value, enumerable: true, writable: true, configurable: true })
        const expected = unknownKeys(codec, u)
        expect(expected.length).toBeGreaterThan(0)
        const r = strict.decode(u)
        if (E.isRight(r)) throw new Error('strict mode accepted an unknown key')
        const lines = formatErrors(r.left)
        for (const { path, key: k } of expected) {
          if (!lines.some((l) => l.startsWith(`${path}: `) && l.includes(JSON.stringify(k)))) {
            throw new Error(`unknown key ${JSON.stringify(k)} at ${path} is not reported; got:\n${lines.join('\n')}`)
          }
        }
      }),
    )
  })
})
