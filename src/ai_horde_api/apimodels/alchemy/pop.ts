/**
 * The alchemy job pop (`POST /v2/interrogate/pop`, HTTP 200), horde_sdk
 * `ai_horde_api/apimodels/alchemy/pop.py`: a list of forms (one operation on one source image each,
 * each with its own job ID), or no forms plus the counts of jobs this worker was passed over for.
 *
 * Every model here keeps unknown keys, at every level (response, each form, form payload,
 * `skipped`), and emits them again on encode: the reference's production config (`extra="allow"`).
 * The reference's test mode (`extra="forbid"`) is `toStrict(AlchemyJobPopResponse)`.
 *
 * Not ported: the reference's warning for a `form` that is not a `KNOWN_ALCHEMY_TYPES` member name
 * (decoding is pure, it does not log; `AlchemyType.isKnown` tells a known wire value).
 */
import * as t from 'io-ts'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import { defaulted } from '../../../combinators/defaulted'
import { model } from '../../../combinators/model'
import { nullable } from '../../../combinators/nullable'
import { AlchemyType, AnnotationControlType } from '../../../generation_parameters/alchemy/consts'
import { GenerationID } from '../../fields'
import { NoValidAlchemyFound } from '../skipped'

const nullableString = defaulted(nullable(t.string), () => null)

/**
 * `AlchemyFormPayloadStable` (API `ModelInterrogationFormPayloadStable`): a form's `payload`.
 * Only an `annotation` form reads it (`control_type`, any string kept verbatim). The three
 * `additionalProp*` keys are placeholders copied from the swagger example and carry no data. The
 * server's model is a map of string values, so other keys are kept (not type-checked).
 *
 * @example
 * import { AlchemyFormPayloadStable } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AlchemyFormPayloadStable.decode({ control_type: 'hough', foo: 'bar' })
 * assert.deepStrictEqual(r, E.right({
 *   control_type: 'hough', additionalProp1: null, additionalProp2: null, additionalProp3: null, foo: 'bar',
 * }))
 * assert.ok(E.isLeft(AlchemyFormPayloadStable.decode({ control_type: 5 })))
 */
export const AlchemyFormPayloadStable = model(
  'AlchemyFormPayloadStable',
  {
    control_type: defaulted(nullable(AnnotationControlType), () => null),
    additionalProp1: nullableString,
    additionalProp2: nullableString,
    additionalProp3: nullableString,
  },
  { unknownKeys: 'keep' },
)
export type AlchemyFormPayloadStable = t.TypeOf<typeof AlchemyFormPayloadStable>

/**
 * `AlchemyPopFormPayload` (API `InterrogationPopFormPayload`): one form of the pop.
 *
 * - `id` is required: a GenerationID, emitted lowercase canonical. **Decision**: `""` is a decode
 *   error, like any other non-UUID text; the reference replaces it with a random UUID, which makes
 *   decoding impure and invents a job ID the server never issued (the result could not be submitted).
 * - `form` is required: any string, kept verbatim (`AlchemyType` is open).
 * - `source_image` is the wire string as sent (the server always sends a URL); it is classified
 *   (URL or strict base64) by the conversion, never here, so a pop without a usable source still
 *   decodes and its job ID can still be reported.
 * - `r2_upload` is the presigned upload URL, sent by the server only for post-processor forms.
 *
 * @example
 * import { AlchemyPopFormPayload } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AlchemyPopFormPayload.decode({ id: '{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}', form: 'caption' })
 * assert.deepStrictEqual(r, E.right({
 *   id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', form: 'caption', payload: null, r2_upload: null, source_image: null,
 * }))
 * assert.ok(E.isLeft(AlchemyPopFormPayload.decode({ id: '', form: 'caption' })))
 */
