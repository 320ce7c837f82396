/**
 * A small deterministic generator of wire inputs: every single-step mutation of a JSON value
 * (a key removed, renamed or replaced, an element dropped or added, an unknown key added), at
 * every depth. Run over values a codec accepts, it yields near misses on both sides of each rule.
 */
export type Json = null | boolean | number | string | Array<Json> | { [key: string]: Json }

/** Replacement values: one of each JSON type, and the edge values the codecs care about. */
export const REPLACEMENTS: ReadonlyArray<Json> = [
  null,
  '',
  'x',
  ' ',
  'ABANDON',
  '00000000-0000-0000-0000-000000000000',
  'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA',
  '{aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa}',
  'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  'aaaaaaaaaaaa4aaa8aaaaaaaaaaaaaaa',
  0,
  -1,
  1,
  1.5,
  64,
  2 ** 31,
  true,
  false,
  {},
  [],
  ['x'],
]

const clone = (v: Json): Json => JSON.parse(JSON.stringify(v)) as Json

/**
 * Single-step mutations of `value`, deduplicated by their JSON text, at most `limit` of them:
 * shallow positions first (breadth first), so a large value still gets its top-level near misses.
 */
export const mutations = (value: Json, limit = 600): Array<Json> => {
  const out = new Map<string, Json>()
  const self = JSON.stringify(value)
  const add = (v: Json) => {
    const key = JSON.stringify(v)
    if (key !== self && !out.has(key)) out.set(key, v)
  }
  // `rebuild` puts a replacement at a position inside a fresh copy of the root.
  type Position = { readonly v: Json; readonly rebuild: (replacement: Json) => Json; readonly depth: number }
  let level: Array<Position> = [{ v: value, rebuild: (r) => clone(r), depth: 0 }]
  while (level.length > 0 && out.size < limit) {
    const next: Array<Position> = []
    for (const { v, rebuild, depth } of level) {
      if (out.size >= limit) break
      for (const r of REPLACEMENTS) add(rebuild(r))
      if (depth > 6) continue
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          add(rebuild(v.filter((_, j) => j !== i)))
          next.push({ v: v[i], rebuild: (r) => rebuild(v.map((e, j) => (j === i ? r : e))), depth: depth + 1 })
        }
        for (const r of REPLACEMENTS.slice(0, 12)) add(rebuild([...v, r]))
      } else if (v !== null && typeof v === 'object') {
        add(rebuild({ ...v, zz_unknown_key: 1 }))
        for (const k of Object.keys(v)) {
          const { [k]: removed, ...rest } = v
          add(rebuild(rest))
          add(rebuild({ ...rest, [`${k}_x`]: removed }))
          add(rebuild({ ...rest, [k.toUpperCase()]: removed }))
          next.push({ v: removed, rebuild: (r) => rebuild({ ...v, [k]: r }), depth: depth + 1 })
        }
      }
    }
    level = next
  }
  return [...out.values()].slice(0, limit)
}

/** Every value inside `value` (itself included), depth first. */
export const subValues = (value: Json): Array<Json> => {
  const out: Array<Json> = [value]
  if (Array.isArray(value)) for (const e of value) out.push(...subValues(e))
  else if (value !== null && typeof value === 'object') for (const e of Object.values(value)) out.push(...subValues(e))
  return out
}
