import * as E from 'fp-ts/Either'
import { base64ToBytes, classifySourceImage, isHttpUrl, isStrictBase64, SourceImage } from '../../src'

describe('classifySourceImage', () => {
  it.each([
    'https://i.imgur.com/51t36oI.jpeg',
    'http://a.b/c.png',
    'HTTPS://A.B/C.PNG',
    'https://r2.example/upload?X-Amz-Signature=abc%3D&x=1',
  ])('keeps the URL %s as a URL, never as base64', (s) => {
    expect(classifySourceImage(s)).toEqual(E.right({ _tag: 'url', url: s }))
  })

  it('ignores leading spaces and control characters in a URL, as URL parsers do', () => {
    expect(classifySourceImage('  https://a.b/c\n.png')).toEqual(E.right({ _tag: 'url', url: 'https://a.b/c.png' }))
  })

  it.each(['aGVsbG8=', 'QQ==', 'YWJj', 'iVBORw0KGgo='])('takes the strict base64 %s as base64', (s) => {
    expect(classifySourceImage(s)).toEqual(E.right({ _tag: 'base64', base64: s }))
  })

  it('treats the empty string as no image', () => expect(classifySourceImage('')).toEqual(E.left('empty')))

  it.each([
    'notvalidbase64',
    'aGVsbG8',
    'YQ=',
    'a',
    ' aGVs\nbG8= ',
    'aGVsbG8===',
    '-_-_',
    'data:image/png;base64,aGVsbG8=',
    'ftp://a.b/c.png',
    'café',
    'https://',
  ])('rejects %p (the reference would decode some of these into bytes)', (s) => {
    expect(classifySourceImage(s)).toEqual(E.left('not_url_or_base64'))
  })

  it('is consistent with its helpers', () => {
    expect(isHttpUrl('https://a.b')).toBe(true)
    expect(isStrictBase64('https://a.b')).toBe(false)
    expect(Buffer.from(base64ToBytes('aGVsbG8=')).toString()).toBe('hello')
  })

  it('has a codec for the tagged value, so converted parameters travel as JSON', () => {
    expect(SourceImage.decode({ _tag: 'url', url: 'https://a.b' })).toEqual(E.right({ _tag: 'url', url: 'https://a.b' }))
    expect(E.isLeft(SourceImage.decode({ _tag: 'bytes', url: 'x' }))).toBe(true)
  })
})
