/**
 * The image job pop (`POST /v2/generate/pop`, 200): horde_sdk `ai_horde_api/apimodels/generate/pop.py`
 * (`ImageGenerateJobPopResponse`, `ImageGenerateJobPopPayload`), with the payload's fields from
 * `ai_horde_api/apimodels/base.py`. Unknown keys are kept at every level and survive encode
 * (`extra="allow"`), since the server adds fields over time.
 *
 * Where the reference and the live server disagree on a bound (image-pop.md §6), the codec accepts
 * a value **either** accepts; each field says which bound was chosen and why. Numbers are JSON
 * numbers (`"30"` is not an integer), and decoding is pure: no random seed, no random ID.
 *
 * The §6 rows, one by one (SDK / old swagger / live server → what we accept):
 * - top-level keys: the server always sends all 13; we need only `ids` and `payload` (the SDK's
 *   rule), so older or trimmed answers still decode.
 * - "no job" shape: decodes (`model: null`); `hasImageJob` is false.
 * - `source_processing`: default `"txt2img"` (SDK; the server always sends the key, the swagger's
 *   `img2img` default never applies); open, `"outpainting"` known (**Decision**).
 * - `skipped` on a job: `{}` from the server, absent allowed (fresh counts).
 * - payload defaults: the API's `k_euler_a` / `false` / 30 (**Decision**), others as the SDK.
 * - sampler enum: open (14 known, incl. `lcm`).
 * - `cfg_scale`: ≥ 0, no maximum (SDK ≥ 0 ∪ server 0–100; no multiple-of-0.5 rule).
 * - `denoising_strength`, `hires_fix_denoising_strength`: 0–1, nullable (SDK 0–1 ∪ server 0.01–1).
 * - `post_processing`: any strings, duplicates allowed (SDK; the server's unique 16-value enum is narrower).
 * - `post_processing_order`: closed, default `facefixers_first` (SDK only; the server never sends it).
 * - `control_type`, `workflow`: any string, nullable (SDK; the server's 9 / `{qr_code}` are narrower).
 * - `transparent`, `tis`, `extra_texts`: as the SDK (the swagger lacks them; the server sends them).
 * - `use_nsfw_censor`: boolean, default `false` (the server sends it only as `true`).
 * - `seed`: string or `null`, numbers fail (all three agree on a string); `null` stays `null`.
 * - `special`: any object (SDK and server; the swagger's `{"*": object}` is narrower).
 * - LoRA `model`/`clip`: −5…5 (SDK and server; the swagger's 0…5 is narrower); `is_version` default `false`.
 * - `skipped.step_count`: present, default 0.
 * - message `id`/`expiry`: optional strings (the server always sends them; the SDK allows absence).
 * - extra image `strength`: unbounded, default 1 (server; the SDK's −5…5 is narrower).
 * - the SDK example fixture: decodes (`model: ""` is a job), and fails conversion on its `""` prompt.
 */
import * as t from 'io-ts'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import { defaulted } from '../../../combinators/defaulted'
import { integer } from '../../../combinators/integer'
import { model } from '../../../combinators/model'
import { modelDefaults } from '../../../combinators/modelDefaults'
import { nullable } from '../../../combinators/nullable'
import { boundedNumber } from '../../../combinators/number'
import { GenerationID } from '../../fields'
import { ExtraSourceImageEntry } from '../base'
import { PopResponseModelMessage } from '../messages'
import { idsPresentRule, LegacyJobID } from '../pop'
import { ImageGenerateJobPopSkippedStatus } from '../skipped'
import { ImageControlnet, ImageSampler, ImageSourceProcessing, ImageWorkflow, PostProcessor, PostProcessorOrderType } from './consts'
import { ExtraTextEntry, LorasPayloadEntry, TIPayloadEntry } from './payload'

const nullDefault = <C extends t.Mixed>(c: C) => defaulted(nullable(c), () => null)
const unitInterval = () => boundedNumber({ minimum: 0, maximum: 1 })
const side = () => defaulted(integer({ minimum: 64, maximum: 3072, multipleOf: 64 }), () => 512)

