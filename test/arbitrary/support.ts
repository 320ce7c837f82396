/**
 * Shared by the law and hostile-input tests: the list of models, the run settings, and a walk over
 * a codec and a wire input that says, independently of the decoder, what decoding must keep, which
 * keys are unknown, and where each field sits (with its path as `formatErrors` writes it).
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import { isDeepStrictEqual } from 'node:util'
import * as lib from '../../src'
import type { AnyModel, DefaultedType, EmptyAsType, KeyedRecordType, NullableType, OptionalType } from '../../src'

// ---------------------------------------------------------------------------------------------
// Models: every exported `model`, found by its tag, so models added later are covered too.

export interface NamedModel {
  readonly name: string
  readonly codec: AnyModel
}

export const models: ReadonlyArray<NamedModel> = Object.entries(lib)
  .filter(([, v]) => (v as { _tag?: unknown } | null)?._tag === 'ModelType')
  .map(([name, v]) => ({ name, codec: v as AnyModel }))
  .sort((a, b) => a.name.localeCompare(b.name))

/** The same models, plus their strict variants (`toStrict`). */
export const modelsAndStrict: ReadonlyArray<NamedModel> = models.flatMap((m) => [m, { name: `strict ${m.name}`, codec: lib.toStrict(m.codec) }])

// ---------------------------------------------------------------------------------------------
// Runs: 1000 per property in CI, fewer locally; `FC_SEED=<n>` replays a failure.

export const numRuns = process.env.CI ? 1000 : Number(process.env.FC_RUNS ?? 200)

/** fast-check's `assert`, with the run count above. Its failure message names the seed and path. */
export const check = <T>(property: fc.IProperty<T>, params: fc.Parameters<T> = {}): void => {
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
  fc.assert(property, { numRuns, ...(seed === undefined ? {} : { seed }), ...params })
}

/**
 * Deep equality by `util.isDeepStrictEqual` (prototypes and own keys): jest's `toStrictEqual`
 * compares `a.constructor`, which is wrong for data with an own `constructor` key.
 */
export const expectSame = (actual: unknown, expected: unknown): void => {
  if (!isDeepStrictEqual(actual, expected)) {
    expect(actual).toEqual(expected) // for jest's diff
    throw new Error(`not deep-strict-equal (prototypes, own keys or -0 differ):\n${String(JSON.stringify(actual))}\n${String(JSON.stringify(expected))}`)
  }
}

// ---------------------------------------------------------------------------------------------
// The walk.

type Tagged = t.Mixed & { readonly _tag?: string }
const tagOf = (c: t.Mixed): string | undefined => (c as Tagged)._tag

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)
const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)
const inputsOf = (m: AnyModel, key: string): ReadonlyArray<string> => m.aliases[key] ?? [key]
const inputKeysOf = (m: AnyModel): Set<string> => new Set(Object.keys(m.props).flatMap((k) => inputsOf(m, k)))
const winnerOf = (m: AnyModel, key: string, wire: Record<string, unknown>): string | undefined =>
  inputsOf(m, key).find((k) => wire[k] !== undefined)

/** The canonical form of a GenerationID, computed here without the library. */
export const canonicalID = (s: string): string => {
  const hex = s.replace(/^urn:uuid:/, '').replace(/^\{(.*)\}$/, '$1').replace(/-/g, '').toLowerCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** One step of a path, with how `formatErrors` writes it. */
export type Step = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'index'; readonly index: number } | { readonly kind: 'entry'; readonly key: string }

/** `generation_ids[1]`, `r2_upload_url_map["abc"]`, `a.b`, `["post-processing"]`; `(root)` for none. */
export const formatSteps = (steps: ReadonlyArray<Step>): string => {
  let out = ''
  for (const s of steps) {
    if (s.kind === 'index') out += `[${s.index}]`
    else if (s.kind === 'entry' || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s.key)) out += `[${JSON.stringify(s.key)}]`
    else out += out === '' ? s.key : `.${s.key}`
  }
  return out === '' ? '(root)' : out
}

