import * as hd from '../src'

describe('strict', () => {
  it('has a strict variant of every exported model, under the same name, rejecting unknown keys', () => {
    const models = Object.entries(hd).filter(([, v]) => (v as { readonly _tag?: string } | null)?._tag === 'ModelType')
    expect(models.length).toBeGreaterThan(40)
    for (const [name] of models) {
      const variant = (hd.strict as unknown as Record<string, { readonly name: string; readonly unknownKeys: string } | undefined>)[name]
      expect(variant?.name).toBe(name)
      expect(variant?.unknownKeys).toBe('reject')
    }
  })
})