export const AlchemyPopFormPayload = model(
  'AlchemyPopFormPayload',
  {
    id: GenerationID,
    form: AlchemyType,
    payload: defaulted(nullable(AlchemyFormPayloadStable), () => null),
    r2_upload: nullableString,
    source_image: nullableString,
  },
  { unknownKeys: 'keep' },
)
export type AlchemyPopFormPayload = t.TypeOf<typeof AlchemyPopFormPayload>

/**
 * `AlchemyJobPopResponse` (API `InterrogationPopPayload`): the whole 200 answer. `forms` is `null`
 * (or `[]`) when there is no job; `skipped` then holds the counts (`{}` beside a job). Both default
 * to `null` when absent, so `{}` decodes. Integers are JSON integers (`"3"` and `1.5` fail; `0.0`,
 * as in the reference's example, is the integer `0`).
 *
 * @example
 * import { AlchemyJobPopResponse, hasAlchemyJob } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AlchemyJobPopResponse.decode({ forms: null, skipped: { untrusted: 2 } })
 * assert.deepStrictEqual(r, E.right({ forms: null, skipped: { bridge_version: null, untrusted: 2, worker_id: null } }))
 * assert.ok(E.isRight(r) && !hasAlchemyJob(r.right))
 */
export const AlchemyJobPopResponse = model(
  'AlchemyJobPopResponse',
  {
    forms: defaulted(nullable(t.array(AlchemyPopFormPayload)), () => null),
    skipped: defaulted(nullable(NoValidAlchemyFound), () => null),
  },
  { unknownKeys: 'keep' },
)
export type AlchemyJobPopResponse = t.TypeOf<typeof AlchemyJobPopResponse>

/**
 * A pop that carries a job: `forms` is a non-empty array, so `pop.forms[0]` needs no check.
 * Obtained through `hasAlchemyJob`.
 *
 * @example
 * import { AlchemyJobPopResponse, hasAlchemyJob, type AlchemyJobPopWithForms } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const firstForm = (job: AlchemyJobPopWithForms): string => job.forms[0].form
 * const r = AlchemyJobPopResponse.decode({ forms: [{ id: '11111111-1111-4111-8111-111111111111', form: 'caption' }] })
 * assert.ok(E.isRight(r) && hasAlchemyJob(r.right) && firstForm(r.right) === 'caption')
 */
export type AlchemyJobPopWithForms = AlchemyJobPopResponse & { readonly forms: NonEmptyArray<AlchemyPopFormPayload> }

/**
 * Whether a decoded pop carries a job: at least one form (the reference's `ids_present`). Narrows
 * `forms` to a non-empty array. `false` for the server's no-job shapes (`forms` `null`, `[]`, or absent).
 *
 * @example
 * import { AlchemyJobPopResponse, hasAlchemyJob } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = AlchemyJobPopResponse.decode({ forms: [{ id: '11111111-1111-4111-8111-111111111111', form: 'nsfw' }], skipped: {} })
 * assert.ok(E.isRight(r) && hasAlchemyJob(r.right))
 * if (E.isRight(r) && hasAlchemyJob(r.right)) assert.strictEqual(r.right.forms[0].form, 'nsfw')
 */
export const hasAlchemyJob = (pop: AlchemyJobPopResponse): pop is AlchemyJobPopWithForms => pop.forms !== null && pop.forms.length > 0

/**
 * The reference's `ids`: the `id` of every form, in wire order, duplicates kept; `[]` when there
 * is no job. These are the IDs a failure must be reported for.
 *
 * @example
 * import { AlchemyJobPopResponse, alchemyPopIds } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const U1 = '11111111-1111-4111-8111-111111111111'
 * const r = AlchemyJobPopResponse.decode({ forms: [{ id: U1, form: 'caption' }, { id: U1, form: 'nsfw' }] })
 * assert.ok(E.isRight(r))
 * assert.deepStrictEqual(alchemyPopIds(r.right), [U1, U1])
 */
export const alchemyPopIds = (pop: AlchemyJobPopResponse): Array<string> => (pop.forms ?? []).map((form) => form.id)
