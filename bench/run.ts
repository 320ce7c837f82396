/**
 * `npm run bench`: every decoder on the same inputs in one process.
 *
 * 1. Agreement: every decoder must return the same decoded value as ours on each valid input and a
 *    failure on each invalid one; the run stops otherwise (a fast wrong decoder proves nothing).
 * 2. Warm-up, then a batch size per (input, decoder) that takes about `BATCH_MS`.
 * 3. `ROUNDS` rounds; in each, every input and every decoder (in a rotated order, so no decoder
 *    always runs first or after the same neighbour) is timed over one batch with `hrtime.bigint`.
 *    The figure is the median of the rounds, in ns per decode.
 *
 * Prints the table and the ratios and writes them to `bench/results.md`. Never part of `npm test`.
 */
import { deepStrictEqual } from 'node:assert'
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { alchemyPopContenders, dispatchContenders, imagePopContenders, textPopContenders, type Contender } from './contenders'
import {
  agreementJson,
  alchemyPopJson,
  dispatchJson,
  imagePopJson,
  invalidAlchemyPopJson,
  invalidDispatchJson,
  invalidImagePopJson,
  invalidTextPopJson,
  rejectJson,
  textPopJson,
} from './payloads'

// Many short rounds rather than a few long ones: other processes load this machine in bursts, and
// a ratio within a round only cancels load that both of its batches saw.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31)
const BATCH_MS = Number(process.env.BENCH_BATCH_MS ?? 8)
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 300)

interface Case {
  readonly id: string
  readonly label: string
  readonly input: unknown
  readonly valid: boolean
  /** IDs in the input, for the per-ID figures. */
  readonly ids: number
}

interface Suite {
  readonly title: string
  readonly contenders: ReadonlyArray<Contender>
  /**
   * Not decoders: what the runtime alone costs on the scaling inputs (timed in the same rounds,
   * on the inputs with 1 000 IDs or more), to tell what limits the per-ID figures.
   */
  readonly probes?: ReadonlyArray<{ readonly name: string; readonly run: (u: unknown) => unknown }>
  readonly cases: ReadonlyArray<Case>
  readonly agree: ReadonlyArray<unknown>
  readonly reject: ReadonlyArray<unknown>
}

const gc = (globalThis as { gc?: () => void }).gc

/**
 * One timing loop per decoder, each its own function, so no call site inside a loop sees more than
 * one decoder (a shared loop would make every call megamorphic and blur the fast ones).
 */
type Loop = (decode: (u: unknown) => unknown, input: unknown, n: number) => unknown
const makeLoop = (): Loop =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('decode', 'input', 'n', 'let r; for (let i = 0; i < n; i++) r = decode(input); return r') as Loop

