/**
 * Image generation parameters (horde_sdk `generation_parameters/image/object_models.py`): the base
 * parameter block, the optional components (image-to-image, remix, controlnet, hires fix, LoRAs,
 * textual inversions, custom workflow) and the composite `ImageGenerationParameters` that the
 * pop → parameters conversion returns. Unknown keys are dropped, as in the reference.
 *
 * Two deliberate differences from the reference:
 * - every `bytes | str` image field is a `SourceImage` (`{_tag: 'url', url}` or
 *   `{_tag: 'base64', base64}`), never raw bytes nor JSON text; bytes come later, from
 *   `resolveSourceImages`;
 * - every component carries a `kind` literal (S16, below), so a component list decodes without
 *   guessing its members' types.
 */
import * as t from 'io-ts'
import { taggedUnion } from '../../combinators/taggedUnion'
import { defaulted } from '../../combinators/defaulted'
import { extend } from '../../combinators/extend'
import { integer } from '../../combinators/integer'
import { keyedRecord } from '../../combinators/keyedRecord'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'
import { boundedNumber } from '../../combinators/number'
import { openEnum } from '../../combinators/openEnum'
import { ImageControlnet, ImageSampler, ImageSourceProcessing, ImageWorkflow } from '../../ai_horde_api/apimodels/generate/consts'
import { AlchemyParameters } from '../alchemy/object_models'
import { generationParameterBaseProps, generationWithModelSchemeProp, KnownAuxModelSource } from '../generic'
import { SourceImage } from '../source_image'
import { ClipSkipRepresentation, DEFAULT_BASELINE_RESOLUTION, ImageScheduler, LoraTriggerInjectChoice, TiTriggerInjectChoice } from './consts'

const nullByDefault = <C extends t.Mixed>(codec: C) => defaulted(nullable(codec), () => null)

/** `KNOWN_AUX_MODEL_SOURCE | str` (open). Kept private here: it belongs with `KnownAuxModelSource` in `generic`. */
const AuxModelSource = openEnum('AuxModelSource', KnownAuxModelSource)

/** The `kind` discriminator of a component: that literal, filled in when absent. */
const kind = <K extends string>(k: K) => defaulted(t.literal(k), () => k)

/** A side of an image: an integer ≥ 64, a multiple of 64, no maximum (S17), `null` allowed; 512 when absent. */
const ImageSide = defaulted(nullable(integer({ minimum: 64, multipleOf: 64 })), () => DEFAULT_BASELINE_RESOLUTION)

/**
 * `BasicImageGenerationParameters`: the base parameter block of a job, and each pass of a hires
 * fix. `model` and `prompt` are required (`""` allowed); `width`/`height` default to 512, are
 * multiples of 64 from 64 up, with no maximum; `clip_skip` has no bounds; `clip_skip_representation`
 * defaults to `NEGATIVE_OFFSET` (S9). `sampler_name` and `scheduler` are open.
 *
 * @example
 * import { BasicImageGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = BasicImageGenerationParameters.decode({ model: 'Deliberate', prompt: 'a cat', steps: 25 })
 * assert.ok(E.isRight(r))
 * assert.strictEqual(r.right.underlying_generation_scheme, 'MODEL')
 * assert.strictEqual(r.right.width, 512)
 * assert.strictEqual(r.right.clip_skip_representation, 'NEGATIVE_OFFSET')
 * assert.ok(E.isLeft(BasicImageGenerationParameters.decode({ model: 'Deliberate', prompt: 'a cat', width: 500 })))
 */
export const BasicImageGenerationParameters = model('BasicImageGenerationParameters', {
  ...generationParameterBaseProps,
  ...generationWithModelSchemeProp,
  model: t.string,
  model_baseline: nullByDefault(t.string),
  prompt: t.string,
  negative_prompt: nullByDefault(t.string),
  seed: nullByDefault(t.string),
  height: ImageSide,
  width: ImageSide,
  steps: nullByDefault(integer({ minimum: 1 })),
  cfg_scale: nullByDefault(boundedNumber({ minimum: 0 })),
  sampler_name: nullByDefault(ImageSampler),
  scheduler: nullByDefault(ImageScheduler),
  clip_skip: nullByDefault(integer()),
  clip_skip_representation: defaulted(nullable(ClipSkipRepresentation), () => 'NEGATIVE_OFFSET' as const),
  denoising_strength: nullByDefault(boundedNumber({ minimum: 0, maximum: 1 })),
  tiling: nullByDefault(t.boolean),
  transparent: nullByDefault(t.boolean),
})
export type BasicImageGenerationParameters = t.TypeOf<typeof BasicImageGenerationParameters>