/** Peels the combinators that wrap one codec and pass a present, non-empty input on unchanged. */
const peel = (codec: t.Mixed, wire: unknown, enterUnions = true): t.Mixed => {
  switch (tagOf(codec)) {
    case 'DefaultedType':
      return peel((codec as DefaultedType<t.Mixed>).type, wire, enterUnions)
    case 'OptionalType':
      return peel((codec as OptionalType<t.Mixed>).type, wire, enterUnions)
    case 'NullableType':
      return wire === null ? codec : peel((codec as NullableType<t.Mixed>).type, wire, enterUnions)
    case 'EmptyAsType': {
      const e = codec as EmptyAsType<t.Mixed>
      return e.empties.includes(wire) ? codec : peel(e.type, wire, enterUnions)
    }
    case 'UnionType': {
      const branch = enterUnions ? (codec as t.UnionType<Array<t.Mixed>>).types.find((b) => b.decode(wire)._tag === 'Right') : undefined
      return branch === undefined ? codec : peel(branch, wire, enterUnions)
    }
    default:
      return codec
  }
}

/**
 * What `encode(decode(wire))` must hold, checked against `encoded`: every field given on the wire
 * (under any of its keys) comes back under its own key with the same value (GenerationIDs in
 * canonical form, `emptyAs` empties as the replacement); every unknown key of a `keep` model comes
 * back as an own data property with the same value; no unknown key of a `drop` model comes back.
 * Returns the differences, each with its path; none when all is kept.
 */
export const keptDifferences = (codec: t.Mixed, wire: unknown, encoded: unknown, steps: ReadonlyArray<Step> = []): Array<string> => {
  const at = formatSteps(steps)
  const c = peel(codec, wire)
  switch (tagOf(c)) {
    case 'NullableType':
      return encoded === null ? [] : [`${at}: null became ${JSON.stringify(encoded)}`]
    case 'EmptyAsType': {
      const e = c as EmptyAsType<t.Mixed>
      const expected = e.type.encode(e.replacement())
      return isDeepStrictEqual(encoded, expected) ? [] : [`${at}: empty input did not become ${JSON.stringify(expected)}`]
    }
    case 'GenerationIDType':
      return encoded === canonicalID(wire as string) ? [] : [`${at}: ID ${JSON.stringify(wire)} became ${JSON.stringify(encoded)}`]
    case 'ModelType': {
      const m = c as unknown as AnyModel
      if (!isObject(wire) || !isObject(encoded)) return [`${at}: not an object`]
      const out: Array<string> = []
      for (const key of Object.keys(m.props)) {
        const w = winnerOf(m, key, wire)
        if (w === undefined) continue
        if (!hasOwn(encoded, key)) out.push(`${formatSteps([...steps, { kind: 'key', key }])}: field lost`)
        else out.push(...keptDifferences(m.props[key], wire[w], encoded[key], [...steps, { kind: 'key', key: w }]))
      }
      const known = inputKeysOf(m)
      for (const k of Object.keys(wire)) {
        if (known.has(k)) continue
        const path = formatSteps([...steps, { kind: 'key', key: k }])
        const d = Object.getOwnPropertyDescriptor(encoded, k)
        if (m.unknownKeys === 'keep') {
          if (d === undefined || !('value' in d)) out.push(`${path}: kept unknown key lost`)
          else if (!isDeepStrictEqual(d.value, wire[k])) out.push(`${path}: kept unknown key changed`)
        } else if (d !== undefined) out.push(`${path}: dropped unknown key came back`)
      }
      return out
    }
    case 'KeyedRecordType': {
      const r = c as KeyedRecordType<t.Type<string, string, unknown>, t.Mixed>
      if (!isObject(wire) || !isObject(encoded)) return [`${at}: not an object`]
      const out: Array<string> = []
      for (const k of Object.keys(wire)) {
        const ck = tagOf(r.domain) === 'GenerationIDType' ? canonicalID(k) : k
        if (!hasOwn(encoded, ck)) out.push(`${formatSteps([...steps, { kind: 'entry', key: k }])}: entry lost`)
        else out.push(...keptDifferences(r.codomain, wire[k], encoded[ck], [...steps, { kind: 'entry', key: k }]))
      }
      return out
    }
    case 'ArrayType':
    case 'ReadonlyArrayType': {
      if (!Array.isArray(wire) || !Array.isArray(encoded)) return [`${at}: not an array`]
      if (wire.length !== encoded.length) return [`${at}: length ${wire.length} became ${encoded.length}`]
      const elem = (c as t.ArrayType<t.Mixed>).type
      return wire.flatMap((w, i) => keptDifferences(elem, w, encoded[i], [...steps, { kind: 'index', index: i }]))
    }
    default:
      return isDeepStrictEqual(encoded, wire) ? [] : [`${at}: ${JSON.stringify(wire)} became ${JSON.stringify(encoded)}`]
  }
}

