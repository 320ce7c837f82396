/** The image job kind: pop models, generation parameters, conversion. Filled in by its own work. */
import { toStrict } from './combinators/strict'
import { ImageGenerateJobPopPayload, ImageGenerateJobPopResponse } from './ai_horde_api/apimodels/generate/pop'
import { ExtraTextEntry, LorasPayloadEntry, TIPayloadEntry } from './ai_horde_api/apimodels/generate/payload'
import {
  AuxModelEntry,
  BasicImageGenerationParameters,
  ControlnetGenerationParameters,
  CustomWorkflowGenerationParameters,
  GenerationExtraTextEntry,
  HiresFixGenerationParameters,
  Image2ImageGenerationParameters,
  ImageGenerationComponent,
  ImageGenerationComponentContainer,
  ImageGenerationParameters,
  LoRaEntry,
  RemixGenerationParameters,
  RemixImageEntry,
  TIEntry,
} from './generation_parameters/image/object_models'

/**
 * Strict variants (unknown keys rejected at every level, naming each) of the image models.
 *
 * @example
 * import { strictImage, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = strictImage.ImageGenerateJobPopResponse.decode({ payload: { foo: 1 }, ids: [] })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['payload.foo: unknown key "foo" (ImageGenerateJobPopPayload has no such field)'])
 */
export const strictImage = {
  ImageGenerateJobPopResponse: toStrict(ImageGenerateJobPopResponse),
  ImageGenerateJobPopPayload: toStrict(ImageGenerateJobPopPayload),
  LorasPayloadEntry: toStrict(LorasPayloadEntry),
  TIPayloadEntry: toStrict(TIPayloadEntry),
  ExtraTextEntry: toStrict(ExtraTextEntry),
  BasicImageGenerationParameters: toStrict(BasicImageGenerationParameters),
  Image2ImageGenerationParameters: toStrict(Image2ImageGenerationParameters),
  RemixImageEntry: toStrict(RemixImageEntry),
  RemixGenerationParameters: toStrict(RemixGenerationParameters),
  ControlnetGenerationParameters: toStrict(ControlnetGenerationParameters),
  HiresFixGenerationParameters: toStrict(HiresFixGenerationParameters),
  AuxModelEntry: toStrict(AuxModelEntry),
  LoRaEntry: toStrict(LoRaEntry),
  TIEntry: toStrict(TIEntry),
  GenerationExtraTextEntry: toStrict(GenerationExtraTextEntry),
  CustomWorkflowGenerationParameters: toStrict(CustomWorkflowGenerationParameters),
  ImageGenerationComponent: toStrict(ImageGenerationComponent),
  ImageGenerationComponentContainer: toStrict(ImageGenerationComponentContainer),
  ImageGenerationParameters: toStrict(ImageGenerationParameters),
}
export * from './ai_horde_api/apimodels/generate/consts'
export * from './ai_horde_api/apimodels/generate/payload'
export * from './ai_horde_api/apimodels/generate/pop'
export * from './generation_parameters/image'
export * from './dispatch/ai_horde/image/convert'
