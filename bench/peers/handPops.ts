/**
 * The floor for the pops: validators written by hand for `ImageGenerateJobPopResponse`,
 * `TextGenerateJobPopResponse` and `AlchemyJobPopResponse`, as one would write them for speed. One
 * pass, one output object per object level, a few small helpers (which V8 inlines), error objects
 * only on failure. Same ID normaliser as every other decoder.
 */
import { normaliseGenerationID as sharedNormaliser } from '../../src/ai_horde_api/fields'
import type { HandError, HandResult } from './handwritten'

/** A local binding: a call through the module namespace (what tsx emits for an import) costs a getter each time. */
const normaliseGenerationID = sharedNormaliser

/** Returned by a helper for a bad value; the caller records the error. */
const BAD: unique symbol = Symbol('bad')
type Bad = typeof BAD
/**
 * Set when any helper returned BAD during this decode: the per-object scans for BAD fields (to
 * build the errors) run only then.
 */
let failed = false
const bad = (): Bad => {
  failed = true
  return BAD
}
type Path = ReadonlyArray<string | number>
type Errors = Array<HandError> | undefined

const err = (errors: Errors, path: Path, expected: string, value: unknown): Array<HandError> => {
  const e = errors ?? []
  e.push({ path, expected, value })
  return e
}

const isPlainObject = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null
}
const isRecord = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === 'object' && !Array.isArray(u)
const setOwn = (o: Record<string, unknown>, k: string, v: unknown): void => {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true })
  else o[k] = v
}
/** Copies the keys of `src` that `known` does not hold (the pops keep unknown keys). */
const copyUnknown = (src: Record<string, unknown>, out: Record<string, unknown>, known: ReadonlySet<string>): void => {
  const keys = Object.keys(src)
  for (let i = 0; i < keys.length; i++) if (!known.has(keys[i])) setOwn(out, keys[i], src[keys[i]])
}

// Field helpers: the value (a default for `undefined`), or BAD.
const num = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
const int = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
const optNum = (v: unknown, min: number, max: number, def: number | null): unknown => (v === undefined ? def : num(v, min, max) ? v : bad())
const optNullNum = (v: unknown, min: number, max: number, def: number | null): unknown => (v === undefined ? def : v === null || num(v, min, max) ? v : bad())
const optInt = (v: unknown, min: number, max: number, def: number): unknown => (v === undefined ? def : int(v, min, max) ? v : bad())
const optNullInt = (v: unknown, min: number, max: number, def: number | null): unknown => (v === undefined ? def : v === null || int(v, min, max) ? v : bad())
const optBool = (v: unknown, def: boolean): unknown => (v === undefined ? def : typeof v === 'boolean' ? v : bad())
const optNullBool = (v: unknown): unknown => (v === undefined || v === null ? null : typeof v === 'boolean' ? v : bad())
const optStr = (v: unknown, def: string): unknown => (v === undefined ? def : typeof v === 'string' ? v : bad())
const optNullStr = (v: unknown): unknown => (v === undefined || v === null ? null : typeof v === 'string' ? v : bad())
const optNullStrLen = (v: unknown, min: number, max: number): unknown =>
  v === undefined || v === null ? null : typeof v === 'string' && v.length >= min && v.length <= max ? v : bad()
const id = (v: unknown): string | Bad => (typeof v === 'string' ? (normaliseGenerationID(v) ?? bad()) : bad())
const legacyId = (v: unknown): unknown => (v === undefined || v === null || v === '' ? null : id(v))
/** No bound. */
const M = Infinity
const I = Infinity

/** An array of strings (`post_processing`, `stop_sequence`, `r2_uploads`), or BAD. */
const strings = (v: unknown): Array<string> | Bad => {
  if (!Array.isArray(v)) return bad()
  const out = new Array<string>(v.length)
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i]
    if (typeof s !== 'string') return bad()
    out[i] = s
  }
  return out
}
const ids = (v: unknown, path: Path, e: Errors): [Array<string> | undefined, Errors] => {
  if (!Array.isArray(v)) return [undefined, err(e, path, 'Array<GenerationID>', v)]
  const out = new Array<string>(v.length)
  for (let i = 0; i < v.length; i++) {
    const r = id(v[i])
    if (r === BAD) e = err(e, [...path, i], 'GenerationID', v[i])
    else out[i] = r
  }
  return [out, e]
}