/**
 * `Image2ImageGenerationParameters` (component `kind: 'image2image'`): the init image and the
 * optional inpainting mask. Both keys are required; both may be `null`.
 *
 * @example
 * import { Image2ImageGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = Image2ImageGenerationParameters.decode({ source_image: { _tag: 'base64', base64: 'QQ==' }, source_mask: null })
 * assert.ok(E.isRight(r) && r.right.kind === 'image2image')
 * assert.ok(E.isLeft(Image2ImageGenerationParameters.decode({ source_image: null })))
 */
export const Image2ImageGenerationParameters = model('Image2ImageGenerationParameters', {
  ...generationParameterBaseProps,
  source_image: nullable(SourceImage),
  source_mask: nullable(SourceImage),
  kind: kind('image2image'),
})
export type Image2ImageGenerationParameters = t.TypeOf<typeof Image2ImageGenerationParameters>

/**
 * `RemixImageEntry`: one extra image of a remix and its weight (default 1, no bounds). The image
 * is required and not nullable.
 *
 * @example
 * import { RemixImageEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = RemixImageEntry.decode({ image: { _tag: 'url', url: 'https://example.com/a.png' } })
 * assert.ok(E.isRight(r) && r.right.strength === 1)
 * assert.ok(E.isLeft(RemixImageEntry.decode({ image: null })))
 */
export const RemixImageEntry = model('RemixImageEntry', {
  ...generationParameterBaseProps,
  image: SourceImage,
  strength: defaulted(boundedNumber(), () => 1.0),
})
export type RemixImageEntry = t.TypeOf<typeof RemixImageEntry>

/**
 * `RemixGenerationParameters` (component `kind: 'remix'`): the source image (required, not
 * nullable) and the images to remix it with (required, may be `[]`).
 *
 * @example
 * import { RemixGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = RemixGenerationParameters.decode({ source_image: { _tag: 'base64', base64: 'QQ==' }, remix_images: [] })
 * assert.ok(E.isRight(r) && r.right.kind === 'remix')
 * assert.ok(E.isLeft(RemixGenerationParameters.decode({ source_image: { _tag: 'base64', base64: 'QQ==' } })))
 */
export const RemixGenerationParameters = model('RemixGenerationParameters', {
  ...generationParameterBaseProps,
  source_image: SourceImage,
  remix_images: t.array(RemixImageEntry),
  kind: kind('remix'),
})
export type RemixGenerationParameters = t.TypeOf<typeof RemixGenerationParameters>

/**
 * `ControlnetGenerationParameters` (component `kind: 'controlnet'`): the controlnet type (open),
 * the source image or the ready control map (both keys required, both nullable), and whether to
 * return the control map (default `false`; `null` fails).
 *
 * @example
 * import { ControlnetGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ControlnetGenerationParameters.decode({ controlnet_type: 'openpose', source_image: null, control_map: null })
 * assert.ok(E.isRight(r) && r.right.return_control_map === false && r.right.kind === 'controlnet')
 * assert.ok(E.isLeft(ControlnetGenerationParameters.decode({ controlnet_type: 'canny', source_image: null, control_map: null, return_control_map: null })))
 */
export const ControlnetGenerationParameters = model('ControlnetGenerationParameters', {
  ...generationParameterBaseProps,
  controlnet_type: ImageControlnet,
  source_image: nullable(SourceImage),
  control_map: nullable(SourceImage),
  return_control_map: defaulted(t.boolean, () => false),
  kind: kind('controlnet'),
})
export type ControlnetGenerationParameters = t.TypeOf<typeof ControlnetGenerationParameters>