let sink = 0
const timeBatch = (loop: Loop, c: Contender, input: unknown, n: number): number => {
  const t0 = process.hrtime.bigint()
  const r = loop(c.decode, input, n)
  const t1 = process.hrtime.bigint()
  if (r !== undefined) sink++
  return Number(t1 - t0) / n
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

const check = (suite: Suite): void => {
  const ours = suite.contenders.find((c) => c.role === 'ours')
  if (ours === undefined) throw new Error('no decoder of ours')
  const valid = [...suite.cases.filter((k) => k.valid).map((k) => k.input), ...suite.agree]
  const invalid = [...suite.cases.filter((k) => !k.valid).map((k) => k.input), ...suite.reject]
  for (const u of valid) {
    const expected = ours.outcome(ours.decode(u))
    if (!expected.ok) throw new Error(`${suite.title}: ours rejects a valid input: ${JSON.stringify(u).slice(0, 200)}`)
    if (ours.fastAccepts !== undefined && !ours.fastAccepts(u))
      throw new Error(`${suite.title}: our fast path rejects a valid input: ${JSON.stringify(u).slice(0, 200)}`)
    for (const c of suite.contenders) {
      const got = c.outcome(c.decode(u))
      if (!got.ok) throw new Error(`${suite.title}: ${c.name} rejects a valid input: ${JSON.stringify(u).slice(0, 200)}`)
      deepStrictEqual(got.value, expected.value, `${suite.title}: ${c.name} decodes differently`)
    }
  }
  for (const u of invalid)
    for (const c of suite.contenders)
      if (c.outcome(c.decode(u)).ok) throw new Error(`${suite.title}: ${c.name} accepts an invalid input: ${JSON.stringify(u).slice(0, 200)}`)
}

/** Per case id, per contender: ns per decode in each round, in round order. */
type Samples = Map<string, Map<string, Array<number>>>

const asContender = (p: { name: string; run: (u: unknown) => unknown }): Contender => ({
  name: p.name,
  role: 'peer',
  decode: p.run,
  outcome: () => ({ ok: false }),
})

const measure = (suite: Suite): Samples => {
  const probes = (suite.probes ?? []).map(asContender)
  const timedOn = (k: Case): ReadonlyArray<Contender> => (k.ids >= 1000 ? [...suite.contenders, ...probes] : suite.contenders)
  const loops = new Map([...suite.contenders, ...probes].map((c) => [c.name, makeLoop()]))
  const sizes = new Map<string, number>()
  // Warm-up (each decoder on each input for WARMUP_MS), which also sizes the batches.
  for (const k of suite.cases)
    for (const c of timedOn(k)) {
      const loop = loops.get(c.name)!
      let n = 1
      let spent = 0
      let perOp = Infinity
      const deadline = Number(process.hrtime.bigint()) + WARMUP_MS * 1e6
      while (Number(process.hrtime.bigint()) < deadline) {
        perOp = timeBatch(loop, c, k.input, n)
        spent += perOp * n
        if (perOp * n < 5e6) n *= 2
      }
      void spent
      sizes.set(`${k.id}/${c.name}`, Math.max(1, Math.round((BATCH_MS * 1e6) / perOp)))
    }
  const samples = new Map<string, Array<number>>()
  for (let round = 0; round < ROUNDS; round++) {
    gc?.()
    for (const k of suite.cases) {
      const cs = timedOn(k)
      const n = cs.length
      for (let j = 0; j < n; j++) {
        const c = cs[(j + round) % n]
        const key = `${k.id}/${c.name}`
        const ns = timeBatch(loops.get(c.name)!, c, k.input, sizes.get(key)!)
        const list = samples.get(key) ?? []
        list.push(ns)
        samples.set(key, list)
      }
    }
  }
  const out: Samples = new Map()
  for (const k of suite.cases) out.set(k.id, new Map(timedOn(k).map((c) => [c.name, samples.get(`${k.id}/${c.name}`)!])))
  return out
}

const fmt = (ns: number): string => (ns >= 100 ? ns.toFixed(0) : ns >= 10 ? ns.toFixed(1) : ns.toFixed(2))
const ratio = (x: number): string => `${x.toFixed(2)}×`

interface Target {
  readonly what: string
  readonly value: number
  readonly limit: number
  /** `max`: value must be at most limit; `below`: value must be below limit. */
  readonly kind: 'max' | 'below'
}

/**
 * Figures are medians over rounds; a ratio is the median over rounds of the ratio within each
 * round, so that load from other processes, which shifts whole rounds, cancels out.
 */
const report = (suite: Suite, f: Samples): { markdown: string; targets: Array<Target> } => {
  const runs = (caseId: string, name: string) => f.get(caseId)!.get(name)!
  const get = (caseId: string, name: string) => median(runs(caseId, name))
  const ratioOf = (caseA: string, a: string, caseB: string, b: string, scale = 1) => {
    const xs = runs(caseA, a)
    const ys = runs(caseB, b)
    return median(xs.map((x, r) => (x / ys[r]) * scale))
  }
  const byRole = (role: Contender['role']) => suite.contenders.filter((c) => c.role === role)
  const ours = byRole('ours')[0].name
  const hand = byRole('hand')[0].name
  const iots = byRole('iots')[0]?.name
  const peers = byRole('peer').map((c) => c.name)
  const scaled = suite.cases.filter((k) => k.ids >= 1000)
  const lines: Array<string> = []
  const header = ['decoder', ...suite.cases.map((k) => k.label), ...(scaled.length === 2 ? ['per ID, 10k / 1k'] : [])]
  lines.push(`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`)
  for (const c of suite.contenders) {
    const cells = suite.cases.map((k) => fmt(k.ids >= 1000 ? get(k.id, c.name) / k.ids : get(k.id, c.name)))
    if (scaled.length === 2) cells.push(ratio(ratioOf(scaled[1].id, c.name, scaled[0].id, c.name, scaled[0].ids / scaled[1].ids)))
    lines.push(`| ${c.role === 'ours' ? `**${c.name}**` : c.name} | ${cells.join(' | ')} |`)
  }
  if (scaled.length === 2)
    for (const p of suite.probes ?? []) {
      const [a, b] = scaled
      const per = (k: Case) => get(k.id, p.name) / k.ids
      lines.push(
        '',
        `Runtime alone, ${p.name}: ${fmt(per(a))} ns per ID at ${a.ids}, ${fmt(per(b))} at ${b.ids} (${ratio(ratioOf(b.id, p.name, a.id, p.name, a.ids / b.ids))}).`,
      )
    }
  lines.push('')
  const rh = ['ratio', ...suite.cases.map((k) => k.label)]
  lines.push(`| ${rh.join(' | ')} |`, `|${rh.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`)
  const fastestPeer = (caseId: string) => peers.reduce((best, p) => (get(caseId, p) < get(caseId, best) ? p : best), peers[0])
  const row = (label: string, other: (caseId: string) => string | undefined) =>
    lines.push(
      `| ${label} | ${suite.cases
        .map((k) => {
          const o = other(k.id)
          return o === undefined ? '—' : ratio(ratioOf(k.id, ours, k.id, o))
        })
        .join(' | ')} |`,
    )
  row('ours / hand-written', () => hand)
  if (peers.length > 0) row('ours / fastest peer', fastestPeer)
  if (peers.length > 0) lines.push(`| fastest peer | ${suite.cases.map((k) => fastestPeer(k.id)).join(' | ')} |`)
  if (iots !== undefined) row('ours / plain io-ts', () => iots)

  const targets: Array<Target> = []
  for (const k of suite.cases) {
    const r = ratioOf(k.id, ours, k.id, hand)
    targets.push({ what: `${suite.title}, ${k.label}: ours / hand-written`, value: r, limit: k.valid ? 1.5 : 3, kind: 'max' })
    if (k.valid && k.ids < 1000 && peers.length > 0)
      targets.push({ what: `${suite.title}, ${k.label}: ours / fastest peer (${fastestPeer(k.id)})`, value: ratioOf(k.id, ours, k.id, fastestPeer(k.id)), limit: 1, kind: 'below' })
  }
  if (scaled.length === 2) {
    const value = ratioOf(scaled[1].id, ours, scaled[0].id, ours, scaled[0].ids / scaled[1].ids)
    targets.push({ what: `${suite.title}: ours per ID, 10k / 1k`, value, limit: 1.3, kind: 'max' })
  }
  return { markdown: lines.join('\n'), targets }
}

const parse = (j: string): unknown => JSON.parse(j)

const dispatchSuite: Suite = {
  title: 'AIHordeR2DispatchParameters',
  contenders: dispatchContenders,
  cases: [
    { id: 'valid', label: 'valid, ns', input: parse(dispatchJson(4)), valid: true, ids: 4 },
    { id: 'invalid', label: 'invalid (3 errors), ns', input: parse(invalidDispatchJson()), valid: false, ids: 4 },
    { id: 'ids1k', label: '1 000 IDs, ns per ID', input: parse(dispatchJson(1000)), valid: true, ids: 1000 },
    { id: 'ids10k', label: '10 000 IDs, ns per ID', input: parse(dispatchJson(10000)), valid: true, ids: 10000 },
  ],
  agree: agreementJson.map(parse),
  reject: rejectJson.map(parse),
  probes: [
    {
      // Every decoder must enumerate the upload map; for a map this large V8 holds it in dictionary
      // mode, where enumeration sorts the keys by insertion order.
      name: '`Object.keys` of the upload map',
      run: (u) => Object.keys((u as { r2_upload_url_map: object }).r2_upload_url_map),
    },
  ],
}

const popSuite = (title: string, contenders: ReadonlyArray<Contender>, valid: string, invalid: string): Suite => ({
  title,
  contenders,
  cases: [
    { id: 'valid', label: 'valid, ns', input: parse(valid), valid: true, ids: 0 },
    { id: 'invalid', label: 'invalid (3 errors), ns', input: parse(invalid), valid: false, ids: 0 },
  ],
  agree: [],
  reject: [],
})

const main = (): void => {
  const suites: Array<Suite> = [
    dispatchSuite,
    popSuite('ImageGenerateJobPopResponse', imagePopContenders, imagePopJson(), invalidImagePopJson()),
    popSuite('TextGenerateJobPopResponse', textPopContenders, textPopJson(), invalidTextPopJson()),
    popSuite('AlchemyJobPopResponse', alchemyPopContenders, alchemyPopJson(), invalidAlchemyPopJson()),
  ]
  // BENCH_ONLY=Image (a part of a suite title) runs only the matching suites, for quick looks.
  const only = process.env.BENCH_ONLY
  if (only !== undefined) suites.splice(0, suites.length, ...suites.filter((x) => x.title.includes(only)))
  const started = Date.now()
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${gc === undefined ? 'no forced gc' : 'a full gc'} between rounds`
  const out: Array<string> = [
    `Median of ${ROUNDS} interleaved rounds after warm-up, batches of about ${BATCH_MS} ms; ns per decode (ns per ID for the scaling rows; each ID is in the list and is an upload-map key). Lower is better. Each ratio is the median of the ratios within a round.`,
    '',
    `Machine: ${machine}.`,
  ]
  const allTargets: Array<Target> = []
  for (const suite of suites) {
    check(suite)
    console.error(`${suite.title}: every decoder agrees on ${suite.cases.length + suite.agree.length + suite.reject.length} inputs; timing...`)
    const { markdown, targets } = report(suite, measure(suite))
    out.push('', `### ${suite.title}`, '', markdown)
    allTargets.push(...targets)
  }
  out.push('', '### Targets', '', '| target | value | limit | holds |', '|---|---:|---:|:---:|')
  for (const t of allTargets) {
    const holds = t.kind === 'max' ? t.value <= t.limit : t.value < t.limit
    out.push(`| ${t.what} | ${ratio(t.value)} | ${t.kind === 'max' ? '≤' : '<'} ${ratio(t.limit)} | ${holds ? 'yes' : '**no**'} |`)
  }
  const text = out.join('\n')
  console.log(text)
  writeFileSync(join(__dirname, 'results.md'), `${text}\n`)
  console.error(`(${((Date.now() - started) / 1000).toFixed(0)} s; sink ${sink})`)
}

main()