const MESSAGE_KEYS = new Set(['id', 'message', 'origin', 'expiry', 'worker_id'])
const messages = (v: unknown, e: Errors): [unknown, Errors] => {
  if (v === undefined || v === null) return [null, e]
  if (!Array.isArray(v)) return [null, err(e, ['messages'], 'Array<PopResponseModelMessage> | null', v)]
  const out = new Array<unknown>(v.length)
  for (let i = 0; i < v.length; i++) {
    const m: unknown = v[i]
    if (!isPlainObject(m)) {
      e = err(e, ['messages', i], 'PopResponseModelMessage', m)
      continue
    }
    const o: Record<string, unknown> = {
      id: optNullStr(m.id),
      message: typeof m.message === 'string' ? m.message : bad(),
      origin: optNullStr(m.origin),
      expiry: optNullStr(m.expiry),
      worker_id: optNullStr(m.worker_id),
    }
    if (failed) for (const k of MESSAGE_KEYS) if (o[k] === BAD) e = err(e, ['messages', i, k], 'string', m[k])
    copyUnknown(m, o, MESSAGE_KEYS)
    out[i] = o
  }
  return [out, e]
}

const EXTRA_IMAGE_KEYS = new Set(['image', 'strength', 'original_url'])
const extraSourceImages = (v: unknown, e: Errors): [unknown, Errors] => {
  if (v === undefined || v === null) return [null, e]
  if (!Array.isArray(v)) return [null, err(e, ['extra_source_images'], 'Array<ExtraSourceImageEntry> | null', v)]
  const out = new Array<unknown>(v.length)
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i]
    if (!isPlainObject(x)) {
      e = err(e, ['extra_source_images', i], 'ExtraSourceImageEntry', x)
      continue
    }
    const o: Record<string, unknown> = {
      image: typeof x.image === 'string' && x.image.length > 0 ? x.image : bad(),
      strength: optNum(x.strength, -M, M, 1),
      original_url: optNullStr(x.original_url),
    }
    if (failed) for (const k of EXTRA_IMAGE_KEYS) if (o[k] === BAD) e = err(e, ['extra_source_images', i, k], k, x[k])
    copyUnknown(x, o, EXTRA_IMAGE_KEYS)
    out[i] = o
  }
  return [out, e]
}

const done = (out: Record<string, unknown>, e: Errors): HandResult => (e === undefined ? { ok: true, value: out } : { ok: false, errors: e })

/** ids-present: a pop that names a model needs an `id` or at least one of `ids`. */
const idsPresent = (out: Record<string, unknown>, u: unknown, e: Errors): Errors =>
  e === undefined && out.model !== null && out.id === null && (out.ids as Array<string>).length === 0 ? err(e, [], 'ids-present', u) : e

// ---------------------------------------------------------------------------------------------
// Alchemy

const FORM_KEYS = new Set(['id', 'form', 'payload', 'r2_upload', 'source_image'])
const FORM_PAYLOAD_KEYS = new Set(['control_type', 'additionalProp1', 'additionalProp2', 'additionalProp3'])
const ALCHEMY_SKIPPED_KEYS = new Set(['bridge_version', 'untrusted', 'worker_id'])
const ALCHEMY_KEYS = new Set(['forms', 'skipped'])

