/**
 * The floor for the pops: validators written by hand for `ImageGenerateJobPopResponse`,
 * `TextGenerateJobPopResponse` and `AlchemyJobPopResponse`, as one would write them for speed. One
 * pass, one output object per object level, a few small helpers (which V8 inlines), known keys
 * told by a `switch`, error objects only on failure. Same ID normaliser as every other decoder.
 */
import { normaliseGenerationID as sharedNormaliser } from '../../src/ai_horde_api/fields'
import { isPlainObject, setOwn, type HandError, type HandResult } from './handwritten'

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

/** This decode's errors, if any (module state: no error list is passed around or returned). */
let E: Errors
const err = (path: Path, expected: string, value: unknown): void => {
  ;(E ??= []).push({ path, expected, value })
}

const isRecord = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === 'object' && !Array.isArray(u)
/** Copies the keys of `src` that `known` does not name (the pops keep unknown keys). */
const copyUnknown = (src: Record<string, unknown>, out: Record<string, unknown>, known: (k: string) => boolean): void => {
  const keys = Object.keys(src)
  for (let i = 0; i < keys.length; i++) if (!known(keys[i])) setOwn(out, keys[i], src[keys[i]])
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
const ids = (v: unknown, path: Path): Array<string> | undefined => {
  if (!Array.isArray(v)) return (err(path, 'Array<GenerationID>', v), undefined)
  const out = new Array<string>(v.length)
  for (let i = 0; i < v.length; i++) {
    const r = id(v[i])
    if (r === BAD) err([...path, i], 'GenerationID', v[i])
    else out[i] = r
  }
  return out
}

/** An optional, nullable array of keep-unknown-keys entries, each decoded by `entry`. */
const entries = (
  v: unknown,
  path: Path,
  entry: (x: Record<string, unknown>, path: Path) => unknown,
): unknown => {
  if (v === undefined || v === null) return null
  if (!Array.isArray(v)) return (err(path, 'array | null', v), undefined)
  const out = new Array<unknown>(v.length)
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i]
    if (!isPlainObject(x)) err([...path, i], 'object', x)
    else out[i] = entry(x, [...path, i])
  }
  return out
}

const MESSAGE_KEYS = (k: string): boolean => {
  switch (k) {
    case 'id':
    case 'message':
    case 'origin':
    case 'expiry':
    case 'worker_id':
      return true
    default:
      return false
  }
}
const message = (m: Record<string, unknown>, path: Path): unknown => {
  const o: Record<string, unknown> = {
    id: optNullStr(m.id),
    message: typeof m.message === 'string' ? m.message : bad(),
    origin: optNullStr(m.origin),
    expiry: optNullStr(m.expiry),
    worker_id: optNullStr(m.worker_id),
  }
  if (failed) for (const k in o) if (o[k] === BAD) err([...path, k], 'string', m[k])
  copyUnknown(m, o, MESSAGE_KEYS)
  return o
}
const messages = (v: unknown): unknown => entries(v, ['messages'], message)

const EXTRA_IMAGE_KEYS = (k: string): boolean => {
  switch (k) {
    case 'image':
    case 'strength':
    case 'original_url':
      return true
    default:
      return false
  }
}
const extraSourceImage = (x: Record<string, unknown>, path: Path): unknown => {
  const o: Record<string, unknown> = {
    image: typeof x.image === 'string' && x.image.length > 0 ? x.image : bad(),
    strength: optNum(x.strength, -M, M, 1),
    original_url: optNullStr(x.original_url),
  }
  if (failed) for (const k in o) if (o[k] === BAD) err([...path, k], k, x[k])
  copyUnknown(x, o, EXTRA_IMAGE_KEYS)
  return o
}
const extraSourceImages = (v: unknown): unknown => entries(v, ['extra_source_images'], extraSourceImage)

const done = (out: Record<string, unknown>): HandResult => (E === undefined ? { ok: true, value: out } : { ok: false, errors: E })

/** ids-present: a pop that names a model needs an `id` or at least one of `ids`. */
const idsPresent = (out: Record<string, unknown>, u: unknown): void => {
  if (E === undefined && out.model !== null && out.id === null && (out.ids as Array<string>).length === 0) err([], 'ids-present', u)
}