/**
 * `HiresFixGenerationParameters` (component `kind: 'hires_fix'`): the reduced-size first pass and
 * the target-size second pass, each a full `BasicImageGenerationParameters`.
 *
 * @example
 * import { HiresFixGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = HiresFixGenerationParameters.decode({
 *   first_pass: { model: 'Deliberate', prompt: 'a cat', width: 512, height: 640, steps: 25 },
 *   second_pass: { model: 'Deliberate', prompt: 'a cat', width: 768, height: 1024, steps: 11, denoising_strength: 0.65 },
 * })
 * assert.ok(E.isRight(r) && r.right.second_pass.steps === 11 && r.right.kind === 'hires_fix')
 */
export const HiresFixGenerationParameters = model('HiresFixGenerationParameters', {
  ...generationParameterBaseProps,
  first_pass: BasicImageGenerationParameters,
  second_pass: BasicImageGenerationParameters,
  kind: kind('hires_fix'),
})
export type HiresFixGenerationParameters = t.TypeOf<typeof HiresFixGenerationParameters>

/**
 * `AuxModelEntry`: the fields LoRAs and textual inversions share. `name` and `remote_version_id`
 * are required and nullable; `source` is open; `model_strength` defaults to 1 with no bounds.
 * Rule (the reference's after-validator): at least one of `name`, `release_version`,
 * `remote_version_id` is non-null.
 *
 * @example
 * import { AuxModelEntry, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.ok(E.isRight(AuxModelEntry.decode({ name: null, remote_version_id: '12345', source: 'CIVITAI' })))
 * const r = AuxModelEntry.decode({ name: null, remote_version_id: null, source: 'CIVITAI' })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), [
 *   '(root): At least one of name, version, or remote_version_id must be provided.',
 * ])
 */
export const AuxModelEntry = model(
  'AuxModelEntry',
  {
    ...generationParameterBaseProps,
    name: nullable(t.string),
    release_version: nullByDefault(t.string),
    remote_version_id: nullable(t.string),
    source: AuxModelSource,
    remote_url: nullByDefault(t.string),
    local_filename: nullByDefault(t.string),
    file_hash: nullByDefault(t.string),
    model_strength: defaulted(boundedNumber(), () => 1),
  },
  {
    rules: [
      {
        name: 'verify_identifier_set',
        holds: (a) => a.name !== null || a.release_version !== null || a.remote_version_id !== null,
        message: 'At least one of name, version, or remote_version_id must be provided.',
      },
    ],
  },
)
export type AuxModelEntry = t.TypeOf<typeof AuxModelEntry>

/**
 * `LoRaEntry` (component `kind: 'lora'`): an `AuxModelEntry` plus the clip strength (default 1,
 * no bounds), trigger words and the trigger-injection choice (closed, default `NO_INJECT`, `null`
 * fails). The identifier rule of `AuxModelEntry` applies.
 *
 * @example
 * import { LoRaEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = LoRaEntry.decode({ name: '76693', remote_version_id: null, source: 'CIVITAI' })
 * assert.ok(E.isRight(r))
 * assert.strictEqual(r.right.kind, 'lora')
 * assert.strictEqual(r.right.lora_inject_trigger_choice, 'NO_INJECT')
 * assert.strictEqual(r.right.clip_strength, 1)
 */
export const LoRaEntry = extend(AuxModelEntry, 'LoRaEntry', {
  clip_strength: defaulted(boundedNumber(), () => 1),
  lora_triggers: nullByDefault(t.array(t.string)),
  lora_inject_trigger_choice: defaulted(LoraTriggerInjectChoice, () => 'NO_INJECT' as const),
  kind: kind('lora'),
})
export type LoRaEntry = t.TypeOf<typeof LoRaEntry>

/**
 * `TIEntry` (component `kind: 'ti'`): an `AuxModelEntry` plus the trigger-injection choice
 * (closed, default `NO_INJECT`, `null` fails). The identifier rule of `AuxModelEntry` applies.
 *
 * @example
 * import { TIEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = TIEntry.decode({ name: '72437', remote_version_id: null, source: 'HORDELING', ti_inject_trigger_choice: 'NEGATIVE_PROMPT' })
 * assert.ok(E.isRight(r) && r.right.kind === 'ti')
 * assert.ok(E.isLeft(TIEntry.decode({ name: 'b', remote_version_id: null, source: 'HORDELING', ti_inject_trigger_choice: null })))
 */
