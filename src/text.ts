/** The text job kind: the pop models, the text-generation parameters, and the conversion between them. */
import { toStrict } from './combinators/strict'
import { ModelPayloadKobold, ModelPayloadRootKobold, TextGenerateJobPopResponse } from './ai_horde_api/apimodels/generate/text/pop'
import {
  BasicTextGenerationFormatParameters,
  BasicTextGenerationParameters,
  FormatFeatureFlags,
  KoboldAITextGenerationParameters,
  TextGenerationParameters,
} from './generation_parameters/text/object_models'

export {
  hasTextJob,
  ModelPayloadKobold,
  ModelPayloadRootKobold,
  TextGenerateJobPopResponse,
  type TextJobPop,
} from './ai_horde_api/apimodels/generate/text/pop'
export {
  BasicTextGenerationFormatParameters,
  BasicTextGenerationParameters,
  FormatFeatureFlags,
  FormatImplementationStandard,
  KnownFormatImplementationStandard,
  KoboldAITextGenerationParameters,
  TextGenerationParameters,
} from './generation_parameters/text/object_models'
export { convertTextJobPopResponse, decodeAndConvertTextJobPop, type TextConversionResult } from './dispatch/ai_horde/text/convert'

/** Strict variants (unknown keys rejected at every level) of the text models. */
export const strictText = {
  TextGenerateJobPopResponse: toStrict(TextGenerateJobPopResponse),
  ModelPayloadRootKobold: toStrict(ModelPayloadRootKobold),
  ModelPayloadKobold: toStrict(ModelPayloadKobold),
  BasicTextGenerationParameters: toStrict(BasicTextGenerationParameters),
  BasicTextGenerationFormatParameters: toStrict(BasicTextGenerationFormatParameters),
  TextGenerationParameters: toStrict(TextGenerationParameters),
  KoboldAITextGenerationParameters: toStrict(KoboldAITextGenerationParameters),
  FormatFeatureFlags: toStrict(FormatFeatureFlags),
}
