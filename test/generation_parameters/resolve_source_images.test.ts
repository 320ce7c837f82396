import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as E from 'fp-ts/Either'
import { AlchemyParameters, formatSourceResolutionError, resolveSourceImages, type SourceImage } from '../../src'

// A real HTTP server on 127.0.0.1: an image, a failing URL, a flaky one, a slow one, a missing one.
let server: Server
let base: string
const hits = new Map<string, number>()

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    const n = (hits.get(path) ?? 0) + 1
    hits.set(path, n)
    if (path.startsWith('/image')) res.end(Buffer.from(`bytes of ${path}`))
    else if (path === '/fail') res.writeHead(500).end('no')
    else if (path === '/flaky') (n === 1 ? res.writeHead(503).end() : res.end(Buffer.from('second time lucky')))
    else if (path === '/slow') setTimeout(() => res.end('too late'), 2_000)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => hits.clear())

const url = (path: string): SourceImage => ({ _tag: 'url', url: `${base}${path}` })
const text = (b: Uint8Array | null | undefined) => (b == null ? b : Buffer.from(b).toString())
const fast = { retryDelayMs: 1, timeoutMs: 300 }

describe('resolveSourceImages', () => {
  it('downloads URL sources and decodes base64 ones, anywhere in the parameters', async () => {
    const params = {
      image: url('/image/1'),
      nested: { list: [{ source: { _tag: 'base64', base64: 'aGVsbG8=' } as SourceImage }, { source: null }] },
      untouched: 30,
    }
    const r = await resolveSourceImages(fast)(params)()
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect(text(r.right.image)).toBe('bytes of /image/1')
      expect(text(r.right.nested.list[0].source)).toBe('hello')
      expect(r.right.nested.list[1].source).toBeNull()
      expect(r.right.untouched).toBe(30)
    }
    expect(params.image).toEqual(url('/image/1'))
  })

  it('resolves converted alchemy parameters, downloading a shared URL once', async () => {
    const made = AlchemyParameters.make({
      captions: [{ result_id: 'a', form: 'caption', source_image: url('/image/shared'), caption_model: 'BACKEND_DEFAULT' }],
      nsfw_detectors: [{ result_id: 'b', form: 'nsfw', source_image: url('/image/shared'), nsfw_detector: 'HORDE_SAFETY' }],
    })
    if (E.isLeft(made)) throw new Error('fixture')
    const r = await resolveSourceImages(fast)(made.right)()
    expect(E.isRight(r) && [text(r.right.captions?.[0].source_image), text(r.right.nsfw_detectors?.[0].source_image)]).toEqual([
      'bytes of /image/shared',
      'bytes of /image/shared',
    ])
    expect(hits.get('/image/shared')).toBe(1)
  })

  it('retries a failing URL a bounded number of times, then names the failed source', async () => {
    const r = await resolveSourceImages({ ...fast, retries: 2 })({ a: url('/image/ok'), b: { source_image: url('/fail') } })()
    expect(r).toEqual(E.left({ _tag: 'SourceDownloadFailed', path: 'b.source_image', url: `${base}/fail`, attempts: 3, reason: 'HTTP 500' }))
    expect(hits.get('/fail')).toBe(3)
    if (E.isLeft(r)) expect(formatSourceResolutionError(r.left)).toBe(`b.source_image: could not download ${base}/fail after 3 attempts (HTTP 500)`)
  })

  it('recovers when a retry succeeds', async () => {
    const r = await resolveSourceImages(fast)({ s: url('/flaky') })()
    expect(E.isRight(r) && text(r.right.s)).toBe('second time lucky')
    expect(hits.get('/flaky')).toBe(2)
  })

  it('does not retry a missing resource', async () => {
    const r = await resolveSourceImages(fast)({ s: url('/missing') })()
    expect(r).toEqual(E.left(expect.objectContaining({ _tag: 'SourceDownloadFailed', attempts: 1, reason: 'HTTP 404' })))
  })

  it('gives up on a slow URL after the timeout of each attempt', async () => {
    const started = Date.now()
    const r = await resolveSourceImages({ retries: 1, timeoutMs: 100, retryDelayMs: 1 })({ list: [url('/slow')] })()
    expect(r).toEqual(E.left({ _tag: 'SourceDownloadFailed', path: 'list[0]', url: `${base}/slow`, attempts: 2, reason: 'timed out after 100 ms' }))
    expect(Date.now() - started).toBeLessThan(1_900)
  })

  it('reports base64 that is not strict', async () => {
    const r = await resolveSourceImages(fast)({ mask: { _tag: 'base64', base64: 'aGVsbG8' } as SourceImage })()
    expect(r).toEqual(E.left({ _tag: 'SourceDecodeFailed', path: 'mask', reason: 'not strict base64' }))
  })

  it('uses the fetch function it is given', async () => {
    const seen: Array<string> = []
    const fetch = async (u: string) => {
      seen.push(u)
      return { ok: true, status: 200, arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer }
    }
    const r = await resolveSourceImages({ fetch })({ s: { _tag: 'url', url: 'https://example.invalid/x.png' } as SourceImage })()
    expect(E.isRight(r) && Array.from(r.right.s)).toEqual([1, 2, 3])
    expect(seen).toEqual(['https://example.invalid/x.png'])
  })
})
