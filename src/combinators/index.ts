/** Generic io-ts combinators: they know nothing of the AI Horde. */
export { boundedNumber, type BoundedNumberType } from './number'
export { boundedString, type BoundedStringType, type StringLengthBounds } from './boundedString'
export { closedEnum } from './closedEnum'
export { defaulted, type DefaultedType } from './defaulted'
export { modelDefaults } from './modelDefaults'
export { emptyAs, type EmptyAsType } from './emptyAs'
export { extend } from './extend'
export { formatErrors, formatPath, previewValue } from './formatErrors'
export { integer, type IntegerType } from './integer'
export { keyedRecord, type KeyedRecordType } from './keyedRecord'
export {
  model,
  type AnyModel,
  type ModelA,
  type InputOf,
  type ModelInput,
  type ModelO,
  type ModelOptions,
  type ModelRule,
  type ModelType,
  type Props,
  type UnknownKeys,
} from './model'
export type { NumericBounds } from './numericBounds'
export { nullable, type NullableType } from './nullable'
export { openEnum, type Open, type OpenEnumType } from './openEnum'
export { optional, type OptionalType } from './optional'
export { toStrict } from './strict'
export { taggedUnion, type TaggedUnionType } from './taggedUnion'