/**
 * `ImageGenerateJobPopPayload` (wire `ModelPayloadStable`; the SDK calls it `ModelPayloadRootStable`):
 * the parameters shared by every image of the job.
 *
 * **Decisions** (image-pop.md §6 rows, reference = horde_sdk, server = AI-Horde):
 * - Absent keys take the **API's** defaults, which the server always sends: `sampler_name`
 *   `"k_euler_a"`, `karras` `false`, `ddim_steps` 30 (the SDK says `k_euler`, `true`, 25). Other
 *   defaults are the reference's (512×512, `cfg_scale` 7.5, `denoising_strength` 1, `n_iter` 1, …).
 * - `cfg_scale` ≥ 0, no maximum: the reference has no maximum, the server caps at 100 (and the old
 *   swagger asks for multiples of 0.5); the union of both is "≥ 0".
 * - `denoising_strength`, `hires_fix_denoising_strength`, `facefixer_strength`: 0 to 1, nullable. The
 *   server's minimum is 0.01, the reference's 0; 0…1 accepts both.
 * - `post_processing`: any strings, duplicates allowed, order kept. The server sends a unique list
 *   from a 16-value enum, the reference accepts any string list; the reference's is the looser.
 * - `control_type`: any string (the server knows 9, the reference 34 plus any string).
 * - `workflow`: any string (the server's enum is `{qr_code}`; the reference does not check it).
 * - `seed`: a string or `null`; an explicit `null` **stays** `null` (the reference replaces it with
 *   a random seed, which makes decoding impure). Numbers fail (the server renders seeds as text).
 * - `post_processing_order`: closed, as in the reference (the server never sends it).
 * - `ddim_steps` ≥ 1 with no maximum, `n_iter` 1 to 20, `clip_skip` 1 to 12, `seed_variation`
 *   1 to 1000, width and height 64 to 3072 in multiples of 64: the reference's bounds (no disagreement
 *   recorded).
 * - Aliases: `ddim_steps` is read from `steps`, else `ddim_steps`; `n_iter` from `n`, else `n_iter`
 *   (the reference's precedence). Encode writes `ddim_steps` and `n_iter`. When both spellings come
 *   in, the losing one is dropped (the reference keeps it as an extra, which would collide with the
 *   canonical key on encode).
 * - `special`: any JSON object (not an array), kept verbatim.
 *
 * @example
 * import { ImageGenerateJobPopPayload } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerateJobPopPayload.decode({ prompt: 'a cat###blurry', steps: 20, n: 2, seed: null, foo: 1 })
 * assert.ok(E.isRight(r))
 * assert.strictEqual(r.right.ddim_steps, 20)
 * assert.strictEqual(r.right.n_iter, 2)
 * assert.strictEqual(r.right.seed, null)
 * assert.strictEqual(r.right.sampler_name, 'k_euler_a')
 * assert.strictEqual(r.right.karras, false)
 * assert.strictEqual((r.right as Record<string, unknown>).foo, 1)
 * assert.ok(E.isLeft(ImageGenerateJobPopPayload.decode({ ddim_steps: '30' })))
 */
export const ImageGenerateJobPopPayload = model(
  'ImageGenerateJobPopPayload',
  {
    height: side(),
    width: side(),
    sampler_name: defaulted(ImageSampler, () => 'k_euler_a'),
    karras: defaulted(t.boolean, () => false),
    cfg_scale: defaulted(boundedNumber({ minimum: 0 }), () => 7.5),
    denoising_strength: defaulted(nullable(unitInterval()), () => 1),
    clip_skip: defaulted(integer({ minimum: 1, maximum: 12 }), () => 1),
    post_processing: defaulted(t.array(PostProcessor), () => []),
    post_processing_order: defaulted(PostProcessorOrderType, () => 'facefixers_first' as const),
    facefixer_strength: nullDefault(unitInterval()),
    hires_fix: defaulted(t.boolean, () => false),
    hires_fix_denoising_strength: nullDefault(unitInterval()),
    loras: nullDefault(t.array(LorasPayloadEntry)),
    tis: nullDefault(t.array(TIPayloadEntry)),
    workflow: nullDefault(ImageWorkflow),
    transparent: nullDefault(t.boolean),
    tiling: defaulted(t.boolean, () => false),
    /** Reserved; the server uses it for one paired-pipeline model (`model_name`, `pair_id`, `comfy_pipeline`). */
    special: nullDefault(t.UnknownRecord),
    seed: nullDefault(t.string),
    /** Deprecated. */
    seed_variation: nullDefault(integer({ minimum: 1, maximum: 1000 })),
    control_type: nullDefault(ImageControlnet),
    image_is_control: nullDefault(t.boolean),
    return_control_map: nullDefault(t.boolean),
    extra_texts: nullDefault(t.array(ExtraTextEntry)),
    use_nsfw_censor: defaulted(t.boolean, () => false),
    /** Positive and negative prompt, joined by `###`. */
    prompt: nullDefault(t.string),
    ddim_steps: defaulted(integer({ minimum: 1 }), () => 30),
    n_iter: defaulted(integer({ minimum: 1, maximum: 20 }), () => 1),
  },
  {
    unknownKeys: 'keep',
    aliases: { ddim_steps: ['steps', 'ddim_steps'], n_iter: ['n', 'n_iter'] },
  },
)
export type ImageGenerateJobPopPayload = t.TypeOf<typeof ImageGenerateJobPopPayload>

