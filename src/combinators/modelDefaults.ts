import type * as t from 'io-ts'
import type { ModelA, ModelType } from './model'

type AllDefaulted = { readonly [key: string]: t.Mixed & { readonly _tag: 'DefaultedType' | 'OptionalType' } }

/**
 * The value a model whose every field is `defaulted` (or `optional`) decodes `{}` to: each default,
 * fresh. Used as the default of such a model where it is itself a field (a pop's `skipped` object
 * when the pop sent none), so the defaults are stated once, in the model.
 *
 * @example
 * import { model, defaulted, modelDefaults, integer, nullable } from 'horde-dispatch'
 *
 * const Counts = model('Counts', { models: defaulted(nullable(integer()), () => null), lora: defaulted(integer(), () => 0) })
 * assert.deepStrictEqual(modelDefaults(Counts), { models: null, lora: 0 })
 */
export const modelDefaults = <P extends AllDefaulted>(m: ModelType<P>): ModelA<P> => {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(m.props)) {
    const d = field as unknown as { readonly _tag: string; readonly makeDefault?: () => unknown }
    if (d._tag === 'DefaultedType' && d.makeDefault !== undefined) out[key] = d.makeDefault()
  }
  return out as ModelA<P>
}