// ---------------------------------------------------------------------------------------------
// Alchemy

const FORM_KEYS = (k: string): boolean => {
  switch (k) {
    case 'id':
    case 'form':
    case 'payload':
    case 'r2_upload':
    case 'source_image':
      return true
    default:
      return false
  }
}
const FORM_PAYLOAD_KEYS = (k: string): boolean => {
  switch (k) {
    case 'control_type':
    case 'additionalProp1':
    case 'additionalProp2':
    case 'additionalProp3':
      return true
    default:
      return false
  }
}
const ALCHEMY_SKIPPED_KEYS = (k: string): boolean => {
  switch (k) {
    case 'bridge_version':
    case 'untrusted':
    case 'worker_id':
      return true
    default:
      return false
  }
}
const ALCHEMY_KEYS = (k: string): boolean => {
  switch (k) {
    case 'forms':
    case 'skipped':
      return true
    default:
      return false
  }
}

export const decodeHandAlchemyPop = (u: unknown): HandResult => {
  failed = false
  if (!isPlainObject(u)) return { ok: false, errors: [{ path: [], expected: 'AlchemyJobPopResponse', value: u }] }
  E = undefined
  let forms: unknown = u.forms
  if (forms === undefined || forms === null) forms = null
  else if (!Array.isArray(forms)) err(['forms'], 'Array<AlchemyPopFormPayload> | null', forms)
  else {
    const src: Array<unknown> = forms
    const out = new Array<unknown>(src.length)
    for (let i = 0; i < src.length; i++) {
      const f: unknown = src[i]
      if (!isPlainObject(f)) {
        err(['forms', i], 'AlchemyPopFormPayload', f)
        continue
      }
      const fid = id(f.id)
      if (fid === BAD) err(['forms', i, 'id'], 'GenerationID', f.id)
      const form = typeof f.form === 'string' ? f.form : bad()
      if (form === BAD) err(['forms', i, 'form'], 'AlchemyType', f.form)
      let payload: unknown = f.payload
      if (payload === undefined || payload === null) payload = null
      else if (!isPlainObject(payload)) err(['forms', i, 'payload'], 'AlchemyFormPayloadStable | null', payload)
      else {
        const p: Record<string, unknown> = payload
        const o: Record<string, unknown> = {
          control_type: optNullStr(p.control_type),
          additionalProp1: optNullStr(p.additionalProp1),
          additionalProp2: optNullStr(p.additionalProp2),
          additionalProp3: optNullStr(p.additionalProp3),
        }
        if (failed) for (const k in o) if (o[k] === BAD) err(['forms', i, 'payload', k], 'string | null', p[k])
        copyUnknown(p, o, FORM_PAYLOAD_KEYS)
        payload = o
      }
      const r2 = optNullStr(f.r2_upload)
      if (r2 === BAD) err(['forms', i, 'r2_upload'], 'string | null', f.r2_upload)
      const source = optNullStr(f.source_image)
      if (source === BAD) err(['forms', i, 'source_image'], 'string | null', f.source_image)
      const o: Record<string, unknown> = { id: fid, form, payload, r2_upload: r2, source_image: source }
      copyUnknown(f, o, FORM_KEYS)
      out[i] = o
    }
    forms = out
  }
  let skipped: unknown = u.skipped
  if (skipped === undefined || skipped === null) skipped = null
  else if (!isPlainObject(skipped)) err(['skipped'], 'NoValidAlchemyFound | null', skipped)
  else {
    const s: Record<string, unknown> = skipped
    const o: Record<string, unknown> = {
      bridge_version: optNullInt(s.bridge_version, 0, I, null),
      untrusted: optNullInt(s.untrusted, 0, I, null),
      worker_id: optNullInt(s.worker_id, 0, I, null),
    }
    if (failed) for (const k in o) if (o[k] === BAD) err(['skipped', k], 'integer >= 0 | null', s[k])
    copyUnknown(s, o, ALCHEMY_SKIPPED_KEYS)
    skipped = o
  }
  const out: Record<string, unknown> = { forms, skipped }
  copyUnknown(u, out, ALCHEMY_KEYS)
  return done(out)
}