export const decodeHandAlchemyPop = (u: unknown): HandResult => {
  failed = false
  if (!isPlainObject(u)) return { ok: false, errors: [{ path: [], expected: 'AlchemyJobPopResponse', value: u }] }
  let e: Errors
  let forms: unknown = u.forms
  if (forms === undefined || forms === null) forms = null
  else if (!Array.isArray(forms)) e = err(e, ['forms'], 'Array<AlchemyPopFormPayload> | null', forms)
  else {
    const src: Array<unknown> = forms
    const out = new Array<unknown>(src.length)
    for (let i = 0; i < src.length; i++) {
      const f: unknown = src[i]
      if (!isPlainObject(f)) {
        e = err(e, ['forms', i], 'AlchemyPopFormPayload', f)
        continue
      }
      const fid = id(f.id)
      if (fid === BAD) e = err(e, ['forms', i, 'id'], 'GenerationID', f.id)
      const form = typeof f.form === 'string' ? f.form : bad()
      if (form === BAD) e = err(e, ['forms', i, 'form'], 'AlchemyType', f.form)
      let payload: unknown = f.payload
      if (payload === undefined || payload === null) payload = null
      else if (!isPlainObject(payload)) e = err(e, ['forms', i, 'payload'], 'AlchemyFormPayloadStable | null', payload)
      else {
        const p: Record<string, unknown> = payload
        const o: Record<string, unknown> = {
          control_type: optNullStr(p.control_type),
          additionalProp1: optNullStr(p.additionalProp1),
          additionalProp2: optNullStr(p.additionalProp2),
          additionalProp3: optNullStr(p.additionalProp3),
        }
        if (failed) for (const k of FORM_PAYLOAD_KEYS) if (o[k] === BAD) e = err(e, ['forms', i, 'payload', k], 'string | null', p[k])
        copyUnknown(p, o, FORM_PAYLOAD_KEYS)
        payload = o
      }
      const r2 = optNullStr(f.r2_upload)
      if (r2 === BAD) e = err(e, ['forms', i, 'r2_upload'], 'string | null', f.r2_upload)
      const source = optNullStr(f.source_image)
      if (source === BAD) e = err(e, ['forms', i, 'source_image'], 'string | null', f.source_image)
      const o: Record<string, unknown> = { id: fid, form, payload, r2_upload: r2, source_image: source }
      copyUnknown(f, o, FORM_KEYS)
      out[i] = o
    }
    forms = out
  }
  let skipped: unknown = u.skipped
  if (skipped === undefined || skipped === null) skipped = null
  else if (!isPlainObject(skipped)) e = err(e, ['skipped'], 'NoValidAlchemyFound | null', skipped)
  else {
    const s: Record<string, unknown> = skipped
    const o: Record<string, unknown> = {
      bridge_version: optNullInt(s.bridge_version, 0, I, null),
      untrusted: optNullInt(s.untrusted, 0, I, null),
      worker_id: optNullInt(s.worker_id, 0, I, null),
    }
    if (failed) for (const k of ALCHEMY_SKIPPED_KEYS) if (o[k] === BAD) e = err(e, ['skipped', k], 'integer >= 0 | null', s[k])
    copyUnknown(s, o, ALCHEMY_SKIPPED_KEYS)
    skipped = o
  }
  const out: Record<string, unknown> = { forms, skipped }
  copyUnknown(u, out, ALCHEMY_KEYS)
  return done(out, e)
}

// ---------------------------------------------------------------------------------------------
// Text

const KOBOLD_KEYS = new Set([
  'dynatemp_exponent', 'dynatemp_range', 'frmtadsnsp', 'frmtrmblln', 'frmtrmspch', 'frmttriminc', 'singleline', 'min_p',
  'rep_pen', 'rep_pen_range', 'rep_pen_slope', 'sampler_order', 'smoothing_factor', 'stop_sequence', 'temperature', 'tfs',
  'top_a', 'top_k', 'top_p', 'typical', 'use_default_badwordsids', 'n', 'max_length', 'max_context_length', 'prompt',
])
const KOBOLD_SKIPPED_KEYS = new Set([
  'blacklist', 'bridge_version', 'kudos', 'models', 'nsfw', 'performance', 'untrusted', 'worker_id', 'max_context_length', 'max_length', 'matching_softprompt',
])
const TEXT_KEYS = new Set(['extra_source_images', 'payload', 'id', 'ids', 'skipped', 'softprompt', 'model', 'ttl', 'messages'])

