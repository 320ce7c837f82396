/**
 * Compiled decoders for the object combinators (`model`, `keyedRecord`) and for io-ts arrays on
 * the error path: a fast decoder, and a one-pass full path that decodes inline and gives a context
 * and an error-collecting validation only to what fails.
 *
 * Why: the interpreted fast path (a loop over fields calling each field's closure) is slow for two
 * reasons V8 cannot see through. Every model shares the same loop, so `u[field.key]` is a
 * megamorphic keyed load (costly above all for keys that are absent, as most optional counts are);
 * and every `nullable`, `defaulted`, `integer`… closure comes from one function literal, so their
 * call sites are megamorphic and nothing is inlined. Here each object combinator gets its own
 * function, built with `new Function`: named property loads, leaf checks written inline, and
 * monomorphic calls to everything else.
 *
 * A generated function has exactly the semantics of the interpreted one (same reads in the same
 * order, the same `INVALID` cases, the same value, the same errors with the same contexts);
 * `test/combinators/fastPath.test.ts` checks both against each other and against the full path. Where `new Function` is forbidden (a
 * content-security policy without `unsafe-eval`) or `setCodegen(false)` was called, the caller
 * keeps the interpreted decoder.
 *
 * @internal
 */
import * as t from 'io-ts'
import { fastDecoderOf, FAST, fullValidatorOf, INVALID, setArrayCompiler, type FastDecoder } from './fast'
import { isPlainObject, pushAll, setOwn } from './plainObject'

let enabled = true

/**
 * Turns code generation off (or on again) for codecs built from now on: for a host that forbids
 * `eval` outright, or to compare both paths. Codecs already built keep what they have.
 */
export const setCodegen = (on: boolean): void => {
  enabled = on
}

/** Whether codecs built now get compiled fast decoders. */
export const codegenEnabled = (): boolean => enabled

/** The state of one function being generated: its bound values and its local variables. */
class Gen {
  readonly names: Array<string> = ['I', 'isPlainObject', 'setOwn']
  readonly values: Array<unknown> = [INVALID, isPlainObject, setOwn]
  private readonly vars: Array<string> = []
  private n = 0

  /** A name under which the generated code sees `value`. */
  bind(value: unknown): string {
    const i = this.values.indexOf(value)
    if (i >= 0) return this.names[i]
    const name = `b${this.values.length}`
    this.names.push(name)
    this.values.push(value)
    return name
  }

  local(prefix: string): string {
    const name = `${prefix}${this.n++}`
    this.vars.push(name)
    return name
  }

  declarations(): string {
    return this.vars.length === 0 ? '' : `var ${this.vars.join(', ')};\n`
  }
}

type Tagged = t.Mixed & { readonly _tag?: string; readonly [FAST]?: unknown }

const hasOwn = Object.prototype.hasOwnProperty

/** A JavaScript literal for a finite number, or `undefined` when it has none that round-trips. */
const numberLiteral = (x: number): string | undefined =>
  Number.isFinite(x) && !Object.is(x, -0) && Number(String(x)) === x ? String(x) : undefined

const num = (g: Gen, x: number): string => numberLiteral(x) ?? g.bind(x)

interface Bounds {
  readonly minimum?: number
  readonly maximum?: number
  readonly multipleOf?: number
}

const boundChecks = (g: Gen, v: string, { minimum, maximum, multipleOf }: Bounds): string =>
  (minimum === undefined ? '' : ` && ${v} >= ${num(g, minimum)}`) +
  (maximum === undefined ? '' : ` && ${v} <= ${num(g, maximum)}`) +
  (multipleOf === undefined ? '' : ` && ${v} % ${num(g, multipleOf)} === 0`)

/**
 * A condition that holds exactly when the leaf codec's fast decoder returns its input unchanged
 * (and otherwise returns `INVALID`), or `undefined` if the codec is not such a leaf.
 */
