/**
 * What every pop conversion returns, and how it fails (shared by `text/convert.ts`,
 * `alchemy/convert.ts`, `image/convert.ts`). The reference raises; we return `Either`.
 */
import type * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import type { GenMetadataEntry } from '../../ai_horde_api/apimodels/metadata'
import { formatErrors } from '../../combinators/formatErrors'

/** A converted job: backend-neutral generation parameters, the dispatch half, and any faults. */
export interface ConversionResult<G, D> {
  readonly generation_parameters: G
  readonly dispatch_parameters: D
  /** Things worth telling that did not stop the conversion (the reference's `faults`). */
  readonly faults: ReadonlyArray<GenMetadataEntry>
}

/** Why a decoded pop could not be converted. One `_tag` per failure kind; `message` is for people. */
export type ConversionError =
  | { readonly _tag: 'NoJob'; readonly message: string }
  | { readonly _tag: 'MissingModel'; readonly message: string }
  | { readonly _tag: 'MissingPrompt'; readonly message: string }
  | { readonly _tag: 'MissingSourceImage'; readonly message: string; readonly id: string | null }
  | { readonly _tag: 'MissingControlType'; readonly message: string; readonly id: string }
  | { readonly _tag: 'NoGenerationIDs'; readonly message: string }
  | { readonly _tag: 'BatchSizeMismatch'; readonly message: string; readonly ids: number; readonly batch_size: number }
  | { readonly _tag: 'NoUploadURL'; readonly message: string }
  | { readonly _tag: 'UploadURLMismatch'; readonly message: string; readonly ids: number; readonly upload_urls: number }
  | { readonly _tag: 'UploadURLWithoutID'; readonly message: string }
  | { readonly _tag: 'InvalidGenerationParameters'; readonly message: string; readonly errors: t.Errors }
  | { readonly _tag: 'InvalidDispatchParameters'; readonly message: string; readonly errors: t.Errors }

export type ConversionErrorTag = ConversionError['_tag']

/**
 * Builds a `ConversionError` of the given tag.
 *
 * @example
 * import { conversionError, formatConversionError } from 'horde-dispatch'
 *
 * const e = conversionError('BatchSizeMismatch', 'Two IDs for a batch of one', { ids: 2, batch_size: 1 })
 * assert.deepStrictEqual(e, { _tag: 'BatchSizeMismatch', message: 'Two IDs for a batch of one', ids: 2, batch_size: 1 })
 * assert.strictEqual(formatConversionError(e), 'BatchSizeMismatch: Two IDs for a batch of one')
 */
export const conversionError = <K extends ConversionErrorTag>(
  _tag: K,
  message: string,
  details: Omit<Extract<ConversionError, { _tag: K }>, '_tag' | 'message'>,
): ConversionError => ({ _tag, message, ...details }) as ConversionError

/**
 * The error for converted parameters their own codec rejects: `what` names the half. A decoded pop
 * rarely gets here (a skipped count another job kind holds to a rule; a hand-built pop).
 *
 * @example
 * import { AIHordeDispatchParameters, formatConversionError, invalidParameters } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const toError = invalidParameters('dispatch', 'AI Horde dispatch parameters')
 * const r = E.mapLeft(toError)(AIHordeDispatchParameters.decode({ generation_ids: ['abc'], no_valid_request_found_reasons: {} }))
 * assert.deepStrictEqual(
 *   E.isLeft(r) && formatConversionError(r.left),
 *   'InvalidDispatchParameters: The pop does not make valid AI Horde dispatch parameters\n  generation_ids[0]: expected GenerationID, got "abc"',
 * )
 */
export const invalidParameters =
  (half: 'generation' | 'dispatch', what: string) =>
  (errors: t.Errors): ConversionError =>
    conversionError(half === 'generation' ? 'InvalidGenerationParameters' : 'InvalidDispatchParameters', `The pop does not make valid ${what}`, {
      errors,
    })

/**
 * One line for a conversion error (with the validation lines, for `InvalidGenerationParameters`).
 *
 * @example
 * import { conversionError, formatConversionError } from 'horde-dispatch'
 *
 * assert.strictEqual(formatConversionError(conversionError('NoJob', 'The pop holds no job', {})), 'NoJob: The pop holds no job')
 */
export const formatConversionError = (e: ConversionError): string =>
  e._tag === 'InvalidGenerationParameters' || e._tag === 'InvalidDispatchParameters' ? [`${e._tag}: ${e.message}`, ...formatErrors(e.errors)].join('\n  ') : `${e._tag}: ${e.message}`

/** Why a response body did not become a job: it did not decode, or it decoded and did not convert. */
export type JobError =
  | { readonly _tag: 'DecodeError'; readonly errors: t.Errors }
  | { readonly _tag: 'ConversionError'; readonly error: ConversionError }

/**
 * The lines of a `JobError`, ready to print.
 *
 * @example
 * import { conversionError, formatJobError, GenerationID } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const r = GenerationID.decode('x')
 * assert.deepStrictEqual(E.isLeft(r) && formatJobError({ _tag: 'DecodeError', errors: r.left }), ['(root): expected GenerationID, got "x"'])
 * assert.deepStrictEqual(formatJobError({ _tag: 'ConversionError', error: conversionError('NoGenerationIDs', 'No IDs', {}) }), ['NoGenerationIDs: No IDs'])
 */
export const formatJobError = (e: JobError): Array<string> =>
  e._tag === 'DecodeError' ? formatErrors(e.errors) : [formatConversionError(e.error)]

/**
 * Composes a decoder and a conversion into one function from `unknown`: the worker's one `pipe`
 * from response body to job.
 *
 * @example
 * import { conversionError, decodeThenConvert, GenerationID } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const NIL = '00000000-0000-0000-0000-000000000000'
 * const toJob = decodeThenConvert(GenerationID, (id) => (id === NIL ? E.left(conversionError('NoJob', 'nil ID', {})) : E.right({ id })))
 * assert.deepStrictEqual(toJob('AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA'), E.right({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' }))
 * const bad = toJob(42)
 * assert.ok(E.isLeft(bad) && bad.left._tag === 'DecodeError')
 * assert.deepStrictEqual(toJob(NIL), E.left({ _tag: 'ConversionError', error: { _tag: 'NoJob', message: 'nil ID' } }))
 */
export const decodeThenConvert =
  <P, R>(codec: t.Decoder<unknown, P>, convert: (pop: P) => E.Either<ConversionError, R>) =>
  (u: unknown): E.Either<JobError, R> =>
    pipe(
      codec.decode(u),
      E.mapLeft((errors): JobError => ({ _tag: 'DecodeError', errors })),
      E.chain((pop) =>
        pipe(
          convert(pop),
          E.mapLeft((error): JobError => ({ _tag: 'ConversionError', error })),
        ),
      ),
    )