const koboldPayload = (v: unknown, e: Errors): [unknown, Errors] => {
  if (!isPlainObject(v)) return [undefined, err(e, ['payload'], 'ModelPayloadKobold', v)]
  let samplerOrder: unknown = v.sampler_order
  if (samplerOrder === undefined || samplerOrder === null) samplerOrder = null
  else if (!Array.isArray(samplerOrder)) samplerOrder = bad()
  else {
    const src: Array<unknown> = samplerOrder
    const out = new Array<unknown>(src.length)
    for (let i = 0; i < src.length && samplerOrder !== BAD; i++) {
      if (!int(src[i], -I, I)) samplerOrder = bad()
      out[i] = src[i]
    }
    if (samplerOrder !== BAD) samplerOrder = out
  }
  const stop = v.stop_sequence === undefined || v.stop_sequence === null ? null : strings(v.stop_sequence)
  const o: Record<string, unknown> = {
    dynatemp_exponent: optNullNum(v.dynatemp_exponent, 0, 5, 1),
    dynatemp_range: optNullNum(v.dynatemp_range, 0, 5, 0),
    frmtadsnsp: optNullBool(v.frmtadsnsp),
    frmtrmblln: optNullBool(v.frmtrmblln),
    frmtrmspch: optNullBool(v.frmtrmspch),
    frmttriminc: optNullBool(v.frmttriminc),
    singleline: optNullBool(v.singleline),
    min_p: optNullNum(v.min_p, 0, 1, 0),
    rep_pen: optNullNum(v.rep_pen, 1, 3, null),
    rep_pen_range: optNullInt(v.rep_pen_range, 0, 4096, null),
    rep_pen_slope: optNullNum(v.rep_pen_slope, 0, 10, null),
    sampler_order: samplerOrder,
    smoothing_factor: optNullNum(v.smoothing_factor, 0, 10, 0),
    stop_sequence: stop,
    temperature: optNullNum(v.temperature, 0, 5, null),
    tfs: optNullNum(v.tfs, 0, 1, null),
    top_a: optNullNum(v.top_a, 0, 1, null),
    top_k: optNullInt(v.top_k, 0, 200, null),
    top_p: optNullNum(v.top_p, 0.001, 1, null),
    typical: optNullNum(v.typical, 0, 1, null),
    use_default_badwordsids: optNullBool(v.use_default_badwordsids),
    n: optNullInt(v.n, 1, 20, null),
    max_length: optNullInt(v.max_length, 16, 4096, 80),
    max_context_length: optNullInt(v.max_context_length, 80, 1048576, 2048),
    prompt: optNullStr(v.prompt),
  }
  if (failed) for (const k of KOBOLD_KEYS) if (o[k] === BAD) e = err(e, ['payload', k], k, v[k])
  copyUnknown(v, o, KOBOLD_KEYS)
  return [o, e]
}

const koboldSkipped = (v: unknown, e: Errors): [unknown, Errors] => {
  if (v === undefined)
    return [{ blacklist: null, bridge_version: null, kudos: null, models: null, nsfw: null, performance: null, untrusted: null, worker_id: null, max_context_length: null, max_length: null, matching_softprompt: null }, e]
  if (!isPlainObject(v)) return [undefined, err(e, ['skipped'], 'NoValidRequestFoundKobold', v)]
  const o: Record<string, unknown> = {
    blacklist: optNullInt(v.blacklist, 0, I, null),
    bridge_version: optNullInt(v.bridge_version, 0, I, null),
    kudos: optNullInt(v.kudos, -I, I, null),
    models: optNullInt(v.models, 0, I, null),
    nsfw: optNullInt(v.nsfw, 0, I, null),
    performance: optNullInt(v.performance, 0, I, null),
    untrusted: optNullInt(v.untrusted, 0, I, null),
    worker_id: optNullInt(v.worker_id, 0, I, null),
    max_context_length: optNullInt(v.max_context_length, -I, I, null),
    max_length: optNullInt(v.max_length, -I, I, null),
    matching_softprompt: optNullInt(v.matching_softprompt, -I, I, null),
  }
  if (failed) for (const k of KOBOLD_SKIPPED_KEYS) if (o[k] === BAD) e = err(e, ['skipped', k], 'integer | null', v[k])
  copyUnknown(v, o, KOBOLD_SKIPPED_KEYS)
  return [o, e]
}

