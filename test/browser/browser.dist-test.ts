/**
 * The ESM build in a real browser: headless Chromium (Debian's `chromium`, installed by `.ci/run`)
 * loads `dist/index.mjs` from a page served on 127.0.0.1, with an import map sending the peers
 * (io-ts, fp-ts, io-ts-types...) to their own ES module builds in node_modules. The test decodes
 * through the page and reads the results back with `page.evaluate`.
 *
 * Needs `npm run build` first (it is part of `npm run test:dist`). Skips, saying why, only when no
 * Chromium binary is installed.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { fixturesDir, loadFixture } from '../fixtures'

type Package = typeof import('../../src')
declare global {
  interface Window {
    hd?: Package
    hdError?: string
  }
}

const repoRoot = resolve(__dirname, '..', '..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveChromium = existsSync(CHROMIUM)
if (!haveChromium) {
  console.warn(`SKIPPED: the browser test needs Chromium at ${CHROMIUM} (apt-get install -y chromium, as .ci/run does; or set CHROMIUM_PATH).`)
}

/** Peers and their ES module builds. Longer prefixes win in an import map, so `fp-ts/lib/` beats `fp-ts/`. */
const ESM_BUILDS: ReadonlyArray<readonly [string, string]> = [
  ['fp-ts', 'es6'],
  ['io-ts', 'es6'],
  ['io-ts-types', 'es6'],
  ['monocle-ts', 'es6'],
  ['newtype-ts', 'es6'],
]

const importMap = () => {
  const imports: Record<string, string> = {}
  for (const [name, dir] of ESM_BUILDS) {
    const base = `/node_modules/${name}/${dir}/`
    imports[name] = `${base}index.js`
    imports[`${name}/`] = base
    imports[`${name}/lib/`] = base
    imports[`${name}/${dir}/`] = base
  }
  return { imports }
}

const page = () => `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>horde-dispatch in the browser</title>
<script type="importmap">${JSON.stringify(importMap())}</script>
<script type="module">
  import('/dist/index.mjs').then((m) => { window.hd = m }, (e) => { window.hdError = String(e && e.stack || e) })
</script>
</head><body></body></html>`

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json' }

/** Serves the test page, `dist/` and `node_modules/` (ESM builds import without `.js`: it is added). */
const serve = (): Promise<Server> => {
  const roots: Record<string, string> = { dist: join(repoRoot, 'dist'), node_modules: realpathSync(join(repoRoot, 'node_modules')) }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(page())
      return
    }
    const [, top, ...rest] = url.pathname.split('/')
    const root = roots[top]
    const file = root === undefined ? undefined : normalize(join(root, ...rest.map(decodeURIComponent)))
    const found = file === undefined || !file.startsWith(root + sep) ? undefined : [file, `${file}.js`, join(file, 'index.js')].find((f) => existsSync(f) && statSync(f).isFile())
    if (found === undefined) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' }).end(readFileSync(found))
  })
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)))
}

const U1 = '6F2D5A1C-8E4B-4C1A-9D3E-2B7F0A1C5E9D'

/** Decodes with a model of the package, in the page: the decoded value, or the formatted errors. */
const decodeInPage = (p: Page, model: string, input: unknown) =>
  p.evaluate(
    ([name, u]) => {
      const hd = window.hd as Package
      const codec = (hd as unknown as Record<string, { decode: Package['AIHordeDispatchParameters']['decode'] }>)[name]
      const r = codec.decode(u)
      return r._tag === 'Right' ? { ok: true as const, value: r.right as unknown } : { ok: false as const, errors: hd.formatErrors(r.left) }
    },
    [model, input] as const,
  )

const describeIfChromium = haveChromium ? describe : describe.skip

