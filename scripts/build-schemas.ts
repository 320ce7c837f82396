/**
 * Writes the JSON Schema of every model to `schemas/`: `schemas/<Name>.json` for each export of
 * `src/index.ts` with `_tag === 'ModelType'`, and `schemas/strict/<Name>.json` for each of the
 * strict variants under `strict` (unknown keys rejected at every level). Stale files are removed.
 *
 * Run with `npm run build:schemas` (tsx): `tsx scripts/build-schemas.ts [outDir]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as hd from '../src'
import { isModel, toJsonSchema } from '../src'

/** The `$id` of a schema file: a URN, so it names the schema without claiming a host that serves it. */
const idOf = (rel: string): string => `urn:horde-dispatch:schema:${rel.replace(/\.json$/, '').replace(/\//g, ':')}`

export interface WrittenSchema {
  readonly file: string
  readonly model: string
  readonly bytes: number
}

const modelsOf = (o: object): Array<[string, hd.AnyModel]> => Object.entries(o).filter((e): e is [string, hd.AnyModel] => isModel(e[1]))

/** Writes every schema under `outDir` (emptied first) and returns what it wrote. */
export const writeSchemas = (outDir: string): ReadonlyArray<WrittenSchema> => {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(join(outDir, 'strict'), { recursive: true })
  const written: Array<WrittenSchema> = []
  const write = (rel: string, model: string, codec: hd.AnyModel) => {
    const text = `${JSON.stringify(toJsonSchema(codec, { id: idOf(rel) }), null, 2)}\n`
    writeFileSync(join(outDir, rel), text)
    written.push({ file: rel, model, bytes: Buffer.byteLength(text) })
  }
  for (const [name, codec] of modelsOf(hd)) write(`${name}.json`, name, codec)
  for (const [name, codec] of modelsOf(hd.strict)) write(`strict/${name}.json`, `strict.${name}`, codec)
  return written
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '..', 'schemas'))
  const written = writeSchemas(outDir)
  const total = written.reduce((n, w) => n + w.bytes, 0)
  console.log(`build:schemas: ${written.length} schemas (${(total / 1024).toFixed(1)} KiB) in ${outDir}`)
}
