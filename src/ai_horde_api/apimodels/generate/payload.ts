/**
 * Entries of an image pop's `payload` (horde_sdk `ai_horde_api/apimodels/base.py`): LoRAs, textual
 * inversions and workflow texts. Unknown keys are kept, as the reference's API models do
 * (`extra="allow"`), and go out again on encode.
 *
 * Bounds: where the reference and the live server disagree, a value either accepts is accepted
 * (image-pop.md §6). For these entries they agree, or the server is the looser one.
 */
import * as t from 'io-ts'
import { NonEmptyString } from 'io-ts-types/lib/NonEmptyString'
import { boundedString } from '../../../combinators/boundedString'
import { closedEnum } from '../../../combinators/closedEnum'
import { defaulted } from '../../../combinators/defaulted'
import { model } from '../../../combinators/model'
import { nullable } from '../../../combinators/nullable'
import { boundedNumber } from '../../../combinators/number'

/** A LoRA or TI strength: −5 to 5. Reference −5…5, live server −5…5, old swagger 0…5: −5…5 accepts all of them. */
const auxStrength = () => defaulted(boundedNumber({ minimum: -5, maximum: 5 }), () => 1)

/**
 * `LorasPayloadEntry` (API `ModelPayloadLorasStable`): one LoRA to apply.
 *
 * - `name`: 1 to 255 characters; a name or CivitAI model ID, or a CivitAI version ID when `is_version`.
 * - `model`, `clip`: strengths, −5 to 5, default 1 (reference and server agree; the old swagger's
 *   0…5 is narrower, so negative strengths are accepted).
 * - `inject_trigger`: `null`, or 1 to 30 characters (`"any"` means "the first trigger" on the server).
 * - `is_version`: default `false`.
 *
 * @example
 * import { LorasPayloadEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(
 *   LorasPayloadEntry.decode({ name: 'Magnagothica', clip: -1 }),
 *   E.right({ name: 'Magnagothica', model: 1, clip: -1, inject_trigger: null, is_version: false }),
 * )
 * assert.ok(E.isLeft(LorasPayloadEntry.decode({ name: 'x', inject_trigger: '' })))
 */
export const LorasPayloadEntry = model(
  'LorasPayloadEntry',
  {
    name: boundedString({ minLength: 1, maxLength: 255 }),
    model: auxStrength(),
    clip: auxStrength(),
    inject_trigger: defaulted(nullable(boundedString({ minLength: 1, maxLength: 30 })), () => null),
    is_version: defaulted(t.boolean, () => false),
  },
  { unknownKeys: 'keep' },
)
export type LorasPayloadEntry = t.TypeOf<typeof LorasPayloadEntry>

/**
 * Where a textual inversion's trigger goes: closed (any other string fails, as in the reference, R9).
 *
 * @example
 * import { TIInjectTarget } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(TIInjectTarget.decode('negprompt'), E.right('negprompt'))
 * assert.ok(E.isLeft(TIInjectTarget.decode('positive')))
 */
export const TIInjectTarget = closedEnum('TIInjectTarget', ['prompt', 'negprompt'])
export type TIInjectTarget = t.TypeOf<typeof TIInjectTarget>

/**
 * `TIPayloadEntry` (API `ModelPayloadTextualInversionsStable`): one textual inversion.
 *
 * - `name`: 1 to 255 characters (a name or CivitAI ID; numbers fail).
 * - `inject_ti`: `null`, `"prompt"` or `"negprompt"`; any other string is an error (reference R9;
 *   the server's enum is the same).
 * - `strength`: −5 to 5, default 1 (`0` is accepted; the reference only logs it).
 *
 * @example
 * import { TIPayloadEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(TIPayloadEntry.decode({ name: '7808' }), E.right({ name: '7808', inject_ti: null, strength: 1 }))
 * assert.ok(E.isLeft(TIPayloadEntry.decode({ name: '7808', inject_ti: 'positive' })))
 */
export const TIPayloadEntry = model(
  'TIPayloadEntry',
  {
    name: boundedString({ minLength: 1, maxLength: 255 }),
    inject_ti: defaulted(nullable(TIInjectTarget), () => null),
    strength: auxStrength(),
  },
  { unknownKeys: 'keep' },
)
export type TIPayloadEntry = t.TypeOf<typeof TIPayloadEntry>

/**
 * `ExtraTextEntry` (API `ExtraText`): a text for a custom workflow. `text` has at least one
 * character; `reference` (where the text goes, such as `qr_text`) at least three. Both required.
 *
 * @example
 * import { ExtraTextEntry } from 'horde-dispatch'
 * import * as E from 'fp-ts/Either'
 *
 * assert.deepStrictEqual(
 *   ExtraTextEntry.decode({ text: 'https://aihorde.net', reference: 'qr_text' }),
 *   E.right({ text: 'https://aihorde.net', reference: 'qr_text' }),
 * )
 * assert.ok(E.isLeft(ExtraTextEntry.decode({ text: '', reference: 'qr_text' })))
 * assert.ok(E.isLeft(ExtraTextEntry.decode({ text: 'a', reference: 'qr' })))
 */
export const ExtraTextEntry = model(
  'ExtraTextEntry',
  {
    text: NonEmptyString,
    reference: boundedString({ minLength: 3 }),
  },
  { unknownKeys: 'keep' },
)
export type ExtraTextEntry = t.TypeOf<typeof ExtraTextEntry>
