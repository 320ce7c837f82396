import { isBlankPrompt, splitPrompt } from '../../../src'

describe('splitPrompt', () => {
  it.each([
    ['a cat###blurry###ugly', 'a cat', 'blurry###ugly'],
    ['a###b###c', 'a', 'b###c'],
    ['###neg', '', 'neg'],
    ['a###', 'a', ''],
    ['###', '', ''],
    ['a cat### ugly', 'a cat', ' ugly'],
    ['a ## cat', 'a ## cat', null],
    ['a cat', 'a cat', null],
    ['', '', null],
    ['####x', '', '#x'],
  ])('%p → %p / %p', (input, prompt, negative) => {
    expect(splitPrompt(input)).toEqual({ prompt, negative_prompt: negative })
  })
})

describe('isBlankPrompt (Python str.isspace)', () => {
  it('is true for null, undefined and ""', () => {
    expect(isBlankPrompt(null)).toBe(true)
    expect(isBlankPrompt(undefined)).toBe(true)
    expect(isBlankPrompt('')).toBe(true)
  })

  it('is true for every Python whitespace character, alone and together', () => {
    const ws = [
      0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
      0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    ]
    for (const c of ws) expect(isBlankPrompt(String.fromCodePoint(c))).toBe(true)
    expect(isBlankPrompt(ws.map((c) => String.fromCodePoint(c)).join(''))).toBe(true)
  })

  it('is false for U+FEFF, U+200B, U+180E and any text', () => {
    for (const c of ['\ufeff', '\u200b', '\u180e', '\u0000', 'a', ' a ', '###']) expect(isBlankPrompt(c)).toBe(false)
    expect(isBlankPrompt(' \ufeff ')).toBe(false)
  })

  it('agrees with Python on every BMP code point', () => {
    const python = new Set([
      0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
      0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    ])
    const disagreements: Array<string> = []
    for (let c = 0; c <= 0xffff; c++) if (isBlankPrompt(String.fromCharCode(c)) !== python.has(c)) disagreements.push(`U+${c.toString(16)}`)
    expect(disagreements).toEqual([])
    expect(isBlankPrompt(String.fromCodePoint(0x1f600))).toBe(false)
  })
})