export const decodeHandTextPop = (u: unknown): HandResult => {
  failed = false
  if (!isPlainObject(u)) return { ok: false, errors: [{ path: [], expected: 'TextGenerateJobPopResponse', value: u }] }
  let e: Errors
  let extra: unknown
  ;[extra, e] = extraSourceImages(u.extra_source_images, e)
  let payload: unknown
  ;[payload, e] = koboldPayload(u.payload, e)
  const legacy = legacyId(u.id)
  if (legacy === BAD) e = err(e, ['id'], 'GenerationID | null', u.id)
  let outIds: unknown
  ;[outIds, e] = ids(u.ids, ['ids'], e)
  let skipped: unknown
  ;[skipped, e] = koboldSkipped(u.skipped, e)
  const softprompt = optNullStr(u.softprompt)
  if (softprompt === BAD) e = err(e, ['softprompt'], 'string | null', u.softprompt)
  const model = optNullStr(u.model)
  if (model === BAD) e = err(e, ['model'], 'string | null', u.model)
  const ttl = optNullInt(u.ttl, -I, I, null)
  if (ttl === BAD) e = err(e, ['ttl'], 'integer | null', u.ttl)
  let msgs: unknown
  ;[msgs, e] = messages(u.messages, e)
  const out: Record<string, unknown> = { extra_source_images: extra, payload, id: legacy, ids: outIds, skipped, softprompt, model, ttl, messages: msgs }
  copyUnknown(u, out, TEXT_KEYS)
  return done(out, idsPresent(out, u, e))
}

// ---------------------------------------------------------------------------------------------
// Image

const LORA_KEYS = new Set(['name', 'model', 'clip', 'inject_trigger', 'is_version'])
const TI_KEYS = new Set(['name', 'inject_ti', 'strength'])
const EXTRA_TEXT_KEYS = new Set(['text', 'reference'])
const IMAGE_PAYLOAD_KEYS = new Set([
  'height', 'width', 'sampler_name', 'karras', 'cfg_scale', 'denoising_strength', 'clip_skip', 'post_processing', 'post_processing_order',
  'facefixer_strength', 'hires_fix', 'hires_fix_denoising_strength', 'loras', 'tis', 'workflow', 'transparent', 'tiling', 'special', 'seed',
  'seed_variation', 'control_type', 'image_is_control', 'return_control_map', 'extra_texts', 'use_nsfw_censor', 'prompt',
  'steps', 'ddim_steps', 'n', 'n_iter',
])
const STABLE_SKIPPED_KEYS = new Set([
  'blacklist', 'bridge_version', 'kudos', 'models', 'nsfw', 'performance', 'untrusted', 'worker_id',
  'max_pixels', 'unsafe_ip', 'img2img', 'painting', 'post-processing', 'lora', 'controlnet', 'step_count',
])
const IMAGE_KEYS = new Set([
  'id', 'ids', 'payload', 'skipped', 'model', 'source_image', 'source_processing', 'source_mask', 'extra_source_images', 'r2_upload', 'r2_uploads', 'ttl', 'messages',
])
const ORDER = new Set(['facefixers_first', 'upscalers_first', 'custom'])

/** An optional, nullable array of keep-unknown-keys entries, each decoded by `entry`. */
const entries = (
  v: unknown,
  path: Path,
  e: Errors,
  entry: (x: Record<string, unknown>, path: Path, e: Errors) => [unknown, Errors],
): [unknown, Errors] => {
  if (v === undefined || v === null) return [null, e]
  if (!Array.isArray(v)) return [null, err(e, path, 'array | null', v)]
  const out = new Array<unknown>(v.length)
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i]
    if (!isPlainObject(x)) e = err(e, [...path, i], 'object', x)
    else [out[i], e] = entry(x, [...path, i], e)
  }
  return [out, e]
}
const lora = (x: Record<string, unknown>, path: Path, e: Errors): [unknown, Errors] => {
  const o: Record<string, unknown> = {
    name: typeof x.name === 'string' && x.name.length >= 1 && x.name.length <= 255 ? x.name : bad(),
    model: optNum(x.model, -5, 5, 1),
    clip: optNum(x.clip, -5, 5, 1),
    inject_trigger: optNullStrLen(x.inject_trigger, 1, 30),
    is_version: optBool(x.is_version, false),
  }
  if (failed) for (const k of LORA_KEYS) if (o[k] === BAD) e = err(e, [...path, k], k, x[k])
  copyUnknown(x, o, LORA_KEYS)
  return [o, e]
}
const ti = (x: Record<string, unknown>, path: Path, e: Errors): [unknown, Errors] => {
  const inject = x.inject_ti
  const o: Record<string, unknown> = {
    name: typeof x.name === 'string' && x.name.length >= 1 && x.name.length <= 255 ? x.name : bad(),
    inject_ti: inject === undefined || inject === null ? null : inject === 'prompt' || inject === 'negprompt' ? inject : bad(),
    strength: optNum(x.strength, -5, 5, 1),
  }
  if (failed) for (const k of TI_KEYS) if (o[k] === BAD) e = err(e, [...path, k], k, x[k])
  copyUnknown(x, o, TI_KEYS)
  return [o, e]
}
const extraText = (x: Record<string, unknown>, path: Path, e: Errors): [unknown, Errors] => {
  const o: Record<string, unknown> = {
    text: typeof x.text === 'string' && x.text.length > 0 ? x.text : bad(),
    reference: typeof x.reference === 'string' && x.reference.length >= 3 ? x.reference : bad(),
  }
  if (failed) for (const k of EXTRA_TEXT_KEYS) if (o[k] === BAD) e = err(e, [...path, k], k, x[k])
  copyUnknown(x, o, EXTRA_TEXT_KEYS)
  return [o, e]
}

