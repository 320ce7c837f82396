/**
 * The one step that turns source references into bytes. Conversion is pure; downloading is not,
 * so it happens here, as a `TaskEither`, after conversion and only when the worker wants it.
 */
import * as E from 'fp-ts/Either'
import type * as TE from 'fp-ts/TaskEither'
import { describeThrown, isPlainObject } from '../combinators/plainObject'
import { base64ToBytes, isStrictBase64, SourceImage } from './source_image'

/** `T` with every `SourceImage` inside it replaced by its bytes. */
export type WithBytes<T> = T extends SourceImage
  ? Uint8Array
  : T extends Uint8Array
    ? T
    : T extends ReadonlyArray<infer E>
      ? Array<WithBytes<E>>
      : T extends object
        ? { [K in keyof T]: WithBytes<T[K]> }
        : T

/** The part of the Fetch API this step uses, so a test or a runtime can bring its own. */
export type FetchFunction = (
  url: string,
  init: { readonly signal: AbortSignal },
) => Promise<{ readonly ok: boolean; readonly status: number; arrayBuffer(): Promise<ArrayBuffer> }>

export interface ResolveSourceImagesOptions {
  /** Default: the global `fetch`. */
  readonly fetch?: FetchFunction
  /** Further attempts after a failed download (network error, timeout, HTTP 408, 429 or 5xx). Default 2. */
  readonly retries?: number
  /** Time allowed for one attempt, body included, in milliseconds. Default 30 000. */
  readonly timeoutMs?: number
  /** Pause before retry n is n times this, in milliseconds. Default 250. */
  readonly retryDelayMs?: number
  /** Downloads at once. Default 4. */
  readonly concurrency?: number
}

/** Why a source could not become bytes; `path` names where it sits in the parameters. */
export type SourceResolutionError =
  | { readonly _tag: 'SourceDownloadFailed'; readonly path: string; readonly url: string; readonly attempts: number; readonly reason: string }
  | { readonly _tag: 'SourceDecodeFailed'; readonly path: string; readonly reason: string }

/**
 * One line for a resolution error.
 *
 * @example
 * import { formatSourceResolutionError } from 'horde-dispatch'
 *
 * assert.strictEqual(
 *   formatSourceResolutionError({ _tag: 'SourceDownloadFailed', path: 'source_image', url: 'https://example.com/a.png', attempts: 3, reason: 'HTTP 503' }),
 *   'source_image: could not download https://example.com/a.png after 3 attempts (HTTP 503)',
 * )
 * assert.strictEqual(formatSourceResolutionError({ _tag: 'SourceDecodeFailed', path: 'source_mask', reason: 'not strict base64' }), 'source_mask: not strict base64')
 */
export const formatSourceResolutionError = (e: SourceResolutionError): string =>
  e._tag === 'SourceDownloadFailed'
    ? `${e.path}: could not download ${e.url} after ${e.attempts} attempt${e.attempts === 1 ? '' : 's'} (${e.reason})`
    : `${e.path}: ${e.reason}`

interface Found {
  readonly path: string
  readonly source: SourceImage
}

const childPath = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`

const collect = (value: unknown, path: string, into: Array<Found>): void => {
  if (SourceImage.is(value)) into.push({ path, source: value })
  else if (Array.isArray(value)) value.forEach((v, i) => collect(v, childPath(path, i), into))
  else if (isPlainObject(value)) for (const k of Object.keys(value)) collect(value[k], childPath(path, k), into)
}

const rebuild = (value: unknown, bytes: ReadonlyMap<unknown, Uint8Array>): unknown => {
  if (SourceImage.is(value)) return bytes.get(value)
  if (Array.isArray(value)) return value.map((v) => rebuild(v, bytes))
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value)) out[k] = rebuild(value[k], bytes)
    return out
  }
  return value
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const retryable = (status: number) => status === 408 || status === 429 || status >= 500

type Attempt = { readonly _tag: 'ok'; readonly bytes: Uint8Array } | { readonly _tag: 'failed'; readonly reason: string; readonly retry: boolean }

const attemptDownload = async (fetchFn: FetchFunction, url: string, timeoutMs: number): Promise<Attempt> => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetchFn(url, { signal: controller.signal })
    if (!response.ok) return { _tag: 'failed', reason: `HTTP ${response.status}`, retry: retryable(response.status) }
    return { _tag: 'ok', bytes: new Uint8Array(await response.arrayBuffer()) }
  } catch (e) {
    return { _tag: 'failed', reason: controller.signal.aborted ? `timed out after ${timeoutMs} ms` : describeThrown(e), retry: true }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Downloads every URL source in converted parameters (with retries and a timeout per attempt),
 * decodes every base64 source, and gives back the same parameters with bytes in their place.
 * The same URL is downloaded once. The first failure, in document order, is the `Left`, naming the
 * source's path.
 *
 * @example
 * import { resolveSourceImages } from 'horde-dispatch'
 *
 * const params = { source_image: { _tag: 'base64', base64: 'aGVsbG8=' } as const, steps: 30 }
 * resolveSourceImages()(params)().then((r) => {
 *   assert.ok(r._tag === 'Right' && new TextDecoder().decode(r.right.source_image) === 'hello')
 * })
 */
export const resolveSourceImages =
  (options: ResolveSourceImagesOptions = {}) =>
  <T>(params: T): TE.TaskEither<SourceResolutionError, WithBytes<T>> =>
  async () => {
    const fetchFn: FetchFunction = options.fetch ?? ((url, init) => globalThis.fetch(url, init))
    const retries = Math.max(0, Math.floor(options.retries ?? 2))
    const timeoutMs = options.timeoutMs ?? 30_000
    const retryDelayMs = options.retryDelayMs ?? 250
    const concurrency = Math.max(1, options.concurrency ?? 4)

    const found: Array<Found> = []
    collect(params, '', found)

    const bytes = new Map<unknown, Uint8Array>()
    const errors = new Map<Found, SourceResolutionError>()
    const urls = new Map<string, Array<Found>>()
    for (const f of found) {
      if (f.source._tag === 'base64') {
        if (isStrictBase64(f.source.base64)) bytes.set(f.source, base64ToBytes(f.source.base64))
        else errors.set(f, { _tag: 'SourceDecodeFailed', path: f.path || '(root)', reason: 'not strict base64' })
      } else urls.set(f.source.url, [...(urls.get(f.source.url) ?? []), f])
    }

    const download = async (url: string, users: ReadonlyArray<Found>): Promise<void> => {
      let attempts = 0
      for (;;) {
        attempts++
        const r = await attemptDownload(fetchFn, url, timeoutMs)
        if (r._tag === 'ok') {
          for (const f of users) bytes.set(f.source, r.bytes)
          return
        }
        if (!r.retry || attempts > retries) {
          for (const f of users) errors.set(f, { _tag: 'SourceDownloadFailed', path: f.path || '(root)', url, attempts, reason: r.reason })
          return
        }
        await sleep(retryDelayMs * attempts)
      }
    }

    const queue = [...urls.entries()]
    const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await download(next[0], next[1])
    })
    await Promise.all(workers)

    const firstError = found.map((f) => errors.get(f)).find((e) => e !== undefined)
    return firstError !== undefined ? E.left(firstError) : E.right(rebuild(params, bytes) as WithBytes<T>)
  }