const leafCheck = (g: Gen, codec: Tagged, v: string): string | undefined => {
  if (codec === t.string) return `typeof ${v} === "string"`
  if (codec === t.boolean) return `typeof ${v} === "boolean"`
  if (codec === t.null) return `${v} === null`
  if (codec === t.unknown) return 'true'
  if (codec === t.number) return `typeof ${v} === "number"`
  if (codec === t.UnknownRecord) return `${v} !== null && typeof ${v} === "object" && !Array.isArray(${v})`
  if (codec instanceof t.KeyofType) return `typeof ${v} === "string" && ${g.bind(hasOwn)}.call(${g.bind(codec.keys)}, ${v})`
  if (codec instanceof t.LiteralType) return `${v} === ${g.bind(codec.value)}`
  if (codec[FAST] === undefined) return undefined
  switch (codec._tag) {
    case 'IntegerType':
      return `typeof ${v} === "number" && Number.isInteger(${v})${boundChecks(g, v, (codec as unknown as { bounds: Bounds }).bounds)}`
    case 'BoundedNumberType': {
      // `boundedNumber` checks no `multipleOf`, whatever its bounds say.
      const { minimum, maximum } = (codec as unknown as { bounds: Bounds }).bounds
      return `typeof ${v} === "number" && Number.isFinite(${v})${boundChecks(g, v, { minimum, maximum })}`
    }
    case 'BoundedStringType': {
      const { minLength, maxLength } = (codec as unknown as { bounds: { minLength?: number; maxLength?: number } }).bounds
      return (
        `typeof ${v} === "string"` +
        (minLength === undefined ? '' : ` && ${v}.length >= ${num(g, minLength)}`) +
        (maxLength === undefined ? '' : ` && ${v}.length <= ${num(g, maxLength)}`)
      )
    }
    case 'OpenEnumType':
      return `typeof ${v} === "string"`
    default:
      return undefined
  }
}

/**
 * Statements that decode the value in variable `v` with `codec` into variable `out`, or run `fail`
 * (a statement that leaves: `return I;`, or a `break` to the field's slow path). Each case mirrors
 * that combinator's own fast decoder.
 */
/**
 * Where an array decoded directly under a field's wrappers keeps its loop state, so that the
 * field's slow path can go on from the element that failed (see `compileArrayFrom`).
 */
interface ArrayTrack {
  index?: string
  partial?: string
  item?: t.Mixed
}

const emit = (g: Gen, codec: Tagged, v: string, out: string, fail: string, track?: ArrayTrack): string => {
  const check = leafCheck(g, codec, v)
  if (check !== undefined) return check === 'true' ? `${out} = ${v};\n` : `if (!(${check})) ${fail}\n${out} = ${v};\n`
  if (codec[FAST] !== undefined) {
    switch (codec._tag) {
      case 'NullableType':
        return `if (${v} === null) ${out} = null;\nelse {\n${emit(g, (codec as unknown as { type: Tagged }).type, v, out, fail, track)}}\n`
      case 'OptionalType':
        return `if (${v} === undefined) ${out} = undefined;\nelse {\n${emit(g, (codec as unknown as { type: Tagged }).type, v, out, fail, track)}}\n`
      case 'DefaultedType': {
        const d = codec as unknown as { type: Tagged; makeDefault: () => unknown }
        return `if (${v} === undefined) ${out} = ${g.bind(d.makeDefault)}();\nelse {\n${emit(g, d.type, v, out, fail, track)}}\n`
      }
      case 'EmptyAsType': {
        const e = codec as unknown as { type: Tagged; empties: ReadonlyArray<unknown>; replacement: () => unknown }
        return `if (${g.bind(e.empties)}.includes(${v})) ${out} = ${g.bind(e.replacement)}();\nelse {\n${emit(g, e.type, v, out, fail, track)}}\n`
      }
    }
  } else if (codec instanceof t.RefinementType) {
    // `t.refinement`, `t.brand`: the inner codec, then the predicate on its value (as `fast.ts`).
    return `${emit(g, codec.type as Tagged, v, out, fail)}if (!${g.bind(codec.predicate)}(${out})) ${fail}\n`
  } else if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    // The derived array decoder of `fast.ts`, written out as a loop.
    const [n, i, a, e, x] = [g.local('n'), g.local('i'), g.local('a'), g.local('e'), g.local('x')]
    if (track !== undefined) Object.assign(track, { index: i, partial: a, item: codec.type })
    return (
      `if (!Array.isArray(${v})) ${fail}\n${n} = ${v}.length;\n${a} = new Array(${n});\n` +
      `for (${i} = 0; ${i} < ${n}; ${i}++) {\n${e} = ${v}[${i}];\n${emit(g, codec.type as Tagged, e, x, fail)}${a}[${i}] = ${x};\n}\n${out} = ${a};\n`
    )
  }
  // Anything else (a model, a map, GenerationID, a foreign codec): a call to its own fast decoder,
  // monomorphic at this site.
  return `${out} = ${g.bind(fastDecoderOf(codec))}(${v});\nif (${out} === I) ${fail}\n`
}