const imagePayload = (v: unknown, e: Errors): [unknown, Errors] => {
  if (!isPlainObject(v)) return [undefined, err(e, ['payload'], 'ImageGenerateJobPopPayload', v)]
  const size = (x: unknown): unknown => (x === undefined ? 512 : int(x, 64, 3072) && (x as number) % 64 === 0 ? x : bad())
  let pp: unknown = v.post_processing === undefined ? [] : strings(v.post_processing)
  const order = v.post_processing_order === undefined ? 'facefixers_first' : typeof v.post_processing_order === 'string' && ORDER.has(v.post_processing_order) ? v.post_processing_order : bad()
  let loras: unknown
  ;[loras, e] = entries(v.loras, ['payload', 'loras'], e, lora)
  let tis: unknown
  ;[tis, e] = entries(v.tis, ['payload', 'tis'], e, ti)
  let texts: unknown
  ;[texts, e] = entries(v.extra_texts, ['payload', 'extra_texts'], e, extraText)
  const special = v.special === undefined || v.special === null ? null : isRecord(v.special) ? v.special : bad()
  const steps = v.steps !== undefined ? v.steps : v.ddim_steps
  const n = v.n !== undefined ? v.n : v.n_iter
  if (pp === BAD) {
    e = err(e, ['payload', 'post_processing'], 'Array<PostProcessor>', v.post_processing)
    pp = undefined
  }
  const o: Record<string, unknown> = {
    height: size(v.height),
    width: size(v.width),
    sampler_name: optStr(v.sampler_name, 'k_euler_a'),
    karras: optBool(v.karras, false),
    cfg_scale: optNum(v.cfg_scale, 0, M, 7.5),
    denoising_strength: optNullNum(v.denoising_strength, 0, 1, 1),
    clip_skip: optInt(v.clip_skip, 1, 12, 1),
    post_processing: pp,
    post_processing_order: order,
    facefixer_strength: optNullNum(v.facefixer_strength, 0, 1, null),
    hires_fix: optBool(v.hires_fix, false),
    hires_fix_denoising_strength: optNullNum(v.hires_fix_denoising_strength, 0, 1, null),
    loras,
    tis,
    workflow: optNullStr(v.workflow),
    transparent: optNullBool(v.transparent),
    tiling: optBool(v.tiling, false),
    special,
    seed: optNullStr(v.seed),
    seed_variation: optNullInt(v.seed_variation, 1, 1000, null),
    control_type: optNullStr(v.control_type),
    image_is_control: optNullBool(v.image_is_control),
    return_control_map: optNullBool(v.return_control_map),
    extra_texts: texts,
    use_nsfw_censor: optBool(v.use_nsfw_censor, false),
    prompt: optNullStr(v.prompt),
    ddim_steps: optInt(steps, 1, I, 30),
    n_iter: optInt(n, 1, 20, 1),
  }
  if (failed) for (const k in o) if (o[k] === BAD) e = err(e, ['payload', k], k, v[k])
  copyUnknown(v, o, IMAGE_PAYLOAD_KEYS)
  return [o, e]
}

