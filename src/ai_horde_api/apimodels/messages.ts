/**
 * `PopResponseModelMessage` (horde_sdk `ai_horde_api/apimodels/generate/pop.py`, fields from
 * `workers/messages.py`): a message from the horde's moderators, sent with image and text pops.
 */
import * as t from 'io-ts'
import { defaulted } from '../../combinators/defaulted'
import { model } from '../../combinators/model'
import { nullable } from '../../combinators/nullable'

const nullableString = () => defaulted(nullable(t.string), () => null)

/**
 * A moderators' message: `message` is required, every other field is `null` when absent.
 *
 * @example
 * import { PopResponseModelMessage } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * // Absent fields are `null`; unknown keys are kept.
 * assert.deepStrictEqual(
 *   PopResponseModelMessage.decode({ id: 'm1', message: 'Please update your worker', extra: 1 }),
 *   E.right({ id: 'm1', message: 'Please update your worker', origin: null, expiry: null, worker_id: null, extra: 1 }),
 * )
 * assert.ok(E.isLeft(PopResponseModelMessage.decode({ id: 'm1' })))
 */
export const PopResponseModelMessage = model(
  'PopResponseModelMessage',
  {
    /** Any string: message IDs are not UUID-checked. */
    id: nullableString(),
    message: t.string,
    origin: nullableString(),
    /** Kept verbatim, never parsed: the server sends an RFC 822 date, the SDK example ISO 8601. */
    expiry: nullableString(),
    /** SDK-only; the server does not send it. */
    worker_id: nullableString(),
  },
  { unknownKeys: 'keep' },
)
export type PopResponseModelMessage = t.TypeOf<typeof PopResponseModelMessage>
