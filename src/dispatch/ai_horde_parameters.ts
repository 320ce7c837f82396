/**
 * Dispatch parameters for AI Horde jobs (horde_sdk `worker/dispatch/ai_horde_parameters.py`).
 */
import * as t from 'io-ts'
import { defaulted } from '../combinators/defaulted'
import { extend } from '../combinators/extend'
import { keyedRecord } from '../combinators/keyedRecord'
import { GenerationID } from '../ai_horde_api/fields'
import { NoValidRequestFoundReasons } from '../ai_horde_api/apimodels/skipped'
import { DispatchParameterBase } from './base'
import { SourceImageFallbackChoice } from './consts'

/**
 * `AIHordeDispatchParameters`: the base, with `generation_ids` narrowed to GenerationIDs, plus the
 * server's skipped-job report and the source-image fallback choice.
 *
 * @example
 * import { AIHordeDispatchParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AIHordeDispatchParameters.decode({
 *   generation_ids: ['AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'],
 *   no_valid_request_found_reasons: {},
 * })
 * assert.ok(E.isRight(r) && r.right.generation_ids[0] === 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa')
 * assert.ok(E.isRight(r) && r.right.source_image_fallback_choice === 'ABANDON' && r.right.ttl === null)
 */
export const AIHordeDispatchParameters = extend(DispatchParameterBase, 'AIHordeDispatchParameters', {
  generation_ids: t.array(GenerationID),
  no_valid_request_found_reasons: NoValidRequestFoundReasons,
  source_image_fallback_choice: defaulted(SourceImageFallbackChoice, () => 'ABANDON'),
})
export type AIHordeDispatchParameters = t.TypeOf<typeof AIHordeDispatchParameters>

/**
 * `AIHordeR2DispatchParameters`: adds where to upload each result, keyed by GenerationID.
 *
 * @example
 * import { AIHordeR2DispatchParameters, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
 * const pop = { generation_ids: [id], no_valid_request_found_reasons: {} }
 * const ok = AIHordeR2DispatchParameters.decode({ ...pop, r2_upload_url_map: { [id]: 'https://r2.example/put' } })
 * assert.ok(E.isRight(ok) && ok.right.r2_upload_url_map[id] === 'https://r2.example/put')
 * const bad = AIHordeR2DispatchParameters.decode({ ...pop, r2_upload_url_map: { abc: 'https://r2.example/put' } })
 * assert.deepStrictEqual(E.isLeft(bad) && formatErrors(bad.left), ['r2_upload_url_map["abc"]: invalid key, expected GenerationID'])
 */
export const AIHordeR2DispatchParameters = extend(AIHordeDispatchParameters, 'AIHordeR2DispatchParameters', {
  r2_upload_url_map: keyedRecord(GenerationID, t.string),
})
export type AIHordeR2DispatchParameters = t.TypeOf<typeof AIHordeR2DispatchParameters>