export const TIEntry = extend(AuxModelEntry, 'TIEntry', {
  ti_inject_trigger_choice: defaulted(TiTriggerInjectChoice, () => 'NO_INJECT' as const),
  kind: kind('ti'),
})
export type TIEntry = t.TypeOf<typeof TIEntry>

/**
 * The generation-side `ExtraTextEntry` of a custom workflow (named `GenerationExtraTextEntry`
 * here, since `ExtraTextEntry` is the API pop's). Unlike the API entry, `text` may be `""` and
 * `reference` may be `null` (its default) or any string.
 *
 * @example
 * import { GenerationExtraTextEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = GenerationExtraTextEntry.decode({ text: '' })
 * assert.ok(E.isRight(r) && r.right.text === '' && r.right.reference === null)
 * assert.ok(E.isLeft(GenerationExtraTextEntry.decode({ reference: 'qr_text' })))
 */
export const GenerationExtraTextEntry = model('GenerationExtraTextEntry', {
  ...generationParameterBaseProps,
  text: t.string,
  reference: nullByDefault(t.string),
})
export type GenerationExtraTextEntry = t.TypeOf<typeof GenerationExtraTextEntry>

/**
 * `CustomWorkflowGenerationParameters` (component `kind: 'custom_workflow'`): the workflow name
 * (open, required), its version (`null` = latest), free string parameters, and extra texts.
 *
 * @example
 * import { CustomWorkflowGenerationParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = CustomWorkflowGenerationParameters.decode({
 *   custom_workflow_name: 'qr_code',
 *   extra_texts: [{ text: 'https://aihorde.net', reference: 'qr_text' }],
 * })
 * assert.ok(E.isRight(r) && r.right.custom_workflow_version === null && r.right.kind === 'custom_workflow')
 * assert.ok(E.isLeft(CustomWorkflowGenerationParameters.decode({ custom_workflow_name: 'qr_code', custom_parameters: { a: 1 } })))
 */
export const CustomWorkflowGenerationParameters = model('CustomWorkflowGenerationParameters', {
  ...generationParameterBaseProps,
  custom_workflow_name: ImageWorkflow,
  custom_workflow_version: nullByDefault(t.string),
  custom_parameters: nullByDefault(keyedRecord(t.string, t.string)),
  extra_texts: nullByDefault(t.array(GenerationExtraTextEntry)),
  kind: kind('custom_workflow'),
})
export type CustomWorkflowGenerationParameters = t.TypeOf<typeof CustomWorkflowGenerationParameters>

/**
 * One component of an `ImageGenerationComponentContainer`.
 *
 * **Decision (S16)**: the reference's component list has no discriminator and picks a member by
 * shape, so a minimal `{name, remote_version_id, source}` textual inversion comes back as a LoRA.
 * Here every component carries a `kind` literal (`'image2image' | 'remix' | 'controlnet' |
 * 'hires_fix' | 'lora' | 'ti' | 'custom_workflow'`), filled in by each model when a producer
 * leaves it out and always written by encode, so every value this library makes or encodes decodes
 * back to the same member. A component that comes without `kind` is still matched by shape, in
 * the reference's order (image-to-image, remix, controlnet, hires fix, LoRA, TI, custom
 * workflow), as the reference does.
 *
 * @example
 * import { ImageGenerationComponent } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponent.decode({ kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING' })
 * assert.ok(E.isRight(r) && r.right.kind === 'ti')
 */
export const ImageGenerationComponent = taggedUnion(
  'kind',
  [
    Image2ImageGenerationParameters,
    RemixGenerationParameters,
    ControlnetGenerationParameters,
    HiresFixGenerationParameters,
    LoRaEntry,
    TIEntry,
    CustomWorkflowGenerationParameters,
  ],
  'ImageGenerationComponent',
)
export type ImageGenerationComponent = t.TypeOf<typeof ImageGenerationComponent>

/**
 * The discriminator values of `ImageGenerationComponent`.
 *
 * @example
 * import type { ImageGenerationComponentKind } from 'horde-dispatch'
 *
 * const k: ImageGenerationComponentKind = 'hires_fix'
 * assert.strictEqual(k, 'hires_fix')
 */
