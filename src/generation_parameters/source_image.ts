/**
 * Source images in generation parameters: a tagged value, a URL to download or inline base64,
 * decided by the form of the wire string. **Decision**: a URL is never decoded as base64 (the
 * reference base64-decodes the server's alchemy URLs into garbage bytes), and base64 is checked
 * strictly. Bytes come later, from `resolveSourceImages`.
 */
import * as t from 'io-ts'
import * as E from 'fp-ts/Either'
import { model } from '../combinators/model'
import { taggedUnion } from '../combinators/taggedUnion'

/**
 * A source image to download: `{_tag: 'url', url}`.
 *
 * @example
 * import { UrlSourceImage } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(UrlSourceImage.decode({ _tag: 'url', url: 'https://example.com/a.png' }), E.right({ _tag: 'url', url: 'https://example.com/a.png' }))
 * assert.ok(!UrlSourceImage.is({ _tag: 'base64', base64: 'aGk=' }))
 */
export const UrlSourceImage = model('UrlSourceImage', { _tag: t.literal('url'), url: t.string })
export type UrlSourceImage = t.TypeOf<typeof UrlSourceImage>
/**
 * An inline source image: `{_tag: 'base64', base64}`.
 *
 * @example
 * import { Base64SourceImage } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(Base64SourceImage.decode({ _tag: 'base64', base64: 'aGk=' }), E.right({ _tag: 'base64', base64: 'aGk=' }))
 * assert.deepStrictEqual(Base64SourceImage.encode({ _tag: 'base64', base64: 'aGk=' }), { _tag: 'base64', base64: 'aGk=' })
 */
export const Base64SourceImage = model('Base64SourceImage', { _tag: t.literal('base64'), base64: t.string })
export type Base64SourceImage = t.TypeOf<typeof Base64SourceImage>

/**
 * A source image (or mask, or extra image): `{_tag: 'url', url}` or `{_tag: 'base64', base64}`.
 *
 * @example
 * import { formatErrors, SourceImage } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(SourceImage.decode({ _tag: 'url', url: 'https://example.com/a.png' }), E.right({ _tag: 'url', url: 'https://example.com/a.png' }))
 * const r = SourceImage.decode({ _tag: 'file', path: 'a.png' })
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['(root): unknown _tag "file" (expected one of "url", "base64")'])
 */
export const SourceImage = taggedUnion('_tag', [UrlSourceImage, Base64SourceImage], 'SourceImage')
export type SourceImage = t.TypeOf<typeof SourceImage>

// Leading C0 controls and spaces are ignored, and tab/CR/LF removed, as URL parsers do.
const cleanUrl = (s: string): string => s.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '')

/**
 * An absolute http(s) URL (scheme in any case), as the reference's download step recognises one.
 *
 * @example
 * import { isHttpUrl } from 'horde-dispatch'
 *
 * assert.ok(isHttpUrl('HTTPS://example.com/a.png'))
 * assert.ok(!isHttpUrl('ftp://example.com/a.png'))
 * assert.ok(!isHttpUrl('https://'))
 */
export const isHttpUrl = (s: string): boolean => {
  const cleaned = cleanUrl(s)
  return /^https?:/i.test(cleaned) && URL.canParse(cleaned)
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$|^(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)$/

/**
 * Strict, padded, standard-alphabet base64 of at least one byte: no whitespace, no URL-safe letters, no data-URI prefix.
 *
 * @example
 * import { isStrictBase64 } from 'horde-dispatch'
 *
 * assert.ok(isStrictBase64('aGVsbG8='))
 * assert.ok(!isStrictBase64('aGVsbG8')) // unpadded
 * assert.ok(!isStrictBase64('aGVs bG8=')) // whitespace
 * assert.ok(!isStrictBase64(''))
 */
export const isStrictBase64 = (s: string): boolean => BASE64.test(s)

/** Why a wire string is not a usable source. */
export type UnusableSource = 'empty' | 'not_url_or_base64'

/**
 * Classifies a wire source string: a URL, strict base64, or unusable. `""` is unusable (there is
 * no image in it), as is anything that is neither a URL nor strict base64.
 *
 * @example
 * import { classifySourceImage } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(classifySourceImage('https://i.imgur.com/51t36oI.jpeg'), E.right({ _tag: 'url', url: 'https://i.imgur.com/51t36oI.jpeg' }))
 * assert.deepStrictEqual(classifySourceImage('aGVsbG8='), E.right({ _tag: 'base64', base64: 'aGVsbG8=' }))
 * assert.deepStrictEqual(classifySourceImage('notvalidbase64'), E.left('not_url_or_base64'))
 */
export const classifySourceImage = (s: string): E.Either<UnusableSource, SourceImage> =>
  s === ''
    ? E.left('empty')
    : isHttpUrl(s)
      ? E.right({ _tag: 'url', url: cleanUrl(s) })
      : isStrictBase64(s)
        ? E.right({ _tag: 'base64', base64: s })
        : E.left('not_url_or_base64')

/**
 * The bytes of strict base64 (checked by `classifySourceImage`). Works in Node and browsers.
 *
 * @example
 * import { base64ToBytes } from 'horde-dispatch'
 *
 * assert.deepStrictEqual(base64ToBytes('aGk='), new Uint8Array([104, 105]))
 */
export const base64ToBytes = (base64: string): Uint8Array => {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
