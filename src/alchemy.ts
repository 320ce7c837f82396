/** The alchemy job kind: the pop models, the alchemy generation parameters, and the conversion between them. */
import { toStrict } from './combinators/strict'
import { AlchemyFormPayloadStable, AlchemyJobPopResponse, AlchemyPopFormPayload } from './ai_horde_api/apimodels/alchemy/pop'
import {
  AlchemyParameters,
  AnnotationAlchemyParameters,
  CaptionAlchemyParameters,
  FacefixAlchemyParameters,
  InterrogateAlchemyParameters,
  MiscAlchemyParameters,
  NSFWAlchemyParameters,
  SingleAlchemyParameters,
  UpscaleAlchemyParameters,
} from './generation_parameters/alchemy/object_models'

export * from './generation_parameters/alchemy/consts'
export * from './generation_parameters/alchemy/object_models'
export {
  AlchemyFormPayloadStable,
  AlchemyJobPopResponse,
  AlchemyPopFormPayload,
  alchemyPopIds,
  hasAlchemyJob,
  type AlchemyJobPopWithForms,
} from './ai_horde_api/apimodels/alchemy/pop'
export {
  convertAlchemyJobPopResponse,
  decodeAndConvertAlchemyJobPop,
  type AlchemyConversionResult,
} from './dispatch/ai_horde/alchemy/convert'

/**
 * Strict variants (unknown keys rejected at every level, each named with its path) of the alchemy
 * models: the reference's test mode (`TESTS_ONGOING`). Also spread into `strict`.
 *
 * @example
 * import { strictAlchemy, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = strictAlchemy.AlchemyJobPopResponse.decode({
 *   forms: [{ id: '11111111-1111-4111-8111-111111111111', form: 'annotation', payload: { foo: 'bar' } }],
 * })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), [
 *   'forms[0].payload.foo: unknown key "foo" (AlchemyFormPayloadStable has no such field)',
 * ])
 */
export const strictAlchemy = {
  AlchemyJobPopResponse: toStrict(AlchemyJobPopResponse),
  AlchemyPopFormPayload: toStrict(AlchemyPopFormPayload),
  AlchemyFormPayloadStable: toStrict(AlchemyFormPayloadStable),
  AlchemyParameters: toStrict(AlchemyParameters),
  SingleAlchemyParameters: toStrict(SingleAlchemyParameters),
  UpscaleAlchemyParameters: toStrict(UpscaleAlchemyParameters),
  FacefixAlchemyParameters: toStrict(FacefixAlchemyParameters),
  InterrogateAlchemyParameters: toStrict(InterrogateAlchemyParameters),
  CaptionAlchemyParameters: toStrict(CaptionAlchemyParameters),
  NSFWAlchemyParameters: toStrict(NSFWAlchemyParameters),
  AnnotationAlchemyParameters: toStrict(AnnotationAlchemyParameters),
  MiscAlchemyParameters: toStrict(MiscAlchemyParameters),
}
