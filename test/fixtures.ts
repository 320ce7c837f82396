import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The shared fixtures folder: `shared/` lies beside the repository, on developer machines and in CI. */
export const fixturesDir = resolve(__dirname, '..', '..', 'shared', 'fixtures', 'horde-sdk')

/** A fixture parsed from JSON, as `unknown`, the way a worker receives it. */
export const loadFixture = (name: string): unknown => JSON.parse(readFileSync(resolve(fixturesDir, name), 'utf8'))
