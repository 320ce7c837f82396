// Loads the built package by its name, the way a CommonJS user does, and decodes a payload.
const assert = require('node:assert')
const hd = require('horde-dispatch')
const E = require('fp-ts/Either')

const r = hd.AIHordeDispatchParameters.decode({ generation_ids: ['AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'], no_valid_request_found_reasons: {} })
assert.ok(E.isRight(r))
assert.deepStrictEqual(r.right.generation_ids, ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'])
const bad = hd.AIHordeDispatchParameters.decode({ generation_ids: ['x'] })
assert.ok(E.isLeft(bad))
assert.strictEqual(hd.formatErrors(bad.left)[0], 'generation_ids[0]: expected GenerationID, got "x"')
console.log('smoke (require): ok')
