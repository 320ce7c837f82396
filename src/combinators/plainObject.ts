/**
 * Plain-data helpers shared by the object combinators. @internal
 */

/**
 * A plain object: what `JSON.parse` makes (or `Object.create(null)`). Arrays, `Date`, `Map`, class
 * instances and typed arrays are not.
 */
export const isPlainObject = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null
}

/**
 * Sets an own, enumerable data property, even for the key `__proto__` (which a plain assignment
 * would turn into a prototype change).
 */
export const setOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })
  else target[key] = value
}

/** A short description of something thrown, that cannot itself throw. */
export const describeThrown = (e: unknown): string => {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  } catch {
    return 'an unprintable exception'
  }
}

/**
 * Appends every element of `more` to `target`. Not `target.push(...more)`: spreading passes each
 * element as an argument, and a field with some 125 000 errors (a pop of that many bad IDs) then
 * overflows the stack.
 */
export const pushAll = <T>(target: Array<T>, more: ReadonlyArray<T>): Array<T> => {
  for (let i = 0; i < more.length; i++) target.push(more[i])
  return target
}