/**
 * `function name(params) { body }`, its locals declared first; with `onThrow`, the body runs in a
 * `try` and the catch clause (with the exception as `e`) is `onThrow`. The guard is part of each
 * generated function rather than a shared wrapper closure, whose one call site would see every
 * model's decoder and be megamorphic.
 */
const fn = (g: Gen, name: string, params: string, body: string, onThrow?: string): string =>
  `function ${name}(${params}) {\n${g.declarations()}${onThrow === undefined ? body : `try {\n${body}} catch (e) {\n${onThrow}\n}\n`}}`

const build = <F>(g: Gen, source: string): F | undefined => {
  if (!enabled) return undefined
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function(...g.names, `"use strict";\nreturn ${source};`) as (...args: Array<unknown>) => F
    return factory(...g.values)
  } catch {
    // `new Function` is forbidden here (CSP) or failed: the caller keeps its interpreted decoder.
    return undefined
  }
}

/** A JavaScript property access on `u` for a known key: a named load, whatever the key. */
const access = (obj: string, key: string): string => `${obj}[${JSON.stringify(key)}]`

/** What `compileModel` needs of a model's field. */
export interface CompiledField {
  readonly key: string
  readonly codec: t.Mixed
  readonly inputs: ReadonlyArray<string>
  readonly isOptional: boolean
  /** The field's validation once its fast decoder failed (`fullValidatorOf`). */
  readonly validate: t.Validate<unknown, unknown>
}

export interface ModelParts<A> {
  readonly fields: ReadonlyArray<CompiledField>
  readonly unknownKeys: 'drop' | 'keep' | 'reject'
  readonly rules: ReadonlyArray<{ readonly holds: (a: A) => boolean; readonly message: string }>
  /** Under `reject`: whether two inputs of one aliased field are both present. */
  readonly aliasClash: ((u: Record<string, unknown>) => boolean) | undefined
  /** Under `reject`: appends the unknown-key and repeated-alias errors (the rare path, interpreted). */
  readonly rejectErrors: (u: Record<string, unknown>, c: t.Context, errors: Array<t.ValidationError>) => void
  /** The failure for an input that threw while being read (a getter, a hostile Proxy). */
  readonly unreadable: (u: unknown, c: t.Context, e: unknown) => t.Validation<A>
}

export interface CompiledModel<A> {
  /** The fast decoder; `INVALID` also for an input that throws while being read. */
  readonly fast: FastDecoder<A>
  /**
   * The whole validation in one pass: each field decoded inline as `fast` does, and only a field
   * that fails goes to its own full path, with its context. On valid input it costs what `fast`
   * costs; on invalid input no field is decoded twice. An input that throws while being read gives
   * `unreadable`'s failure.
   */
  readonly full: t.Validate<unknown, A>
}

/**
 * Statements reading field `field` of `u` into `v` (the first wire key present) and the expression
 * naming the wire key read (the field's own key when none is present), kept in the local `wk` only
 * when there are several; without `wk`, only the value is read.
 */
const readField = (field: CompiledField, v: string, wk?: string): { readonly code: string; readonly wireKey: string } => {
  const { inputs } = field
  const key = JSON.stringify(field.key)
  if (inputs.length === 1) {
    const code = `${v} = ${access('u', inputs[0])};\n`
    return { code, wireKey: inputs[0] === field.key ? key : `(${v} === undefined ? ${key} : ${JSON.stringify(inputs[0])})` }
  }
  const track = (k: string) => (wk === undefined ? '' : ` ${wk} = ${JSON.stringify(k)};`)
  let code = `${v} = ${access('u', inputs[0])};${track(inputs[0])}\n`
  for (let i = 1; i < inputs.length; i++) code += `if (${v} === undefined) { ${v} = ${access('u', inputs[i])};${track(inputs[i])} }\n`
  if (wk !== undefined) code += `if (${v} === undefined) ${wk} = ${key};\n`
  return { code, wireKey: wk ?? key }
}