describeIfChromium('the ESM build in headless Chromium', () => {
  let server: Server
  let browser: Browser
  let p: Page
  const problems: Array<string> = []

  beforeAll(async () => {
    if (!existsSync(join(repoRoot, 'dist', 'index.mjs'))) throw new Error('dist/index.mjs is missing: run `npm run build` first')
    server = await serve()
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    p = await browser.newPage()
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })
    await p.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    await p.waitForFunction(() => window.hd !== undefined || window.hdError !== undefined, undefined, { timeout: 20000 })
    const error = await p.evaluate(() => window.hdError)
    if (error !== undefined) throw new Error(`dist/index.mjs did not load in the browser: ${error}\n${problems.join('\n')}`)
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((ok) => (server === undefined ? ok(undefined) : server.close(ok)))
  })

  it('loads the bundle as a module, with no error on the page', async () => {
    const names = await p.evaluate(() => Object.keys(window.hd as Package))
    expect(names).toEqual(expect.arrayContaining(['AIHordeDispatchParameters', 'formatErrors', 'toJsonSchema']))
    expect(await p.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome|Chrome/)
    expect(problems).toEqual([])
  })

  it('decodes a valid dispatch payload', async () => {
    const r = await decodeInPage(p, 'AIHordeR2DispatchParameters', {
      generation_ids: [U1],
      ttl: 150,
      no_valid_request_found_reasons: { models: 3 },
      r2_upload_url_map: { [U1]: 'https://r2.example/upload/1' },
    })
    expect(r).toEqual({
      ok: true,
      value: {
        generation_ids: [U1.toLowerCase()],
        dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY',
        ttl: 150,
        inference_backend: null,
        requested_backend_constraints: 'ANY',
        no_valid_request_found_reasons: { models: 3 },
        source_image_fallback_choice: 'ABANDON',
        r2_upload_url_map: { [U1.toLowerCase()]: 'https://r2.example/upload/1' },
      },
    })
  })

  it('reports every error of an invalid dispatch payload, with its path', async () => {
    const r = await decodeInPage(p, 'AIHordeR2DispatchParameters', {
      generation_ids: ['not-a-uuid'],
      ttl: '30',
      no_valid_request_found_reasons: { models: -1 },
      r2_upload_url_map: { abc: 'https://r2.example/upload/1' },
    })
    expect(r).toEqual({
      ok: false,
      errors: [
        'generation_ids[0]: expected GenerationID, got "not-a-uuid"',
        'ttl: expected integer | null, got "30"',
        'no_valid_request_found_reasons.models: expected integer >= 0 | null, got -1',
        'r2_upload_url_map["abc"]: invalid key, expected GenerationID',
      ],
    })
  })

  it('gives the same answers as Node for every pop model, on the shared fixtures and on a broken pop', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const node = require(join(repoRoot, 'dist', 'index.cjs')) as Record<string, unknown>
    type Decoder = { decode: (u: unknown) => { _tag: string; right?: unknown; left?: unknown } }
    const formatErrors = node.formatErrors as (e: unknown) => Array<string>
    const inNode = (codec: Decoder, u: unknown) => {
      const r = codec.decode(u)
      // Through JSON, as page.evaluate hands values back.
      return r._tag === 'Right' ? { ok: true, value: JSON.parse(JSON.stringify(r.right)) as unknown } : { ok: false, errors: formatErrors(r.left) }
    }
    const pops = Object.keys(node).filter((name) => /PopResponse$/.test(name) && (node[name] as { _tag?: string })._tag === 'ModelType')
    const fixtures = readdirSync(fixturesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => loadFixture(f) as Record<string, unknown>)
    for (const name of pops) {
      const codec = node[name] as Decoder
      for (const u of fixtures) expect([name, JSON.parse(JSON.stringify(await decodeInPage(p, name, u)))]).toEqual([name, inNode(codec, u)])
      // A broken pop: a fixture this model accepts, with the first top-level field that must not be a number set to one.
      const accepted = fixtures.find((u) => codec.decode(u)._tag === 'Right')
      const broken = accepted === undefined ? undefined : Object.keys(accepted).map((k) => ({ ...accepted, [k]: 12345 })).find((u) => codec.decode(u)._tag === 'Left')
      expect([name, broken !== undefined]).toEqual([name, true])
      const got = await decodeInPage(p, name, broken)
      expect([name, got]).toEqual([name, inNode(codec, broken)])
      expect(got.ok).toBe(false)
    }
    if (pops.length === 0) console.log('browser: no *PopResponse model exported yet; the dispatch payloads stand in for pops')
    else console.log(`browser: pops checked against Node: ${pops.join(', ')}`)
  })
})