export type ImageGenerationComponentKind = ImageGenerationComponent['kind']

/**
 * `ImageGenerationComponentContainer`: the optional components of a job, heterogeneous and
 * ordered (`[]` by default). Repeated kinds are allowed. Read it with the accessors
 * (`image2imageParams`, `loraEntries`, …).
 *
 * @example
 * import { ImageGenerationComponentContainer, tiEntries } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({
 *   components: [{ kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING' }],
 * })
 * assert.ok(E.isRight(r) && tiEntries(r.right).length === 1)
 * assert.deepStrictEqual(ImageGenerationComponentContainer.decode({}), E.right({ schema_version: '1.0', underlying_generation_scheme: null, components: [] }))
 */
export const ImageGenerationComponentContainer = model('ImageGenerationComponentContainer', {
  ...generationParameterBaseProps,
  components: defaulted(t.array(ImageGenerationComponent), () => []),
})
export type ImageGenerationComponentContainer = t.TypeOf<typeof ImageGenerationComponentContainer>

type ComponentOfKind<K extends ImageGenerationComponentKind> = Extract<ImageGenerationComponent, { readonly kind: K }>

const firstOfKind =
  <K extends ImageGenerationComponentKind>(k: K) =>
  (container: ImageGenerationComponentContainer): ComponentOfKind<K> | null =>
    (container.components.find((c) => c.kind === k) as ComponentOfKind<K> | undefined) ?? null

const allOfKind =
  <K extends ImageGenerationComponentKind>(k: K) =>
  (container: ImageGenerationComponentContainer): ReadonlyArray<ComponentOfKind<K>> =>
    container.components.filter((c): c is ComponentOfKind<K> => c.kind === k)

/**
 * `image2image_params`: the first image-to-image component, or `null`.
 *
 * @example
 * import { ImageGenerationComponentContainer, image2imageParams } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({ components: [{ source_image: null, source_mask: null }] })
 * assert.ok(E.isRight(r) && image2imageParams(r.right)?.kind === 'image2image')
 */
export const image2imageParams = firstOfKind('image2image')

/**
 * `remix_params`: the first remix component, or `null`.
 *
 * @example
 * import { ImageGenerationComponentContainer, remixParams } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({})
 * assert.ok(E.isRight(r) && remixParams(r.right) === null)
 */
export const remixParams = firstOfKind('remix')

/**
 * `controlnet_params`: the first controlnet component, or `null`.
 *
 * @example
 * import { ImageGenerationComponentContainer, controlnetParams } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({ components: [{ controlnet_type: 'canny', source_image: null, control_map: null }] })
 * assert.ok(E.isRight(r) && controlnetParams(r.right)?.controlnet_type === 'canny')
 */
export const controlnetParams = firstOfKind('controlnet')

/**
 * `hires_fix_params`: the first hires-fix component, or `null`.
 *
 * @example
 * import { ImageGenerationComponentContainer, hiresFixParams } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({})
 * assert.ok(E.isRight(r) && hiresFixParams(r.right) === null)
 */
export const hiresFixParams = firstOfKind('hires_fix')

/**
 * `lora_entries`: every LoRA component, in order.
 *
 * @example
 * import { ImageGenerationComponentContainer, loraEntries } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({
 *   components: [{ kind: 'lora', name: 'a', remote_version_id: null, source: 'CIVITAI' }, { kind: 'lora', name: null, remote_version_id: '1', source: 'CIVITAI' }],
 * })
 * assert.ok(E.isRight(r) && loraEntries(r.right).length === 2)
 */
export const loraEntries = allOfKind('lora')

/**
 * `ti_entries`: every textual-inversion component, in order.
 *
 * @example
 * import { ImageGenerationComponentContainer, tiEntries } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({ components: [{ kind: 'ti', name: 'b', remote_version_id: null, source: 'HORDELING' }] })
 * assert.ok(E.isRight(r) && tiEntries(r.right)[0].name === 'b')
 */
export const tiEntries = allOfKind('ti')