/** An unknown key on the wire (or a losing alias key), with the path `formatErrors` gives it. */
export interface UnknownKeyAt {
  readonly path: string
  readonly key: string
}

/** Every key that a strict codec must reject: unknown to its model, or a second alias of one field. */
export const unknownKeys = (codec: t.Mixed, wire: unknown, steps: ReadonlyArray<Step> = []): Array<UnknownKeyAt> => {
  const c = peel(codec, wire)
  switch (tagOf(c)) {
    case 'ModelType': {
      const m = c as unknown as AnyModel
      if (!isObject(wire)) return []
      const known = inputKeysOf(m)
      const out: Array<UnknownKeyAt> = []
      for (const k of Object.keys(wire)) if (!known.has(k)) out.push({ path: formatSteps([...steps, { kind: 'key', key: k }]), key: k })
      for (const key of Object.keys(m.props)) {
        const present = inputsOf(m, key).filter((k) => wire[k] !== undefined)
        for (const loser of present.slice(1)) out.push({ path: formatSteps([...steps, { kind: 'key', key: loser }]), key: loser })
        if (present.length > 0) out.push(...unknownKeys(m.props[key], wire[present[0]], [...steps, { kind: 'key', key: present[0] }]))
      }
      return out
    }
    case 'KeyedRecordType': {
      const r = c as KeyedRecordType<t.Type<string, string, unknown>, t.Mixed>
      if (!isObject(wire)) return []
      return Object.keys(wire).flatMap((k) => unknownKeys(r.codomain, wire[k], [...steps, { kind: 'entry', key: k }]))
    }
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return Array.isArray(wire) ? wire.flatMap((w, i) => unknownKeys((c as t.ArrayType<t.Mixed>).type, w, [...steps, { kind: 'index', index: i }])) : []
    default:
      return []
  }
}

