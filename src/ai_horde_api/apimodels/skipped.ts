/**
 * Skipped-reason counts: why waiting jobs were not given to this worker. The reference defines them
 * beside each pop (`ai_horde_api/apimodels/generate/pop.py`, `generate/text/pop.py`, `alchemy/pop.py`).
 * They keep unknown keys, as the reference's API objects do: the server adds reasons over time.
 */
import * as t from 'io-ts'
import { defaulted } from '../../combinators/defaulted'
import { extend } from '../../combinators/extend'
import { integer } from '../../combinators/integer'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'
import { optional, type OptionalType } from '../../combinators/optional'

const count = integer({ minimum: 0 })
const nullableCount = defaulted(nullable(count), () => null)
const zeroCount = defaulted(count, () => 0)
const nullableSigned = defaulted(nullable(integer()), () => null)

const baseCounts = {
  blacklist: nullableCount,
  bridge_version: nullableCount,
  /** No lower bound: the server reports a kudos deficit. */
  kudos: nullableSigned,
  models: nullableCount,
  nsfw: nullableCount,
  performance: nullableCount,
  untrusted: nullableCount,
  /** A count of jobs pinned to another worker, not an ID. */
  worker_id: nullableCount,
}

const stableCounts = {
  max_pixels: zeroCount,
  unsafe_ip: zeroCount,
  img2img: zeroCount,
  painting: zeroCount,
  /** Hyphenated on the wire; `post_processing` is an unknown key. */
  'post-processing': zeroCount,
  lora: zeroCount,
  controlnet: zeroCount,
  step_count: zeroCount,
}

const koboldCounts = {
  max_context_length: nullableSigned,
  max_length: nullableSigned,
  matching_softprompt: nullableSigned,
}

const alchemyCounts = {
  bridge_version: nullableCount,
  untrusted: nullableCount,
  worker_id: nullableCount,
}

/**
 * `NoValidRequestFound`: the counts every job kind shares. All `null` when absent.
 *
 * @example
 * import { formatErrors, NoValidRequestFound } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = NoValidRequestFound.decode({ models: 2, future_reason: 1 })
 * assert.ok(E.isRight(r) && r.right.models === 2 && r.right.kudos === null && 'future_reason' in r.right)
 * const bad = NoValidRequestFound.decode({ models: -1 })
 * assert.deepStrictEqual(E.isLeft(bad) && formatErrors(bad.left), ['models: expected integer >= 0 | null, got -1'])
 */
export const NoValidRequestFound = model('NoValidRequestFound', baseCounts, { unknownKeys: 'keep' })
export type NoValidRequestFound = t.TypeOf<typeof NoValidRequestFound>

/**
 * `ImageGenerateJobPopSkippedStatus` (API `NoValidRequestFoundStable`): the image counts, `0` when absent.
 *
 * @example
 * import { ImageGenerateJobPopSkippedStatus } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = ImageGenerateJobPopSkippedStatus.decode({ 'post-processing': 3 })
 * assert.ok(E.isRight(r) && r.right['post-processing'] === 3)
 * // The image counts are 0 when absent, the shared ones null.
 * assert.ok(E.isRight(r) && r.right.lora === 0 && r.right.models === null)
 */
export const ImageGenerateJobPopSkippedStatus = extend(NoValidRequestFound, 'ImageGenerateJobPopSkippedStatus', stableCounts)
export type ImageGenerateJobPopSkippedStatus = t.TypeOf<typeof ImageGenerateJobPopSkippedStatus>

/**
 * `NoValidRequestFoundKobold`: the text counts, `null` when absent and without a lower bound.
 *
 * @example
 * import { NoValidRequestFoundKobold } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = NoValidRequestFoundKobold.decode({ max_length: 5, kudos: -3 })
 * assert.ok(E.isRight(r) && r.right.max_length === 5 && r.right.kudos === -3 && r.right.max_context_length === null)
 */
export const NoValidRequestFoundKobold = extend(NoValidRequestFound, 'NoValidRequestFoundKobold', koboldCounts)
export type NoValidRequestFoundKobold = t.TypeOf<typeof NoValidRequestFoundKobold>

/**
 * `NoValidAlchemyFound` (API `NoValidInterrogationsFound`).
 *
 * @example
 * import { NoValidAlchemyFound } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(NoValidAlchemyFound.decode({ untrusted: 1 }), E.right({ bridge_version: null, untrusted: 1, worker_id: null }))
 * assert.ok(E.isLeft(NoValidAlchemyFound.decode({ untrusted: 0.5 })))
 */
export const NoValidAlchemyFound = model('NoValidAlchemyFound', alchemyCounts, { unknownKeys: 'keep' })
export type NoValidAlchemyFound = t.TypeOf<typeof NoValidAlchemyFound>

type DefaultedField = { readonly _tag: 'DefaultedType'; readonly type: t.Mixed }
type AsOptional<P extends Record<string, DefaultedField>> = { [K in keyof P]: OptionalType<P[K]['type']> }
const asOptional = <P extends Record<string, DefaultedField>>(props: P): AsOptional<P> =>
  Object.fromEntries(Object.entries(props).map(([k, d]) => [k, optional(d.type)])) as unknown as AsOptional<P>

/**
 * The skipped object inside dispatch parameters: any of the four shapes above. Which shape it is
 * cannot be told from JSON, so no default is filled in: exactly the keys that came in are kept,
 * each known key held to its rule (`{"models": -1}` fails whichever shape it was meant as), and
 * every unknown count survives decode then encode.
 *
 * @example
 * import { formatErrors, NoValidRequestFoundReasons } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * // Exactly the keys that came in, unknown ones included: no defaults.
 * assert.deepStrictEqual(NoValidRequestFoundReasons.decode({ models: 1, new_reason: 4 }), E.right({ models: 1, new_reason: 4 }))
 * const r = NoValidRequestFoundReasons.decode({ models: -1 })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['models: expected integer >= 0 | null, got -1'])
 */
export const NoValidRequestFoundReasons = model(
  'NoValidRequestFoundReasons',
  asOptional({ ...baseCounts, ...stableCounts, ...koboldCounts }),
  { unknownKeys: 'keep' },
)
export type NoValidRequestFoundReasons = t.TypeOf<typeof NoValidRequestFoundReasons>