/**
 * `custom_workflow_entries`: every custom-workflow component, in order.
 *
 * @example
 * import { ImageGenerationComponentContainer, customWorkflowEntries } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationComponentContainer.decode({ components: [{ custom_workflow_name: 'qr_code' }] })
 * assert.ok(E.isRight(r) && customWorkflowEntries(r.right)[0].custom_workflow_name === 'qr_code')
 */
export const customWorkflowEntries = allOfKind('custom_workflow')

const emptyContainer = (): ImageGenerationComponentContainer => ({
  schema_version: '1.0',
  underlying_generation_scheme: null,
  components: [],
})

/**
 * `ImageGenerationParameters`: what the pop → parameters conversion returns. `base_params` and
 * `result_ids` are required; `batch_size` defaults to 1 (≥ 1, `null` allowed by the type but then
 * V3 always fails, S17); `source_processing` is open; `additional_params` defaults to an empty
 * container; `alchemy_params` to `null`. `result_ids` are strings kept as given.
 *
 * Rules, in this order (each a line of `formatErrors`, at the model's path):
 * - V1: `source_processing` `"img2img"` or `"inpainting"` needs an image-to-image component
 *   ("img2img_params must be provided for img2img source processing."); `"remix"` a remix
 *   component ("remix_params must be provided for remix source processing."). Other values,
 *   `"outpainting"` included, need nothing.
 * - V2: "At least one generation ID must be provided." when `result_ids` is empty.
 * - V3: "The number of generation IDs must match the batch size." when the count differs from
 *   `batch_size`. Not reported on top of V2 (an empty list is V2's finding).
 *
 * @example
 * import { ImageGenerationParameters, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const base_params = { model: 'Deliberate', prompt: 'a cat' }
 * const ok = ImageGenerationParameters.decode({ base_params, result_ids: ['11111111-1111-4111-8111-111111111111'] })
 * assert.ok(E.isRight(ok) && ok.right.batch_size === 1 && ok.right.additional_params.components.length === 0)
 *
 * const bad = ImageGenerationParameters.decode({ base_params, source_processing: 'remix', batch_size: 2, result_ids: ['a'] })
 * assert.deepStrictEqual(E.isLeft(bad) && formatErrors(bad.left), [
 *   '(root): remix_params must be provided for remix source processing.',
 *   '(root): The number of generation IDs must match the batch size.',
 * ])
 */
export const ImageGenerationParameters = model(
  'ImageGenerationParameters',
  {
    ...generationParameterBaseProps,
    batch_size: defaulted(nullable(integer({ minimum: 1 })), () => 1),
    source_processing: nullByDefault(ImageSourceProcessing),
    base_params: BasicImageGenerationParameters,
    additional_params: defaulted(ImageGenerationComponentContainer, emptyContainer),
    alchemy_params: nullByDefault(AlchemyParameters),
    result_ids: t.array(t.string),
  },
  {
    rules: [
      {
        name: 'verify_source_processing (img2img)',
        holds: (a) =>
          (a.source_processing !== 'img2img' && a.source_processing !== 'inpainting') || image2imageParams(a.additional_params) !== null,
        message: 'img2img_params must be provided for img2img source processing.',
      },
      {
        name: 'verify_source_processing (remix)',
        holds: (a) => a.source_processing !== 'remix' || remixParams(a.additional_params) !== null,
        message: 'remix_params must be provided for remix source processing.',
      },
      {
        name: 'verify_id_count (non-empty)',
        holds: (a) => a.result_ids.length > 0,
        message: 'At least one generation ID must be provided.',
      },
      {
        name: 'verify_id_count (batch size)',
        holds: (a) => a.result_ids.length === 0 || a.result_ids.length === a.batch_size,
        message: 'The number of generation IDs must match the batch size.',
      },
    ],
  },
)
export type ImageGenerationParameters = t.TypeOf<typeof ImageGenerationParameters>

/**
 * `get_number_expected_results`: `batch_size`, or 1 when it is `null`.
 *
 * @example
 * import { ImageGenerationParameters, expectedImageResultCount } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerationParameters.decode({ base_params: { model: 'm', prompt: 'p' }, batch_size: 2, result_ids: ['a', 'b'] })
 * assert.ok(E.isRight(r) && expectedImageResultCount(r.right) === 2)
 */
export const expectedImageResultCount = (params: ImageGenerationParameters): number => params.batch_size ?? 1