/** The key paths of every model input (object) inside a wire input, the root included if it is one. */
export const modelInputs = (codec: t.Mixed, wire: unknown, keys: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> => {
  const c = peel(codec, wire)
  switch (tagOf(c)) {
    case 'ModelType': {
      const m = c as unknown as AnyModel
      if (!isObject(wire)) return []
      return [
        keys,
        ...Object.keys(m.props).flatMap((key) => {
          const w = winnerOf(m, key, wire)
          return w === undefined ? [] : modelInputs(m.props[key], wire[w], [...keys, w])
        }),
      ]
    }
    case 'KeyedRecordType': {
      const r = c as KeyedRecordType<t.Type<string, string, unknown>, t.Mixed>
      return isObject(wire) ? Object.keys(wire).flatMap((k) => modelInputs(r.codomain, wire[k], [...keys, k])) : []
    }
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return Array.isArray(wire) ? wire.flatMap((w, i) => modelInputs((c as t.ArrayType<t.Mixed>).type, w, [...keys, i])) : []
    default:
      return []
  }
}

/** A place in a wire input that holds one field, element or map entry. */
export interface Position {
  /** Keys from the root to the place (the last one is the key of the place in its parent). */
  readonly keys: ReadonlyArray<string | number>
  /** The path `formatErrors` names for an error at the place. */
  readonly path: string
  /** The codec of the place, as declared (`defaulted`, `optional` and all). */
  readonly codec: t.Mixed
  /** A model field (which may be dropped), an array element, or a map entry. */
  readonly kind: 'field' | 'element' | 'entry'
  /** For a field: its own key (the path of a missing field names it, not the alias it came under). */
  readonly pathIfDropped?: string
}

/** Every field, element and map entry of a valid wire input, depth first. Unions are not entered. */
export const positions = (
  codec: t.Mixed,
  wire: unknown,
  steps: ReadonlyArray<Step> = [],
  keys: ReadonlyArray<string | number> = [],
): Array<Position> => {
  const c = peel(codec, wire, false)
  switch (tagOf(c)) {
    case 'ModelType': {
      const m = c as unknown as AnyModel
      if (!isObject(wire)) return []
      return Object.keys(m.props).flatMap((key) => {
        const w = winnerOf(m, key, wire)
        if (w === undefined) return []
        const here = [...steps, { kind: 'key', key: w } as const]
        const p: Position = {
          keys: [...keys, w],
          path: formatSteps(here),
          codec: m.props[key],
          kind: 'field',
          pathIfDropped: formatSteps([...steps, { kind: 'key', key }]),
        }
        return [p, ...positions(m.props[key], wire[w], here, [...keys, w])]
      })
    }
    case 'KeyedRecordType': {
      const r = c as KeyedRecordType<t.Type<string, string, unknown>, t.Mixed>
      if (!isObject(wire)) return []
      return Object.keys(wire).flatMap((k) => {
        const here = [...steps, { kind: 'entry', key: k } as const]
        return [{ keys: [...keys, k], path: formatSteps(here), codec: r.codomain, kind: 'entry' as const }, ...positions(r.codomain, wire[k], here, [...keys, k])]
      })
    }
    case 'ArrayType':
    case 'ReadonlyArrayType': {
      if (!Array.isArray(wire)) return []
      const elem = (c as t.ArrayType<t.Mixed>).type
      return wire.flatMap((w, i) => {
        const here = [...steps, { kind: 'index', index: i } as const]
        return [{ keys: [...keys, i], path: formatSteps(here), codec: elem, kind: 'element' as const }, ...positions(elem, w, here, [...keys, i])]
      })
    }
    default:
      return []
  }
}

/**
 * A deep copy of JSON data: own `__proto__` keys stay own keys, `-0` stays `-0`. (Not
 * `structuredClone`: under jest it makes objects of another realm, with another `Object.prototype`.)
 */
export const cloneDeep = <T>(u: T): T => {
  if (Array.isArray(u)) return u.map(cloneDeep) as T
  if (typeof u !== 'object' || u === null) return u
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(u)) Object.defineProperty(out, k, { value: cloneDeep((u as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true })
  return out as T
}

/** The parent object of a position in `root`, and the key of the position in it. */
export const parentOf = (root: unknown, keys: ReadonlyArray<string | number>): [Record<string | number, unknown>, string | number] => {
  let node = root as Record<string | number, unknown>
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string | number, unknown>
  return [node, keys[keys.length - 1]]
}

/** `formatErrors` lines that are at `path` or inside it. */
export const linesAt = (lines: ReadonlyArray<string>, path: string): Array<string> =>
  lines.filter((l) => (path === '(root)' ? true : l.startsWith(`${path}:`) || l.startsWith(`${path}.`) || l.startsWith(`${path}[`)))