/** Statements that put the field results into a new object `out`, in field order. */
const buildOutput = (fields: ReadonlyArray<CompiledField>, results: ReadonlyArray<string>, out: string): string => {
  if (fields.every((f) => !f.isOptional && f.key !== '__proto__'))
    // One allocation with a stable shape.
    return `${out} = {${fields.map((f, i) => `${JSON.stringify(f.key)}: ${results[i]}`).join(', ')}};\n`
  let code = `${out} = {};\n`
  fields.forEach((f, i) => {
    // A plain assignment, as the interpreted decoder does (even for `__proto__`).
    const set = `${access(out, f.key)} = ${results[i]};\n`
    code += f.isOptional ? `if (${results[i]} !== undefined) ${set}` : set
  })
  return code
}

/** The switch cases that skip known wire keys in a loop over `Object.keys`. */
const skipKnown = (fields: ReadonlyArray<CompiledField>, k: string): string => {
  const inputKeys = [...new Set(fields.flatMap((f) => f.inputs))]
  return inputKeys.length === 0 ? '' : `switch (${k}) {\n${inputKeys.map((key) => `case ${JSON.stringify(key)}:`).join('\n')}\ncontinue;\n}\n`
}

/**
 * The fast decoder and the one-pass full path of a model, compiled; `undefined` when code
 * generation is unavailable. Both mirror `model`'s interpreted decoders, step for step.
 */
export const compileModel = <A>(parts: ModelParts<A>): CompiledModel<A> | undefined => {
  if (!enabled) return undefined
  const fast = compileModelFast(parts)
  const full = compileModelFull(parts)
  return fast === undefined || full === undefined ? undefined : { fast, full }
}

const compileModelFast = <A>({ fields, unknownKeys, rules, aliasClash }: ModelParts<A>): FastDecoder<A> | undefined => {
  const g = new Gen()
  let body = 'if (!isPlainObject(u)) return I;\n'
  const v = g.local('v')
  const results = fields.map((field) => {
    const r = g.local('r')
    body += readField(field, v).code + emit(g, field.codec as Tagged, v, r, 'return I;')
    return r
  })
  const out = g.local('out')
  body += buildOutput(fields, results, out)
  if (unknownKeys !== 'drop') {
    const [ks, i, k] = [g.local('ks'), g.local('i'), g.local('k')]
    body +=
      `${ks} = Object.keys(u);\nfor (${i} = 0; ${i} < ${ks}.length; ${i}++) {\n${k} = ${ks}[${i}];\n${skipKnown(fields, k)}` +
      (unknownKeys === 'reject' ? 'return I;\n' : `setOwn(${out}, ${k}, u[${k}]);\n`) +
      '}\n'
    if (unknownKeys === 'reject' && aliasClash !== undefined) body += `if (${g.bind(aliasClash)}(u)) return I;\n`
  }
  for (const rule of rules) body += `if (!${g.bind(rule)}.holds(${out})) return I;\n`
  body += `return ${out};\n`
  return build<FastDecoder<A>>(g, fn(g, 'fast', 'u', body, 'return I;'))
}

