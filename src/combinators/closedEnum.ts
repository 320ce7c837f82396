import * as t from 'io-ts'

/**
 * A closed set of strings (the reference's plain enums, such as `POST_PROCESSOR_ORDER_TYPE`):
 * anything else fails. Built on io-ts' `keyof`, so every io-ts tool understands it.
 *
 * @example
 * import { closedEnum } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * const Inject = closedEnum('TIInject', ['prompt', 'negprompt'])
 * assert.deepStrictEqual(Inject.decode('prompt'), E.right('prompt'))
 * assert.ok(E.isLeft(Inject.decode('positive')))
 */
export const closedEnum = <const V extends string>(name: string, values: ReadonlyArray<V>): t.KeyofC<{ [K in V]: null }> =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as { [K in V]: null }, name)
