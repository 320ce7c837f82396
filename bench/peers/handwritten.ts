/**
 * The floor: a validator written by hand for `AIHordeR2DispatchParameters`, as one would write it
 * for speed. One pass over the input (`Object.keys` loops: a `for…in` site slows down for good once
 * it has seen a large map), one output object per object level, no closures per field;
 * error objects (path, expectation, value: what `formatErrors` needs) are built only on failure.
 * It shares the ID normaliser with every other decoder, so the comparison measures the framework.
 */
import { normaliseGenerationID as sharedNormaliser } from '../../src/ai_horde_api/fields'

/** A local binding: a call through the module namespace (what tsx emits for an import) costs a getter each time. */
const normaliseGenerationID = sharedNormaliser

export interface HandError {
  readonly path: ReadonlyArray<string | number>
  readonly expected: string
  readonly value: unknown
}
export type HandResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly errors: Array<HandError> }

export const isPlainObject = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

/** The rule of a known skipped-count key: 1 = integer ≥ 0 or null, 2 = integer or null, 3 = integer ≥ 0; 0 = unknown key. */
const countRule = (k: string): number => {
  switch (k) {
    case 'blacklist':
    case 'bridge_version':
    case 'models':
    case 'nsfw':
    case 'performance':
    case 'untrusted':
    case 'worker_id':
      return 1
    case 'kudos':
    case 'max_context_length':
    case 'max_length':
    case 'matching_softprompt':
      return 2
    case 'max_pixels':
    case 'unsafe_ip':
    case 'img2img':
    case 'painting':
    case 'post-processing':
    case 'lora':
    case 'controlnet':
    case 'step_count':
      return 3
    default:
      return 0
  }
}
const ruleName = ['', 'integer >= 0 | null', 'integer | null', 'integer >= 0']

export const setOwn = (o: Record<string, unknown>, k: string, v: unknown): void => {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true })
  else o[k] = v
}

export const decodeHand = (u: unknown): HandResult => {
  let errors: Array<HandError> | undefined
  if (!isPlainObject(u)) return { ok: false, errors: [{ path: [], expected: 'AIHordeR2DispatchParameters', value: u }] }

  const ids = u.generation_ids
  let outIds: Array<string> | undefined
  if (Array.isArray(ids)) {
    const n = ids.length
    outIds = new Array<string>(n)
    for (let i = 0; i < n; i++) {
      const v: unknown = ids[i]
      const id = typeof v === 'string' ? normaliseGenerationID(v) : undefined
      if (id === undefined) (errors ??= []).push({ path: ['generation_ids', i], expected: 'GenerationID', value: v })
      else outIds[i] = id
    }
  } else (errors ??= []).push({ path: ['generation_ids'], expected: 'Array<GenerationID>', value: ids })

  let dispatchSource: unknown = u.dispatch_source
  if (dispatchSource === undefined) dispatchSource = 'LOCAL_CUSTOM_3RD_PARTY'
  else if (typeof dispatchSource !== 'string') (errors ??= []).push({ path: ['dispatch_source'], expected: 'DispatchSource', value: dispatchSource })

  let ttl: unknown = u.ttl
  if (ttl === undefined) ttl = null
  else if (ttl !== null && !isInt(ttl)) (errors ??= []).push({ path: ['ttl'], expected: 'integer | null', value: ttl })

  let backend: unknown = u.inference_backend
  if (backend === undefined) backend = null
  else if (backend !== null && typeof backend !== 'string') (errors ??= []).push({ path: ['inference_backend'], expected: 'InferenceBackend | null', value: backend })

  let constraints: unknown = u.requested_backend_constraints
  if (constraints === undefined) constraints = 'ANY'
  else if (typeof constraints !== 'string') (errors ??= []).push({ path: ['requested_backend_constraints'], expected: 'BackendConstraints', value: constraints })

  const skipped = u.no_valid_request_found_reasons
  let outSkipped: Record<string, unknown> | undefined
  if (isPlainObject(skipped)) {
    outSkipped = {}
    const keys = Object.keys(skipped)
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]
      const v = skipped[k]
      switch (countRule(k)) {
        case 1:
          if (v !== null && !(isInt(v) && v >= 0)) (errors ??= []).push({ path: ['no_valid_request_found_reasons', k], expected: ruleName[1], value: v })
          break
        case 2:
          if (v !== null && !isInt(v)) (errors ??= []).push({ path: ['no_valid_request_found_reasons', k], expected: ruleName[2], value: v })
          break
        case 3:
          if (!(isInt(v) && v >= 0)) (errors ??= []).push({ path: ['no_valid_request_found_reasons', k], expected: ruleName[3], value: v })
          break
      }
      setOwn(outSkipped, k, v)
    }
  } else (errors ??= []).push({ path: ['no_valid_request_found_reasons'], expected: 'NoValidRequestFoundReasons', value: skipped })

  let fallback: unknown = u.source_image_fallback_choice
  if (fallback === undefined) fallback = 'ABANDON'
  else if (typeof fallback !== 'string') (errors ??= []).push({ path: ['source_image_fallback_choice'], expected: 'SourceImageFallbackChoice', value: fallback })

  const map = u.r2_upload_url_map
  let outMap: Record<string, unknown> | undefined
  if (isPlainObject(map)) {
    outMap = {}
    const keys = Object.keys(map)
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]
      const v = map[k]
      const id = normaliseGenerationID(k)
      if (id === undefined) (errors ??= []).push({ path: ['r2_upload_url_map', k], expected: 'GenerationID', value: k })
      if (typeof v !== 'string') (errors ??= []).push({ path: ['r2_upload_url_map', k], expected: 'string', value: v })
      else if (id !== undefined) setOwn(outMap, id, v)
    }
  } else (errors ??= []).push({ path: ['r2_upload_url_map'], expected: '{ [GenerationID]: string }', value: map })

  if (errors !== undefined) return { ok: false, errors }
  return {
    ok: true,
    value: {
      generation_ids: outIds,
      dispatch_source: dispatchSource,
      ttl,
      inference_backend: backend,
      requested_backend_constraints: constraints,
      no_valid_request_found_reasons: outSkipped,
      source_image_fallback_choice: fallback,
      r2_upload_url_map: outMap,
    },
  }
}
