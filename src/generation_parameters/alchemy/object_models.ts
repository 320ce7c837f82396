/**
 * Alchemy generation parameters (horde_sdk `generation_parameters/alchemy/object_models.py`):
 * one operation per source image and form. Unknown keys are dropped, as in the reference.
 */
import * as t from 'io-ts'
import { defaulted } from '../../combinators/defaulted'
import { extend } from '../../combinators/extend'
import { boundedNumber } from '../../combinators/number'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'
import { generationParameterBaseProps } from '../generic'
import { SourceImage } from '../source_image'
import { AlchemyForm, AnnotationControlType, CaptionModel, Facefixer, Interrogator, NSFWDetector, Upscaler } from './consts'

/**
 * `SingleAlchemyParameters`: one operation. Also the model of forms no bucket claims.
 * `source_image` is a tagged source (a URL or base64, see `SourceImage`) or `null`; bytes come from
 * `resolveSourceImages`.
 *
 * @example
 * import { SingleAlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = SingleAlchemyParameters.decode({ result_id: 'r1', form: 'strip_background', source_image: { _tag: 'url', url: 'https://example.com/a.png' } })
 * assert.deepStrictEqual(
 *   r,
 *   E.right({ schema_version: '1.0', underlying_generation_scheme: null, result_id: 'r1', form: 'strip_background', source_image: { _tag: 'url', url: 'https://example.com/a.png' } }),
 * )
 * // A wire string is not a source: it becomes one in the conversion, by `classifySourceImage`.
 * assert.ok(E.isLeft(SingleAlchemyParameters.decode({ result_id: 'r1', form: 'nsfw', source_image: 'aGk=' })))
 */
export const SingleAlchemyParameters = model('SingleAlchemyParameters', {
  ...generationParameterBaseProps,
  result_id: t.string,
  form: AlchemyForm,
  source_image: nullable(SourceImage),
})
export type SingleAlchemyParameters = t.TypeOf<typeof SingleAlchemyParameters>

/**
 * `UpscaleAlchemyParameters`: `form` is always `"post_process"`.
 *
 * @example
 * import { formatErrors, UpscaleAlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const op = { result_id: 'r1', source_image: null, upscaler: 'RealESRGAN_x4plus' }
 * const ok = UpscaleAlchemyParameters.decode(op)
 * assert.ok(E.isRight(ok) && ok.right.form === 'post_process')
 * const r = UpscaleAlchemyParameters.decode({ ...op, form: 'caption' })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['form: expected "post_process", got "caption"'])
 */
export const UpscaleAlchemyParameters = extend(SingleAlchemyParameters, 'UpscaleAlchemyParameters', {
  form: defaulted(t.literal('post_process'), () => 'post_process' as const),
  upscaler: Upscaler,
})
export type UpscaleAlchemyParameters = t.TypeOf<typeof UpscaleAlchemyParameters>

/**
 * `FacefixAlchemyParameters`: `codeformer_fidelity` is the requested strength (executors may ignore it).
 *
 * @example
 * import { FacefixAlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = FacefixAlchemyParameters.decode({ result_id: 'r1', form: 'post_process', source_image: null, facefixer: 'CodeFormers' })
 * assert.ok(E.isRight(r) && r.right.facefixer === 'CodeFormers' && r.right.codeformer_fidelity === null)
 */
export const FacefixAlchemyParameters = extend(SingleAlchemyParameters, 'FacefixAlchemyParameters', {
  facefixer: Facefixer,
  codeformer_fidelity: defaulted(nullable(boundedNumber()), () => null),
})
export type FacefixAlchemyParameters = t.TypeOf<typeof FacefixAlchemyParameters>

/**
 * `InterrogateAlchemyParameters`.
 *
 * @example
 * import { formatErrors, InterrogateAlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const op = { result_id: 'r1', form: 'interrogation', source_image: null }
 * assert.ok(E.isRight(InterrogateAlchemyParameters.decode({ ...op, interrogator: 'BACKEND_DEFAULT' })))
 * const r = InterrogateAlchemyParameters.decode(op)
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['interrogator: required, but missing (expected Interrogator)'])
 */
export const InterrogateAlchemyParameters = extend(SingleAlchemyParameters, 'InterrogateAlchemyParameters', {
  interrogator: Interrogator,
})
export type InterrogateAlchemyParameters = t.TypeOf<typeof InterrogateAlchemyParameters>

/**
 * `CaptionAlchemyParameters`.
 *
 * @example
 * import { CaptionAlchemyParameters, KnownCaptionModels } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = CaptionAlchemyParameters.decode({ result_id: 'r1', form: 'caption', source_image: null, caption_model: KnownCaptionModels.BLIP_BASE_SALESFORCE })
 * assert.ok(E.isRight(r) && r.right.caption_model === 'Salesforce/blip-image-captioning-base')
 */
export const CaptionAlchemyParameters = extend(SingleAlchemyParameters, 'CaptionAlchemyParameters', {
  caption_model: CaptionModel,
})
export type CaptionAlchemyParameters = t.TypeOf<typeof CaptionAlchemyParameters>

/**
 * `NSFWAlchemyParameters`.
 *
 * @example
 * import { NSFWAlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = NSFWAlchemyParameters.decode({ result_id: 'r1', form: 'nsfw', source_image: null, nsfw_detector: 'HORDE_SAFETY' })
 * assert.ok(E.isRight(r) && r.right.nsfw_detector === 'HORDE_SAFETY')
 * assert.ok(E.isLeft(NSFWAlchemyParameters.decode({ result_id: 'r1', form: 'nsfw', source_image: null })))
 */
