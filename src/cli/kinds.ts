/**
 * What `horde-dispatch check <kind>` can check: a codec per kind, and a short summary of a decoded value.
 */
import type * as t from 'io-ts'
import { AIHordeDispatchParameters, AIHordeR2DispatchParameters } from '../dispatch/ai_horde_parameters'
import { DispatchParameterBase } from '../dispatch/base'
import { toStrict } from '../combinators/strict'
import { AlchemyJobPopResponse, alchemyPopIds, hasAlchemyJob } from '../ai_horde_api/apimodels/alchemy/pop'
import { hasTextJob, TextGenerateJobPopResponse } from '../ai_horde_api/apimodels/generate/text/pop'
import { hasImageJob, ImageGenerateJobPopResponse } from '../ai_horde_api/apimodels/generate/pop'

export interface CheckKind<A> {
  readonly codec: t.Type<A, unknown, unknown>
  /** Lines that tell a person what was decoded: the kind, the IDs, job or no job. */
  readonly summarise: (a: A) => ReadonlyArray<string>
}

const kind = <A>(codec: t.Type<A, unknown, unknown>, summarise: (a: A) => ReadonlyArray<string>): CheckKind<unknown> =>
  ({ codec, summarise }) as CheckKind<unknown>

const idsLine = (ids: ReadonlyArray<unknown>): string => `ids: ${ids.length === 0 ? '(none)' : ids.map(String).join(', ')}`

const dispatchSummary = (name: string) => (p: DispatchParameterBase): ReadonlyArray<string> => [
  `kind: ${name}`,
  idsLine(p.generation_ids),
  `source: ${p.dispatch_source}, backend: ${p.inference_backend ?? '(any)'}, constraints: ${p.requested_backend_constraints}, ttl: ${p.ttl ?? '(none)'}`,
]

const skippedLine = (skipped: object | null): string => {
  const counts = Object.entries(skipped ?? {}).filter(([, v]) => typeof v === 'number' && v !== 0)
  return `skipped: ${counts.length === 0 ? '(nothing)' : counts.map(([k, v]) => `${k} ${v}`).join(', ')}`
}

export const checkKinds: Readonly<Record<string, CheckKind<unknown>>> = {
  image: kind(ImageGenerateJobPopResponse, (pop) =>
    hasImageJob(pop)
      ? [
          'kind: ImageGenerateJobPopResponse (job)',
          idsLine(pop.ids),
          `model: ${pop.model}, ${pop.payload.width}x${pop.payload.height}, batch ${pop.payload.n_iter}, ttl: ${pop.ttl ?? '(none)'}`,
        ]
      : ['kind: ImageGenerateJobPopResponse (no job)', skippedLine(pop.skipped)],
  ),
  text: kind(TextGenerateJobPopResponse, (pop) =>
    hasTextJob(pop)
      ? ['kind: TextGenerateJobPopResponse (job)', idsLine(pop.ids), `model: ${pop.model}, ttl: ${pop.ttl ?? '(none)'}`]
      : ['kind: TextGenerateJobPopResponse (no job)', skippedLine(pop.skipped)],
  ),
  alchemy: kind(AlchemyJobPopResponse, (pop) =>
    hasAlchemyJob(pop)
      ? ['kind: AlchemyJobPopResponse (job)', idsLine(alchemyPopIds(pop)), `forms: ${pop.forms.map((f) => f.form).join(', ')}`]
      : ['kind: AlchemyJobPopResponse (no job)', skippedLine(pop.skipped)],
  ),
  dispatch: kind(DispatchParameterBase, dispatchSummary('DispatchParameterBase')),
  'ai-horde-dispatch': kind(AIHordeDispatchParameters, dispatchSummary('AIHordeDispatchParameters')),
  'r2-dispatch': kind(AIHordeR2DispatchParameters, (p) => [
    ...dispatchSummary('AIHordeR2DispatchParameters')(p),
    `upload URLs: ${Object.keys(p.r2_upload_url_map).length}`,
  ]),
}

/** The strict codec of a kind. */
export const strictCodec = <A>(k: CheckKind<A>): t.Type<A, unknown, unknown> => toStrict(k.codec)
