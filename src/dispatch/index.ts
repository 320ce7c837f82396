/** The dispatch-parameter core. */
import { toStrict } from '../combinators/strict'
import {
  ImageGenerateJobPopSkippedStatus,
  NoValidAlchemyFound,
  NoValidRequestFound,
  NoValidRequestFoundKobold,
  NoValidRequestFoundReasons,
} from '../ai_horde_api/apimodels/skipped'
import { AIHordeDispatchParameters, AIHordeR2DispatchParameters } from './ai_horde_parameters'
import { DispatchParameterBase } from './base'

export * from '../consts'
export * from './consts'
export * from '../ai_horde_api/fields'
export * from '../ai_horde_api/apimodels/skipped'
export * from './base'
export * from './ai_horde_parameters'

/** Strict variants (unknown keys rejected at every level) of the dispatch models. */
export const strictDispatch = {
  DispatchParameterBase: toStrict(DispatchParameterBase),
  AIHordeDispatchParameters: toStrict(AIHordeDispatchParameters),
  AIHordeR2DispatchParameters: toStrict(AIHordeR2DispatchParameters),
  NoValidRequestFound: toStrict(NoValidRequestFound),
  ImageGenerateJobPopSkippedStatus: toStrict(ImageGenerateJobPopSkippedStatus),
  NoValidRequestFoundKobold: toStrict(NoValidRequestFoundKobold),
  NoValidAlchemyFound: toStrict(NoValidAlchemyFound),
  NoValidRequestFoundReasons: toStrict(NoValidRequestFoundReasons),
}
