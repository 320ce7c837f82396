/**
 * horde-dispatch: io-ts codecs for the AI Horde worker side.
 *
 * Layers, imports pointing one way: `combinators` (generic, no horde knowledge) ← models
 * (`ai_horde_api`, `dispatch`, `generation_parameters`) ← conversions (`dispatch/ai_horde/*`).
 */
import { strictAlchemy } from './alchemy'
import { ExtraSourceImageEntry } from './ai_horde_api/apimodels/base'
import { PopResponseModelMessage } from './ai_horde_api/apimodels/messages'
import { GenMetadataEntry } from './ai_horde_api/apimodels/metadata'
import { toStrict } from './combinators/strict'
import { Base64SourceImage, UrlSourceImage } from './generation_parameters/source_image'
import { strictDispatch } from './dispatch'
import { strictImage } from './image'
import { strictText } from './text'

export * from './combinators'
export * from './dispatch'
export * from './ai_horde_api/consts'
export * from './ai_horde_api/apimodels/metadata'
export * from './ai_horde_api/apimodels/messages'
export * from './ai_horde_api/apimodels/base'
export * from './ai_horde_api/apimodels/pop'
export * from './generation_parameters/generic'
export * from './generation_parameters/source_image'
export * from './generation_parameters/resolve_source_images'
export * from './dispatch/ai_horde/conversion'
export * from './text'
export * from './alchemy'
export * from './image'
export * from './schema'

/**
 * Every model of the library, rejecting unknown keys at every level (the reference's test mode):
 * `strict.AIHordeDispatchParameters.decode(json)`.
 */
export const strict = {
  ...strictDispatch,
  PopResponseModelMessage: toStrict(PopResponseModelMessage),
  ExtraSourceImageEntry: toStrict(ExtraSourceImageEntry),
  GenMetadataEntry: toStrict(GenMetadataEntry),
  UrlSourceImage: toStrict(UrlSourceImage),
  Base64SourceImage: toStrict(Base64SourceImage),
  ...strictText,
  ...strictAlchemy,
  ...strictImage,
}