const compileModelFull = <A>({ fields, unknownKeys, rules, rejectErrors, unreadable }: ModelParts<A>): t.Validate<unknown, A> | undefined => {
  const g = new Gen()
  const [failure, failures, success, appendContext, pushAll] = [
    g.bind(t.failure),
    g.bind(t.failures),
    g.bind(t.success),
    g.bind(t.appendContext),
    g.bind((xs: Array<unknown>, ys: ReadonlyArray<unknown>) => {
      for (let i = 0; i < ys.length; i++) xs.push(ys[i])
      return xs
    }),
  ]
  const [v, wk, res, errors] = [g.local('v'), g.local('wk'), g.local('res'), g.local('errors')]
  let body = `if (!isPlainObject(u)) return ${failure}(u, c);\n${errors} = undefined;\n`
  const results = fields.map((field, i) => {
    const r = g.local('r')
    const [done, slow] = [`done${i}`, `slow${i}`]
    const read = readField(field, v, wk)
    const track: ArrayTrack = {}
    const inline = emit(g, field.codec as Tagged, v, r, `break ${slow};`, track)
    const context = `${appendContext}(c, ${read.wireKey}, ${g.bind(field.codec)}, ${v})`
    const from = track.index === undefined ? undefined : compileArrayFrom(track.item!)
    body +=
      read.code +
      (from === undefined ? '' : `${track.index} = -1;\n`) +
      `${done}: {\n${slow}: {\n${inline}break ${done};\n}\n` +
      // Only a field that failed its inline decode gets a context and its full path; an array that
      // failed at an element goes on from that element, keeping the elements already decoded.
      (from === undefined
        ? `${res} = ${g.bind(slowPathOf(field.codec))}(${v}, ${context});\n`
        : `${res} = ${track.index} >= 0 ? ${g.bind(from)}(${v}, ${context}, ${track.partial}, ${track.index}) : ${g.bind(slowPathOf(field.codec))}(${v}, ${context});\n`) +
      `if (${res}._tag === "Left") ${errors} = ${pushAll}(${errors} === undefined ? [] : ${errors}, ${res}.left);\nelse ${r} = ${res}.right;\n}\n`
    return r
  })
  const out = g.local('out')
  body += buildOutput(fields, results, out)
  if (unknownKeys === 'keep') {
    const [ks, i, k] = [g.local('ks'), g.local('i'), g.local('k')]
    body += `${ks} = Object.keys(u);\nfor (${i} = 0; ${i} < ${ks}.length; ${i}++) {\n${k} = ${ks}[${i}];\n${skipKnown(fields, k)}setOwn(${out}, ${k}, u[${k}]);\n}\n`
  } else if (unknownKeys === 'reject') {
    body += `if (${errors} === undefined) ${errors} = [];\n${g.bind(rejectErrors)}(u, c, ${errors});\nif (${errors}.length === 0) ${errors} = undefined;\n`
  }
  if (rules.length > 0) {
    body += `if (${errors} === undefined) {\n`
    for (const rule of rules) {
      const bound = g.bind(rule)
      body += `if (!${bound}.holds(${out})) ${errors} = ${pushAll}(${errors} === undefined ? [] : ${errors}, [{ value: u, context: c, message: ${bound}.message }]);\n`
    }
    body += '}\n'
  }
  body += `return ${errors} === undefined ? ${success}(${out}) : ${failures}(${errors});\n`
  return build<t.Validate<unknown, A>>(g, fn(g, 'full', 'u, c', body, `return ${g.bind(unreadable)}(u, c, e);`))
}

/**
 * The fast decoder of a `keyedRecord`, compiled, `INVALID` also for an input that throws while
 * being read; `undefined` when code generation is unavailable.
 */
export const compileKeyedRecord = <A>(domain: t.Mixed, codomain: t.Mixed): FastDecoder<A> | undefined => {
  if (!enabled) return undefined
  const g = new Gen()
  const [ks, n, i, k, key, x, value, out] = ['ks', 'n', 'i', 'k', 'key', 'x', 'value', 'out'].map((p) => g.local(p))
  const body =
    `if (!isPlainObject(u)) return I;\n${out} = {};\n${ks} = Object.keys(u);\n${n} = ${ks}.length;\n` +
    `for (${i} = 0; ${i} < ${n}; ${i}++) {\n${k} = ${ks}[${i}];\n${emit(g, domain as Tagged, k, key, 'return I;')}` +
    `${x} = u[${k}];\n${emit(g, codomain as Tagged, x, value, 'return I;')}` +
    `if (${key} === "__proto__") setOwn(${out}, ${key}, ${value});\nelse ${out}[${key}] = ${value};\n}\nreturn ${out};\n`
  return build<FastDecoder<A>>(g, fn(g, 'fast', 'u', body, 'return I;'))
}

