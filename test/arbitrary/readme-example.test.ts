/**
 * The README's example of a user's own property test, as it is printed there (imports aside: the
 * README imports `horde-dispatch` and `horde-dispatch/arbitrary`).
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { AIHordeR2DispatchParameters, GenerationID } from '../../src'
import { arbitrary, wireArbitrary } from '../../src/arbitrary'

// The worker's own code under test: where each result is uploaded.
const uploadPlan = (p: AIHordeR2DispatchParameters) => p.generation_ids.map((id) => ({ id, url: p.r2_upload_url_map[id] }))

test('every generation ID of a dispatch with upload URLs gets its own URL', () => {
  // Derived values, then shaped with fast-check's own combinators: here, one URL per ID.
  const dispatches = arbitrary(AIHordeR2DispatchParameters).map((p) => ({
    ...p,
    r2_upload_url_map: Object.fromEntries(p.generation_ids.map((id, i) => [id, `https://r2.example/${i}`])),
  }))
  fc.assert(
    fc.property(dispatches, (p) => {
      const plan = uploadPlan(p)
      expect(plan.map((e) => e.id)).toEqual(p.generation_ids)
      for (const e of plan) expect(e.url).toBe(p.r2_upload_url_map[e.id])
    }),
  )
})

test('an ID in any form the server may write finds the URL stored under it', () => {
  // Wire inputs: IDs as 32 hex digits, in braces, after `urn:uuid:`, in any case.
  fc.assert(
    fc.property(wireArbitrary(GenerationID).map(String), (id) => {
      const json = { generation_ids: [id], no_valid_request_found_reasons: {}, r2_upload_url_map: { [id]: 'https://r2.example/0' } }
      const p = AIHordeR2DispatchParameters.decode(json)
      expect(E.isRight(p) && uploadPlan(p.right)).toEqual([{ id: expect.stringMatching(/^[0-9a-f-]{36}$/), url: 'https://r2.example/0' }])
    }),
  )
})