/**
 * `ImageGenerateJobPopResponse` (API `GenerationPayloadStable`): the whole 200 answer of an image
 * pop, a job or the "no job" shape (`model: null`, `ids: []`, with `skipped` counts).
 *
 * **Decisions**:
 * - `"id": ""` decodes as absent (`null`); the reference invents a random UUID. So
 *   `{"payload":{},"ids":[],"model":"m","id":""}` fails the ids-present rule.
 * - `source_processing` defaults to `"txt2img"`; `"outpainting"` is a known value and kept verbatim.
 * - `ttl`: an integer or `null`, no bounds; numeric strings fail.
 * - `extra_source_images[].strength` is unbounded, as on the server (the reference says −5 to 5).
 * - The ids-present rule (reference R2): a pop that names a model, even `""`, needs an `id` or at
 *   least one of `ids`. Use `hasImageJob` to tell a job from the "no job" shape.
 *
 * @example
 * import { ImageGenerateJobPopResponse, hasImageJob, formatErrors } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const noJob = ImageGenerateJobPopResponse.decode({ payload: {}, ids: [], model: null, skipped: { models: 3 } })
 * assert.ok(E.isRight(noJob) && !hasImageJob(noJob.right) && noJob.right.skipped.models === 3)
 *
 * const bad = ImageGenerateJobPopResponse.decode({ payload: {}, ids: [], model: 'm', id: '' })
 * assert.ok(E.isLeft(bad) && formatErrors(bad.left).length === 1)
 */
export const ImageGenerateJobPopResponse = model(
  'ImageGenerateJobPopResponse',
  {
    /** The obsolete single ID; `""` decodes as `null`. */
    id: LegacyJobID,
    /** The batch's generation IDs, index-aligned with `r2_uploads`. May be `[]`. */
    ids: t.array(GenerationID),
    payload: ImageGenerateJobPopPayload,
    skipped: defaulted(ImageGenerateJobPopSkippedStatus, () => modelDefaults(ImageGenerateJobPopSkippedStatus)),
    /** `null` means "no job". `""` is a (broken) job. */
    model: nullDefault(t.string),
    /** An http(s) URL or inline base64; classified by the conversion, never decoded here. */
    source_image: nullDefault(t.string),
    source_processing: defaulted(ImageSourceProcessing, () => 'txt2img'),
    source_mask: nullDefault(t.string),
    extra_source_images: nullDefault(t.array(ExtraSourceImageEntry)),
    /** The obsolete single upload URL (for `id`). */
    r2_upload: nullDefault(t.string),
    /** Upload URLs, index-aligned with `ids`; lengths are checked by the conversion, not here. */
    r2_uploads: nullDefault(t.array(t.string)),
    /** Seconds before the server treats the job as stale. */
    ttl: nullDefault(integer()),
    messages: nullDefault(t.array(PopResponseModelMessage)),
  },
  { unknownKeys: 'keep', rules: [idsPresentRule] },
)
export type ImageGenerateJobPopResponse = t.TypeOf<typeof ImageGenerateJobPopResponse>

/**
 * An image pop that carries a job: a model name (possibly `""`) and at least one generation ID.
 *
 * @example
 * import { ImageGenerateJobPopResponse, hasImageJob, type ImageGenerateJob } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerateJobPopResponse.decode({ payload: {}, ids: ['11111111-1111-4111-8111-111111111111'], model: 'm' })
 * const job: ImageGenerateJob | null = E.isRight(r) && hasImageJob(r.right) ? r.right : null
 * assert.ok(job !== null && job.ids[0].length === 36)
 */
export type ImageGenerateJob = ImageGenerateJobPopResponse & {
  readonly model: string
  readonly ids: NonEmptyArray<string>
}

/**
 * Whether a decoded pop is a job: `model` non-null and at least one of `ids`. Narrows `model` to
 * `string` and `ids` to a non-empty array, so a consumer pattern-matches job / no job without null
 * checks. The "no job" shape the server sends (`model: null`, `ids: []`) is not a job, and neither
 * is a pop that names a model but only the legacy `id` (it has no ID to produce a result for in `ids`).
 *
 * @example
 * import { ImageGenerateJobPopResponse, hasImageJob } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerateJobPopResponse.decode({ payload: {}, ids: ['11111111-1111-4111-8111-111111111111'], model: 'Deliberate' })
 * assert.ok(E.isRight(r) && hasImageJob(r.right))
 * if (E.isRight(r) && hasImageJob(r.right)) assert.strictEqual(r.right.model.length, 10)
 */
export const hasImageJob = (pop: ImageGenerateJobPopResponse): pop is ImageGenerateJob => pop.model !== null && pop.ids.length > 0