/**
 * The validation to run once a value failed its inline decode. The wrappers' full paths
 * (`defaulted`, `optional`, `nullable`, `emptyAs`) only succeed on the value they replace (absent,
 * `null`, empty), which the inline decode already accepts, and otherwise pass the same context to
 * the wrapped codec's full path: so after an inline failure they are skipped, and the wrapped
 * codec's full path runs directly (no megamorphic wrapper calls on the error path).
 */
const slowPathOf = (codec: t.Mixed): t.Validate<unknown, unknown> => {
  let c = codec as Tagged & { readonly type?: t.Mixed }
  while (c[FAST] !== undefined && (c._tag === 'DefaultedType' || c._tag === 'OptionalType' || c._tag === 'NullableType' || c._tag === 'EmptyAsType'))
    c = c.type as Tagged & { readonly type?: t.Mixed }
  return fullValidatorOf(c)
}

/** The helpers every generated full path binds. */
const fullHelpers = (g: Gen) => ({
  failure: g.bind(t.failure),
  failures: g.bind(t.failures),
  success: g.bind(t.success),
  appendContext: g.bind(t.appendContext),
  pushAll: g.bind(pushAll),
})

/**
 * A `keyedRecord`'s full path, compiled as one pass: each key and value decoded inline, and only
 * one that fails validated with its context. Mirrors `keyedRecord`'s interpreted full path.
 */
export const compileKeyedRecordFull = <A>(parts: {
  readonly domain: t.Mixed
  readonly codomain: t.Mixed
  /** The context entry of a key (it tells a bad key from a bad value in reports). */
  readonly keyEntry: t.Mixed
  readonly validateKey: t.Validate<unknown, unknown>
  readonly unreadable: (u: unknown, c: t.Context, e: unknown) => t.Validation<A>
}): t.Validate<unknown, A> | undefined => {
  if (!enabled) return undefined
  const g = new Gen()
  const h = fullHelpers(g)
  const [ks, n, i, k, x, key, value, res, errors, okKey, okValue, out] = ['ks', 'n', 'i', 'k', 'x', 'key', 'value', 'res', 'errors', 'okKey', 'okValue', 'out'].map(
    (p) => g.local(p),
  )
  const body =
    `if (!isPlainObject(u)) return ${h.failure}(u, c);\n${errors} = undefined;\n${out} = {};\n${ks} = Object.keys(u);\n${n} = ${ks}.length;\n` +
    `for (${i} = 0; ${i} < ${n}; ${i}++) {\n${k} = ${ks}[${i}];\n${x} = u[${k}];\n${okKey} = true;\n${okValue} = true;\n` +
    `doneKey: {\nslowKey: {\n${emit(g, parts.domain as Tagged, k, key, 'break slowKey;')}break doneKey;\n}\n` +
    `${res} = ${g.bind(parts.validateKey)}(${k}, ${h.appendContext}(c, ${k}, ${g.bind(parts.keyEntry)}, ${k}));\n` +
    `if (${res}._tag === "Left") { ${errors} = ${h.pushAll}(${errors} === undefined ? [] : ${errors}, ${res}.left); ${okKey} = false; }\nelse ${key} = ${res}.right;\n}\n` +
    `doneValue: {\nslowValue: {\n${emit(g, parts.codomain as Tagged, x, value, 'break slowValue;')}break doneValue;\n}\n` +
    `${res} = ${g.bind(slowPathOf(parts.codomain))}(${x}, ${h.appendContext}(c, ${k}, ${g.bind(parts.codomain)}, ${x}));\n` +
    `if (${res}._tag === "Left") { ${errors} = ${h.pushAll}(${errors} === undefined ? [] : ${errors}, ${res}.left); ${okValue} = false; }\nelse ${value} = ${res}.right;\n}\n` +
    `if (${okKey} && ${okValue}) {\nif (${key} === "__proto__") setOwn(${out}, ${key}, ${value});\nelse ${out}[${key}] = ${value};\n}\n}\n` +
    `return ${errors} === undefined ? ${h.success}(${out}) : ${h.failures}(${errors});\n`
  return build<t.Validate<unknown, A>>(g, fn(g, 'full', 'u, c', body, `return ${g.bind(parts.unreadable)}(u, c, e);`))
}

const arrayFulls = new WeakMap<t.Mixed, t.Validate<unknown, Array<unknown>>>()

