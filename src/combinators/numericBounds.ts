/** Inclusive bounds of a numeric codec, kept on the codec for other interpreters. @internal */
export interface NumericBounds {
  readonly minimum?: number
  readonly maximum?: number
  readonly multipleOf?: number
}

/** `integer`, `integer >= 0`, `number in [0, 1]`, `integer in [64, 3072], multiple of 64`. @internal */
export const describeBounds = (base: string, { minimum, maximum, multipleOf }: NumericBounds): string => {
  const range =
    minimum !== undefined && maximum !== undefined
      ? ` in [${minimum}, ${maximum}]`
      : minimum !== undefined
        ? ` >= ${minimum}`
        : maximum !== undefined
          ? ` <= ${maximum}`
          : ''
  return multipleOf === undefined ? `${base}${range}` : `${base}${range}, multiple of ${multipleOf}`
}
