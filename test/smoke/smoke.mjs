// Loads the built package by its name, the way an ESM user does, and decodes a payload.
import assert from 'node:assert'
import { AIHordeDispatchParameters, formatErrors } from 'horde-dispatch'

const r = AIHordeDispatchParameters.decode({ generation_ids: ['AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'], no_valid_request_found_reasons: {} })
assert.strictEqual(r._tag, 'Right')
assert.deepStrictEqual(r.right.generation_ids, ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'])
const bad = AIHordeDispatchParameters.decode({ generation_ids: ['x'] })
assert.strictEqual(bad._tag, 'Left')
assert.strictEqual(formatErrors(bad.left)[0], 'generation_ids[0]: expected GenerationID, got "x"')
console.log('smoke (import): ok')