/**
 * The element-first validation of an io-ts array of `item` (see `fullValidatorOf`), compiled: the
 * element decoded inline, and only an element that fails validated with its context.
 */
const compileArrayFull = (item: t.Mixed): t.Validate<unknown, Array<unknown>> | undefined => {
  if (!enabled) return undefined
  const cached = arrayFulls.get(item)
  if (cached !== undefined) return cached
  const g = new Gen()
  const h = fullHelpers(g)
  const [len, as, errors, i, ui, ai, res] = ['len', 'as', 'errors', 'i', 'ui', 'ai', 'res'].map((p) => g.local(p))
  const body =
    `if (!Array.isArray(u)) return ${h.failure}(u, c);\n${len} = u.length;\n${as} = u;\n${errors} = undefined;\n` +
    `for (${i} = 0; ${i} < ${len}; ${i}++) {\n${ui} = u[${i}];\n` +
    `done: {\nslow: {\n${emit(g, item as Tagged, ui, ai, 'break slow;')}break done;\n}\n` +
    `${res} = ${g.bind(slowPathOf(item))}(${ui}, ${h.appendContext}(c, String(${i}), ${g.bind(item)}, ${ui}));\n` +
    `if (${res}._tag === "Left") { ${errors} = ${h.pushAll}(${errors} === undefined ? [] : ${errors}, ${res}.left); continue; }\n${ai} = ${res}.right;\n}\n` +
    // As io-ts: the input array itself when no element changed, else a copy.
    `if (${ai} !== ${ui}) {\nif (${as} === u) ${as} = u.slice();\n${as}[${i}] = ${ai};\n}\n}\n` +
    `return ${errors} === undefined ? ${h.success}(${as}) : ${h.failures}(${errors});\n`
  const full = build<t.Validate<unknown, Array<unknown>>>(g, fn(g, 'full', 'u, c', body))
  if (full !== undefined) arrayFulls.set(item, full)
  return full
}

const arrayFroms = new WeakMap<t.Mixed, (u: Array<unknown>, c: t.Context, a: Array<unknown>, start: number) => t.Validation<Array<unknown>>>()

/**
 * The rest of an array's validation after its inline decode failed at element `start`: elements
 * before it decoded (into `a`), so they have no errors; element `start` goes straight to its full
 * path; the others are decoded inline first. The same errors as the array's full path, without
 * decoding the prefix again. The value is `a` (a copy), as the fast path's.
 */
const compileArrayFrom = (item: t.Mixed): ((u: Array<unknown>, c: t.Context, a: Array<unknown>, start: number) => t.Validation<Array<unknown>>) | undefined => {
  if (!enabled) return undefined
  const cached = arrayFroms.get(item)
  if (cached !== undefined) return cached
  const g = new Gen()
  const h = fullHelpers(g)
  const [len, errors, i, ui, ai, res] = ['len', 'errors', 'i', 'ui', 'ai', 'res'].map((p) => g.local(p))
  const body =
    `${len} = u.length;\n${errors} = undefined;\n` +
    `for (${i} = start; ${i} < ${len}; ${i}++) {\n${ui} = u[${i}];\n` +
    `done: {\nslow: {\nif (${i} === start) break slow;\n${emit(g, item as Tagged, ui, ai, 'break slow;')}a[${i}] = ${ai};\nbreak done;\n}\n` +
    `${res} = ${g.bind(slowPathOf(item))}(${ui}, ${h.appendContext}(c, String(${i}), ${g.bind(item)}, ${ui}));\n` +
    `if (${res}._tag === "Left") ${errors} = ${h.pushAll}(${errors} === undefined ? [] : ${errors}, ${res}.left);\nelse a[${i}] = ${res}.right;\n}\n}\n` +
    `return ${errors} === undefined ? ${h.success}(a) : ${h.failures}(${errors});\n`
  const from = build<(u: Array<unknown>, c: t.Context, a: Array<unknown>, start: number) => t.Validation<Array<unknown>>>(g, fn(g, 'from', 'u, c, a, start', body))
  if (from !== undefined) arrayFroms.set(item, from)
  return from
}

setArrayCompiler(compileArrayFull)