// ---------------------------------------------------------------------------------------------
// Text

const KOBOLD_KEYS = (k: string): boolean => {
  switch (k) {
    case 'dynatemp_exponent':
    case 'dynatemp_range':
    case 'frmtadsnsp':
    case 'frmtrmblln':
    case 'frmtrmspch':
    case 'frmttriminc':
    case 'singleline':
    case 'min_p':
    case 'rep_pen':
    case 'rep_pen_range':
    case 'rep_pen_slope':
    case 'sampler_order':
    case 'smoothing_factor':
    case 'stop_sequence':
    case 'temperature':
    case 'tfs':
    case 'top_a':
    case 'top_k':
    case 'top_p':
    case 'typical':
    case 'use_default_badwordsids':
    case 'n':
    case 'max_length':
    case 'max_context_length':
    case 'prompt':
      return true
    default:
      return false
  }
}
const KOBOLD_SKIPPED_KEYS = (k: string): boolean => {
  switch (k) {
    case 'blacklist':
    case 'bridge_version':
    case 'kudos':
    case 'models':
    case 'nsfw':
    case 'performance':
    case 'untrusted':
    case 'worker_id':
    case 'max_context_length':
    case 'max_length':
    case 'matching_softprompt':
      return true
    default:
      return false
  }
}
const TEXT_KEYS = (k: string): boolean => {
  switch (k) {
    case 'extra_source_images':
    case 'payload':
    case 'id':
    case 'ids':
    case 'skipped':
    case 'softprompt':
    case 'model':
    case 'ttl':
    case 'messages':
      return true
    default:
      return false
  }
}

const koboldPayload = (v: unknown): unknown => {
  if (!isPlainObject(v)) return (err(['payload'], 'ModelPayloadKobold', v), undefined)
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
  if (failed) for (const k in o) if (o[k] === BAD) err(['payload', k], k, v[k])
  copyUnknown(v, o, KOBOLD_KEYS)
  return o
}

const koboldSkipped = (v: unknown): unknown => {
  if (v === undefined)
    return { blacklist: null, bridge_version: null, kudos: null, models: null, nsfw: null, performance: null, untrusted: null, worker_id: null, max_context_length: null, max_length: null, matching_softprompt: null }
  if (!isPlainObject(v)) return (err(['skipped'], 'NoValidRequestFoundKobold', v), undefined)
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
  if (failed) for (const k in o) if (o[k] === BAD) err(['skipped', k], 'integer | null', v[k])
  copyUnknown(v, o, KOBOLD_SKIPPED_KEYS)
  return o
}

export const decodeHandTextPop = (u: unknown): HandResult => {
  failed = false
  if (!isPlainObject(u)) return { ok: false, errors: [{ path: [], expected: 'TextGenerateJobPopResponse', value: u }] }
  E = undefined
  let extra: unknown
  extra = extraSourceImages(u.extra_source_images)
  let payload: unknown
  payload = koboldPayload(u.payload)
  const legacy = legacyId(u.id)
  if (legacy === BAD) err(['id'], 'GenerationID | null', u.id)
  let outIds: unknown
  outIds = ids(u.ids, ['ids'])
  let skipped: unknown
  skipped = koboldSkipped(u.skipped)
  const softprompt = optNullStr(u.softprompt)
  if (softprompt === BAD) err(['softprompt'], 'string | null', u.softprompt)
  const model = optNullStr(u.model)
  if (model === BAD) err(['model'], 'string | null', u.model)
  const ttl = optNullInt(u.ttl, -I, I, null)
  if (ttl === BAD) err(['ttl'], 'integer | null', u.ttl)
  let msgs: unknown
  msgs = messages(u.messages)
  const out: Record<string, unknown> = { extra_source_images: extra, payload, id: legacy, ids: outIds, skipped, softprompt, model, ttl, messages: msgs }
  copyUnknown(u, out, TEXT_KEYS)
  idsPresent(out, u)
  return done(out)
}

// ---------------------------------------------------------------------------------------------
// Image

