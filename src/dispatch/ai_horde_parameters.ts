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
 */
export const AIHordeDispatchParameters = extend(DispatchParameterBase, 'AIHordeDispatchParameters', {
  generation_ids: t.array(GenerationID),
  no_valid_request_found_reasons: NoValidRequestFoundReasons,
  source_image_fallback_choice: defaulted(SourceImageFallbackChoice, () => 'ABANDON'),
})
export type AIHordeDispatchParameters = t.TypeOf<typeof AIHordeDispatchParameters>

/** `AIHordeR2DispatchParameters`: adds where to upload each result, keyed by GenerationID. */
export const AIHordeR2DispatchParameters = extend(AIHordeDispatchParameters, 'AIHordeR2DispatchParameters', {
  r2_upload_url_map: keyedRecord(GenerationID, t.string),
})
export type AIHordeR2DispatchParameters = t.TypeOf<typeof AIHordeR2DispatchParameters>
