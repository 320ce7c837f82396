/**
 * Every model of the library, found the way the schema writer finds them: each export of
 * `src/index.ts` with `_tag === 'ModelType'`, plus the strict variants under `strict`.
 */
import * as hd from '../../src'
import type * as t from 'io-ts'
import { isModel, type AnyModel } from '../../src'

export interface NamedModel {
  readonly name: string
  readonly codec: t.Mixed & Pick<AnyModel, 'unknownKeys'>
  readonly strict: boolean
}

export const exportedModels = (): ReadonlyArray<NamedModel> => {
  const out: Array<NamedModel> = []
  for (const [name, value] of Object.entries(hd)) if (isModel(value)) out.push({ name, codec: value, strict: false })
  for (const [name, value] of Object.entries(hd.strict as Record<string, unknown>)) if (isModel(value)) out.push({ name, codec: value, strict: true })
  return out
}
