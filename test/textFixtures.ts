/**
 * Expected values shared by the text tests, written out by hand (never derived from `src`), and the
 * spec §7 minimal job.
 */
import * as E from 'fp-ts/Either'
import { formatErrors, TextGenerateJobPopResponse } from '../src'

export const U1 = '11111111-1111-4111-8111-111111111111'
export const U2 = '22222222-2222-4222-8222-222222222222'
export const NIL = '00000000-0000-0000-0000-000000000000'
export const TEXT_POP_FIXTURE = 'example__v2_generate_text_pop_post_200.json'

/** The server's "no job" answer (spec §5, §7 row 2), as JSON text. */
export const SERVER_NO_JOB =
  '{"payload":{"min_p":0.0,"smoothing_factor":0.0,"dynatemp_range":0.0,"dynatemp_exponent":1.0,"max_context_length":2048,"max_length":80},"id":null,"ids":[],"messages":[],"ttl":null,"extra_source_images":null,"skipped":{"models":4,"max_context_length":2},"softprompt":null,"model":null}'

/** The spec §7 minimal job, with some top-level keys replaced. */
export const minimalJob = (overrides: Record<string, unknown> = {}): unknown => ({ payload: { prompt: 'p' }, ids: [U1], model: 'm', ...overrides })

/** Decodes a pop that must decode (a test failure names the errors otherwise). */
export const decodedPop = (u: unknown): TextGenerateJobPopResponse => {
  const r = TextGenerateJobPopResponse.decode(u)
  if (E.isLeft(r)) throw new Error(formatErrors(r.left).join('\n'))
  return r.right
}

/** A Kobold skipped object that carried no count. */
export const noSkippedCounts = {
  blacklist: null,
  bridge_version: null,
  kudos: null,
  models: null,
  nsfw: null,
  performance: null,
  untrusted: null,
  worker_id: null,
  max_context_length: null,
  max_length: null,
  matching_softprompt: null,
}

/** `BasicTextGenerationFormatParameters` with no flag set. */
export const noFormatFlags = {
  schema_version: '1.0',
  underlying_generation_scheme: null,
  frmtadsnsp: null,
  frmtrmblln: null,
  frmtrmspch: null,
  frmttriminc: null,
  singleline: null,
}

/** The fixture's skipped object: every count `0` (some sent as `0.0`). */
export const fixtureSkippedCounts = {
  blacklist: 0,
  bridge_version: 0,
  kudos: 0,
  models: 0,
  nsfw: 0,
  performance: 0,
  untrusted: 0,
  worker_id: 0,
  max_context_length: 0,
  max_length: 0,
  matching_softprompt: 0,
}

/** `BasicTextGenerationParameters` for model `m` and prompt `p`, every sampling setting `null`. */
export const unsetBaseParams = {
  schema_version: '1.0',
  underlying_generation_scheme: 'MODEL' as const,
  model: 'm',
  model_baseline: null,
  prompt: 'p',
  soft_prompt: null,
  max_context_length: null,
  max_length: null,
  stop_sequence: null,
  temperature: null,
  dynamic_temp_exponent: null,
  dynamic_temp_range: null,
  tfs: null,
  typical: null,
  sampler_order: null,
  smoothing_factor: null,
  top_a: null,
  top_k: null,
  top_p: null,
  min_p: null,
  rep_pen: null,
  rep_pen_range: null,
  rep_pen_slope: null,
}