const stableSkipped = (v: unknown, e: Errors): [unknown, Errors] => {
  if (v === undefined)
    return [
      { blacklist: null, bridge_version: null, kudos: null, models: null, nsfw: null, performance: null, untrusted: null, worker_id: null,
        max_pixels: 0, unsafe_ip: 0, img2img: 0, painting: 0, 'post-processing': 0, lora: 0, controlnet: 0, step_count: 0 },
      e,
    ]
  if (!isPlainObject(v)) return [undefined, err(e, ['skipped'], 'ImageGenerateJobPopSkippedStatus', v)]
  const o: Record<string, unknown> = {
    blacklist: optNullInt(v.blacklist, 0, I, null),
    bridge_version: optNullInt(v.bridge_version, 0, I, null),
    kudos: optNullInt(v.kudos, -I, I, null),
    models: optNullInt(v.models, 0, I, null),
    nsfw: optNullInt(v.nsfw, 0, I, null),
    performance: optNullInt(v.performance, 0, I, null),
    untrusted: optNullInt(v.untrusted, 0, I, null),
    worker_id: optNullInt(v.worker_id, 0, I, null),
    max_pixels: optInt(v.max_pixels, 0, I, 0),
    unsafe_ip: optInt(v.unsafe_ip, 0, I, 0),
    img2img: optInt(v.img2img, 0, I, 0),
    painting: optInt(v.painting, 0, I, 0),
    'post-processing': optInt(v['post-processing'], 0, I, 0),
    lora: optInt(v.lora, 0, I, 0),
    controlnet: optInt(v.controlnet, 0, I, 0),
    step_count: optInt(v.step_count, 0, I, 0),
  }
  if (failed) for (const k of STABLE_SKIPPED_KEYS) if (o[k] === BAD) e = err(e, ['skipped', k], 'integer', v[k])
  copyUnknown(v, o, STABLE_SKIPPED_KEYS)
  return [o, e]
}

export const decodeHandImagePop = (u: unknown): HandResult => {
  failed = false
  if (!isPlainObject(u)) return { ok: false, errors: [{ path: [], expected: 'ImageGenerateJobPopResponse', value: u }] }
  let e: Errors
  const legacy = legacyId(u.id)
  if (legacy === BAD) e = err(e, ['id'], 'GenerationID | null', u.id)
  let outIds: unknown
  ;[outIds, e] = ids(u.ids, ['ids'], e)
  let payload: unknown
  ;[payload, e] = imagePayload(u.payload, e)
  let skipped: unknown
  ;[skipped, e] = stableSkipped(u.skipped, e)
  const model = optNullStr(u.model)
  if (model === BAD) e = err(e, ['model'], 'string | null', u.model)
  const sourceImage = optNullStr(u.source_image)
  if (sourceImage === BAD) e = err(e, ['source_image'], 'string | null', u.source_image)
  const processing = optStr(u.source_processing, 'txt2img')
  if (processing === BAD) e = err(e, ['source_processing'], 'ImageSourceProcessing', u.source_processing)
  const mask = optNullStr(u.source_mask)
  if (mask === BAD) e = err(e, ['source_mask'], 'string | null', u.source_mask)
  let extra: unknown
  ;[extra, e] = extraSourceImages(u.extra_source_images, e)
  const r2 = optNullStr(u.r2_upload)
  if (r2 === BAD) e = err(e, ['r2_upload'], 'string | null', u.r2_upload)
  const r2s = u.r2_uploads === undefined || u.r2_uploads === null ? null : strings(u.r2_uploads)
  if (r2s === BAD) e = err(e, ['r2_uploads'], 'Array<string> | null', u.r2_uploads)
  const ttl = optNullInt(u.ttl, -I, I, null)
  if (ttl === BAD) e = err(e, ['ttl'], 'integer | null', u.ttl)
  let msgs: unknown
  ;[msgs, e] = messages(u.messages, e)
  const out: Record<string, unknown> = {
    id: legacy, ids: outIds, payload, skipped, model, source_image: sourceImage, source_processing: processing, source_mask: mask,
    extra_source_images: extra, r2_upload: r2, r2_uploads: r2s, ttl, messages: msgs,
  }
  copyUnknown(u, out, IMAGE_KEYS)
  return done(out, idsPresent(out, u, e))
}
