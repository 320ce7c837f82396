/**
 * Every `@example` of the doc comments under `src/` type-checks (one TypeScript program for all of
 * them) and runs (each compiled to CommonJS and run in this process), against the sources: the
 * examples TypeDoc publishes (`npm run docs`) are the examples tested here.
 */
import { join } from 'node:path'
import * as nodeAssert from 'node:assert'
import ts from 'typescript'
import * as t from 'io-ts'
import * as hd from '../../src'
import { allExamples, asModule, countExampleTags, exportedDeclarations, repoRoot, type Example } from './extract'

const examples = allExamples()

/** A virtual file per example, beside the sources so that relative paths would resolve as there. */
const virtualPath = (i: number) => join(repoRoot, 'test', 'examples', '__virtual__', `example${i}.ts`)

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
  baseUrl: repoRoot,
  paths: { 'horde-dispatch': ['src/index.ts'], 'horde-dispatch/*': ['src/*/index.ts'] },
}

/** The package as the examples import it: the sources (and `horde-dispatch/<sub>` as `src/<sub>`). */
const requireForExample = (id: string): unknown => {
  if (id === 'horde-dispatch') return hd
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (id.startsWith('horde-dispatch/')) return require(join(repoRoot, 'src', id.slice('horde-dispatch/'.length)))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(id)
}

type Runner = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown, assert: typeof nodeAssert) => Promise<void>
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: Array<string>) => Runner

const run = async (example: Example): Promise<void> => {
  const js = ts.transpileModule(asModule(example.code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: `${example.id}.ts`,
  }).outputText
  const module = { exports: {} }
  await new AsyncFunction('require', 'module', 'exports', 'assert', js)(requireForExample, module, module.exports, nodeAssert)
}

describe('@example blocks', () => {
  it('finds every @example tag of src/', () => {
    expect(examples.length).toBe(countExampleTags())
    expect(examples.length).toBeGreaterThan(10)
  })

  it('type-check, all in one program', () => {
    const files = new Map(examples.map((e, i) => [virtualPath(i), asModule(e.code)]))
    const host = ts.createCompilerHost(compilerOptions)
    const { getSourceFile, fileExists, readFile } = host
    host.fileExists = (f) => files.has(f) || fileExists.call(host, f)
    host.readFile = (f) => files.get(f) ?? readFile.call(host, f)
    host.getSourceFile = (f, v, onError) => {
      const text = files.get(f)
      return text !== undefined ? ts.createSourceFile(f, text, v) : getSourceFile.call(host, f, v, onError)
    }
    const program = ts.createProgram([...files.keys()], compilerOptions, host)
    const problems = [...files.keys()].flatMap((f, i) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(f)).map((d) => {
        const e = examples[i]
        // The first line of the module is the added `import assert`, when there is one.
        const offset = asModule(e.code).startsWith("import assert from 'node:assert'\n") ? 1 : 0
        const line = d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - offset : 0
        return `${e.id} (${e.file}:${e.line}), example line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
      }),
    )
    expect(problems).toEqual([])
  })

  it.each(examples.map((e) => [e.id, e] as const))('%s runs', async (_, example) => {
    await run(example)
  })
})

/**
 * Every exported codec and function carries an example: on its own declaration, or on the
 * interface of its type in the same file (`integer` is documented by `IntegerType`, as TypeDoc
 * shows them together). Enforced for all of `src/`: every runtime value the package exports
 * (`src/index.ts`, what TypeDoc publishes; module-internal exports such as `combinators/fast` or
 * the CLI's are not API) needs one, unless it is one of two kinds that are not codecs or functions:
 *
 * - data, with no function anywhere inside: the const objects of enum members (`KnownDispatchSource`,
 *   `WorkerType`...) and constants (`IMAGE_UTILS`, `SDXL_BUCKETS`, `JSON_SCHEMA_DIALECT`...). Their
 *   behaviour is their open codec's (`DispatchSource`), whose example uses them.
 * - bundles, objects whose every member is a codec: the `strict` object and the `strict*` fragments
 *   it is built from, and the `*Props` fragments spread into models. Each member is a model
 *   documented where it is declared (or its unknown-keys-rejecting twin).
 *
 * The rule is structural, not a list of names: a new export is held to it without editing this test,
 * and an object that holds a function (a `ModelRule` such as `idsPresentRule`) needs an example.
 */
describe('exports without an @example', () => {
  const declared = exportedDeclarations()
  const documented = new Set(examples.map((e) => `${e.file}#${e.declaration}`))
  const hasExample = (name: string): boolean => {
    const file = declared.get(name)
    if (file === undefined) return false
    const type = `${name[0].toUpperCase()}${name.slice(1)}Type`
    return documented.has(`${file}#${name}`) || documented.has(`${file}#${type}`)
  }
  const isData = (v: unknown): boolean =>
    typeof v !== 'function' && !(v instanceof t.Type) && (v === null || typeof v !== 'object' || Object.values(v).every(isData))
  const isBundle = (v: unknown): boolean =>
    typeof v === 'object' && v !== null && !(v instanceof t.Type) && Object.values(v).length > 0 && Object.values(v).every((m) => m instanceof t.Type)
  const exported = Object.entries(hd)
  const excluded = exported.filter(([, v]) => isData(v) || isBundle(v)).map(([name]) => name)
  const wanted = exported
    .filter(([, v]) => !isData(v) && !isBundle(v))
    .map(([name]) => name)
    .sort()
  const missing = wanted.filter((name) => !hasExample(name))

  it('the exclusion rule sets aside only data and bundles of codecs', () => {
    expect(excluded).toEqual(expect.arrayContaining(['KnownDispatchSource', 'WorkerType', 'strict', 'strictDispatch', 'generationParameterBaseProps', 'IMAGE_UTILS']))
    expect(wanted).toEqual(expect.arrayContaining(['AIHordeDispatchParameters', 'openEnum', 'formatErrors', 'idsPresentRule']))
    expect(exported.filter(([name]) => excluded.includes(name)).every(([, v]) => typeof v !== 'function' && !(v instanceof t.Type))).toBe(true)
  })

  it('every codec and function exported from the index has a runnable example', () => {
    if (missing.length > 0) {
      console.log(
        `${missing.length} of ${wanted.length} exported codecs and functions have no @example yet:\n` +
          missing.map((n) => `  ${n} (${declared.get(n) ?? 'declared outside src?'})`).join('\n'),
      )
    }
    expect(missing).toEqual([])
  })
})