export const NSFWAlchemyParameters = extend(SingleAlchemyParameters, 'NSFWAlchemyParameters', {
  nsfw_detector: NSFWDetector,
})
export type NSFWAlchemyParameters = t.TypeOf<typeof NSFWAlchemyParameters>

/**
 * `AnnotationAlchemyParameters`: `form` is always `"annotation"`.
 *
 * @example
 * import { AnnotationAlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AnnotationAlchemyParameters.decode({ result_id: 'r1', source_image: null, control_type: 'canny' })
 * assert.ok(E.isRight(r) && r.right.form === 'annotation' && r.right.control_type === 'canny')
 */
export const AnnotationAlchemyParameters = extend(SingleAlchemyParameters, 'AnnotationAlchemyParameters', {
  form: defaulted(t.literal('annotation'), () => 'annotation' as const),
  control_type: AnnotationControlType,
})
export type AnnotationAlchemyParameters = t.TypeOf<typeof AnnotationAlchemyParameters>

/**
 * An entry of the misc bucket: an annotation (which carries a `control_type`), or a bare single
 * operation. The union keeps the annotation's `control_type` through encode and decode, where the
 * reference's declared type `SingleAlchemyParameters` would drop it.
 *
 * @example
 * import { MiscAlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const annotation = MiscAlchemyParameters.decode({ result_id: 'r1', form: 'annotation', source_image: null, control_type: 'canny' })
 * assert.ok(E.isRight(annotation) && 'control_type' in annotation.right)
 * const bare = MiscAlchemyParameters.decode({ result_id: 'r2', form: 'strip_background', source_image: null })
 * assert.ok(E.isRight(bare) && !('control_type' in bare.right))
 */
export const MiscAlchemyParameters = t.union([AnnotationAlchemyParameters, SingleAlchemyParameters], 'MiscAlchemyParameters')
export type MiscAlchemyParameters = t.TypeOf<typeof MiscAlchemyParameters>

const bucket = <C extends t.Mixed>(c: C) => defaulted(nullable(t.array(c)), () => null)

/**
 * `AlchemyParameters`: the operations of one job, by bucket. An empty bucket is `null`.
 *
 * @example
 * import { AlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AlchemyParameters.decode({ upscalers: [{ result_id: 'r1', source_image: null, upscaler: 'RealESRGAN_x4plus' }] })
 * assert.ok(E.isRight(r) && r.right.upscalers?.length === 1)
 * // Buckets that did not come are `null`.
 * assert.ok(E.isRight(r) && r.right.facefixers === null && r.right.misc_post_processors === null)
 */
export const AlchemyParameters = model('AlchemyParameters', {
  ...generationParameterBaseProps,
  upscalers: bucket(UpscaleAlchemyParameters),
  facefixers: bucket(FacefixAlchemyParameters),
  interrogators: bucket(InterrogateAlchemyParameters),
  captions: bucket(CaptionAlchemyParameters),
  nsfw_detectors: bucket(NSFWAlchemyParameters),
  misc_post_processors: bucket(MiscAlchemyParameters),
})
export type AlchemyParameters = t.TypeOf<typeof AlchemyParameters>

/** Any single alchemy operation. */
export type AlchemyOperation =
  | UpscaleAlchemyParameters
  | FacefixAlchemyParameters
  | InterrogateAlchemyParameters
  | CaptionAlchemyParameters
  | NSFWAlchemyParameters
  | MiscAlchemyParameters

/**
 * `all_alchemy_operations`: every operation, in the fixed bucket order (upscalers, facefixers,
 * interrogators, captions, NSFW detectors, misc), wire order inside each bucket.
 *
 * @example
 * import { allAlchemyOperations, AlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const params = AlchemyParameters.make({
 *   captions: [{ result_id: 'a', form: 'caption', source_image: null, caption_model: 'BACKEND_DEFAULT' }],
 * })
 * assert.ok(E.isRight(params) && allAlchemyOperations(params.right).length === 1)
 */
export const allAlchemyOperations = (p: AlchemyParameters): ReadonlyArray<AlchemyOperation> => [
  ...(p.upscalers ?? []),
  ...(p.facefixers ?? []),
  ...(p.interrogators ?? []),
  ...(p.captions ?? []),
  ...(p.nsfw_detectors ?? []),
  ...(p.misc_post_processors ?? []),
]

/**
 * `operation_name`: the upscaler, facefixer, interrogator, caption model, NSFW detector or control type, else the form.
 *
 * @example
 * import { alchemyOperationName, allAlchemyOperations, AlchemyParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AlchemyParameters.decode({
 *   upscalers: [{ result_id: 'r1', source_image: null, upscaler: 'RealESRGAN_x4plus' }],
 *   misc_post_processors: [{ result_id: 'r2', form: 'strip_background', source_image: null }],
 * })
 * assert.deepStrictEqual(E.isRight(r) && allAlchemyOperations(r.right).map(alchemyOperationName), ['RealESRGAN_x4plus', 'strip_background'])
 */
export const alchemyOperationName = (op: AlchemyOperation): string =>
  'upscaler' in op
    ? op.upscaler
    : 'facefixer' in op
      ? op.facefixer
      : 'interrogator' in op
        ? op.interrogator
        : 'caption_model' in op
          ? op.caption_model
          : 'nsfw_detector' in op
            ? op.nsfw_detector
            : 'control_type' in op
              ? op.control_type
              : op.form