const LORA_KEYS = (k: string): boolean => {
  switch (k) {
    case 'name':
    case 'model':
    case 'clip':
    case 'inject_trigger':
    case 'is_version':
      return true
    default:
      return false
  }
}
const TI_KEYS = (k: string): boolean => {
  switch (k) {
    case 'name':
    case 'inject_ti':
    case 'strength':
      return true
    default:
      return false
  }
}
const EXTRA_TEXT_KEYS = (k: string): boolean => {
  switch (k) {
    case 'text':
    case 'reference':
      return true
    default:
      return false
  }
}
const IMAGE_PAYLOAD_KEYS = (k: string): boolean => {
  switch (k) {
    case 'height':
    case 'width':
    case 'sampler_name':
    case 'karras':
    case 'cfg_scale':
    case 'denoising_strength':
    case 'clip_skip':
    case 'post_processing':
    case 'post_processing_order':
    case 'facefixer_strength':
    case 'hires_fix':
    case 'hires_fix_denoising_strength':
    case 'loras':
    case 'tis':
    case 'workflow':
    case 'transparent':
    case 'tiling':
    case 'special':
    case 'seed':
    case 'seed_variation':
    case 'control_type':
    case 'image_is_control':
    case 'return_control_map':
    case 'extra_texts':
    case 'use_nsfw_censor':
    case 'prompt':
    case 'steps':
    case 'ddim_steps':
    case 'n':
    case 'n_iter':
      return true
    default:
      return false
  }
}
const STABLE_SKIPPED_KEYS = (k: string): boolean => {
  switch (k) {
    case 'blacklist':
    case 'bridge_version':
    case 'kudos':
    case 'models':
    case 'nsfw':
    case 'performance':
    case 'untrusted':
    case 'worker_id':
    case 'max_pixels':
    case 'unsafe_ip':
    case 'img2img':
    case 'painting':
    case 'post-processing':
    case 'lora':
    case 'controlnet':
    case 'step_count':
      return true
    default:
      return false
  }
}
const IMAGE_KEYS = (k: string): boolean => {
  switch (k) {
    case 'id':
    case 'ids':
    case 'payload':
    case 'skipped':
    case 'model':
    case 'source_image':
    case 'source_processing':
    case 'source_mask':
    case 'extra_source_images':
    case 'r2_upload':
    case 'r2_uploads':
    case 'ttl':
    case 'messages':
      return true
    default:
      return false
  }
}
const ORDER = new Set(['facefixers_first', 'upscalers_first', 'custom'])

const lora = (x: Record<string, unknown>, path: Path): unknown => {
  const o: Record<string, unknown> = {
    name: typeof x.name === 'string' && x.name.length >= 1 && x.name.length <= 255 ? x.name : bad(),
    model: optNum(x.model, -5, 5, 1),
    clip: optNum(x.clip, -5, 5, 1),
    inject_trigger: optNullStrLen(x.inject_trigger, 1, 30),
    is_version: optBool(x.is_version, false),
  }
  if (failed) for (const k in o) if (o[k] === BAD) err([...path, k], k, x[k])
  copyUnknown(x, o, LORA_KEYS)
  return o
}
const ti = (x: Record<string, unknown>, path: Path): unknown => {
  const inject = x.inject_ti
  const o: Record<string, unknown> = {
    name: typeof x.name === 'string' && x.name.length >= 1 && x.name.length <= 255 ? x.name : bad(),
    inject_ti: inject === undefined || inject === null ? null : inject === 'prompt' || inject === 'negprompt' ? inject : bad(),
    strength: optNum(x.strength, -5, 5, 1),
  }
  if (failed) for (const k in o) if (o[k] === BAD) err([...path, k], k, x[k])
  copyUnknown(x, o, TI_KEYS)
  return o
}
const extraText = (x: Record<string, unknown>, path: Path): unknown => {
  const o: Record<string, unknown> = {
    text: typeof x.text === 'string' && x.text.length > 0 ? x.text : bad(),
    reference: typeof x.reference === 'string' && x.reference.length >= 3 ? x.reference : bad(),
  }
  if (failed) for (const k in o) if (o[k] === BAD) err([...path, k], k, x[k])
  copyUnknown(x, o, EXTRA_TEXT_KEYS)
  return o
}

const size = (x: unknown): unknown => (x === undefined ? 512 : int(x, 64, 3072) && (x as number) % 64 === 0 ? x : bad())

