/**
 * Bases of every generation-parameter model (horde_sdk `generation_parameters/generic/__init__.py`,
 * `generic/consts.py`). Generation-parameter models drop unknown keys, as the reference's plain
 * pydantic config does.
 */
import * as t from 'io-ts'
import { closedEnum } from '../../combinators/closedEnum'
import { defaulted } from '../../combinators/defaulted'
import { emptyAs } from '../../combinators/emptyAs'
import { nullable } from '../../combinators/nullable'

/** `UNDERLYING_GENERATION_SCHEME` (closed). */
export const KnownUnderlyingGenerationScheme = {
  MODEL: 'MODEL',
  MODEL_FROM_SERVICE: 'MODEL_FROM_SERVICE',
  NON_MODEL_ALGORITHM: 'NON_MODEL_ALGORITHM',
} as const
/**
 * Closed codec over `KnownUnderlyingGenerationScheme`.
 *
 * @example
 * import { formatErrors, UnderlyingGenerationScheme } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(UnderlyingGenerationScheme.decode('MODEL'), E.right('MODEL'))
 * const r = UnderlyingGenerationScheme.decode('model')
 * assert.deepStrictEqual(E.isLeft(r) && formatErrors(r.left), ['(root): expected UnderlyingGenerationScheme, got "model"'])
 */
export const UnderlyingGenerationScheme = closedEnum('UnderlyingGenerationScheme', Object.values(KnownUnderlyingGenerationScheme))
export type UnderlyingGenerationScheme = t.TypeOf<typeof UnderlyingGenerationScheme>

/** `KNOWN_AUX_MODEL_SOURCE`. */
export const KnownAuxModelSource = { LOCAL: 'LOCAL', CIVITAI: 'CIVITAI', HORDELING: 'HORDELING' } as const

/**
 * `schema_version`: `"1.0"` when absent, `""` or `null` (the reference's before-validator); any other string is kept.
 *
 * @example
 * import { SchemaVersion } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(SchemaVersion.decode(undefined), E.right('1.0'))
 * assert.deepStrictEqual(SchemaVersion.decode(''), E.right('1.0'))
 * assert.deepStrictEqual(SchemaVersion.decode(null), E.right('1.0'))
 * assert.deepStrictEqual(SchemaVersion.decode('2.0'), E.right('2.0'))
 * assert.ok(E.isLeft(SchemaVersion.decode(2)))
 */
export const SchemaVersion = defaulted(emptyAs(t.string, ['', null], () => '1.0'), () => '1.0', 'SchemaVersion')

/** The two fields every generation-parameter model starts with (`SchemaVersionedBaseModel`, `GenerationParameterBaseModel`). */
export const generationParameterBaseProps = {
  schema_version: SchemaVersion,
  underlying_generation_scheme: defaulted(nullable(UnderlyingGenerationScheme), () => null),
}

/** `GenerationWithModelParameters` overrides: the scheme is `"MODEL"` and not nullable. */
export const generationWithModelSchemeProp = {
  underlying_generation_scheme: defaulted(UnderlyingGenerationScheme, () => 'MODEL' as const),
}