const imagePayload = (v: unknown): unknown => {
  if (!isPlainObject(v)) return (err(['payload'], 'ImageGenerateJobPopPayload', v), undefined)
  let pp: unknown = v.post_processing === undefined ? [] : strings(v.post_processing)
  const order = v.post_processing_order === undefined ? 'facefixers_first' : typeof v.post_processing_order === 'string' && ORDER.has(v.post_processing_order) ? v.post_processing_order : bad()
  let loras: unknown
  loras = entries(v.loras, ['payload', 'loras'], lora)
  let tis: unknown
  tis = entries(v.tis, ['payload', 'tis'], ti)
  let texts: unknown
  texts = entries(v.extra_texts, ['payload', 'extra_texts'], extraText)
  const special = v.special === undefined || v.special === null ? null : isRecord(v.special) ? v.special : bad()
  const steps = v.steps !== undefined ? v.steps : v.ddim_steps
  const n = v.n !== undefined ? v.n : v.n_iter
  if (pp === BAD) {
    err(['payload', 'post_processing'], 'Array<PostProcessor>', v.post_processing)
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
  if (failed) for (const k in o) if (o[k] === BAD) err(['payload', k], k, v[k])
  copyUnknown(v, o, IMAGE_PAYLOAD_KEYS)
  return o
}

const stableSkipped = (v: unknown): unknown => {
  if (v === undefined)
    return { blacklist: null, bridge_version: null, kudos: null, models: null, nsfw: null, performance: null, untrusted: null, worker_id: null,
        max_pixels: 0, unsafe_ip: 0, img2img: 0, painting: 0, 'post-processing': 0, lora: 0, controlnet: 0, step_count: 0 }
  if (!isPlainObject(v)) return (err(['skipped'], 'ImageGenerateJobPopSkippedStatus', v), undefined)
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
  if (failed) for (const k in o) if (o[k] === BAD) err(['skipped', k], 'integer', v[k])
  copyUnknown(v, o, STABLE_SKIPPED_KEYS)
  return o
}

export const decodeHandImagePop = (u: unknown): HandResult => {
  failed = false
  if (!isPlainObject(u)) return { ok: false, errors: [{ path: [], expected: 'ImageGenerateJobPopResponse', value: u }] }
  E = undefined
  const legacy = legacyId(u.id)
  if (legacy === BAD) err(['id'], 'GenerationID | null', u.id)
  let outIds: unknown
  outIds = ids(u.ids, ['ids'])
  let payload: unknown
  payload = imagePayload(u.payload)
  let skipped: unknown
  skipped = stableSkipped(u.skipped)
  const model = optNullStr(u.model)
  if (model === BAD) err(['model'], 'string | null', u.model)
  const sourceImage = optNullStr(u.source_image)
  if (sourceImage === BAD) err(['source_image'], 'string | null', u.source_image)
  const processing = optStr(u.source_processing, 'txt2img')
  if (processing === BAD) err(['source_processing'], 'ImageSourceProcessing', u.source_processing)
  const mask = optNullStr(u.source_mask)
  if (mask === BAD) err(['source_mask'], 'string | null', u.source_mask)
  let extra: unknown
  extra = extraSourceImages(u.extra_source_images)
  const r2 = optNullStr(u.r2_upload)
  if (r2 === BAD) err(['r2_upload'], 'string | null', u.r2_upload)
  const r2s = u.r2_uploads === undefined || u.r2_uploads === null ? null : strings(u.r2_uploads)
  if (r2s === BAD) err(['r2_uploads'], 'Array<string> | null', u.r2_uploads)
  const ttl = optNullInt(u.ttl, -I, I, null)
  if (ttl === BAD) err(['ttl'], 'integer | null', u.ttl)
  let msgs: unknown
  msgs = messages(u.messages)
  const out: Record<string, unknown> = {
    id: legacy, ids: outIds, payload, skipped, model, source_image: sourceImage, source_processing: processing, source_mask: mask,
    extra_source_images: extra, r2_upload: r2, r2_uploads: r2s, ttl, messages: msgs,
  }
  copyUnknown(u, out, IMAGE_KEYS)
  idsPresent(out, u)
  return done(out)
}
