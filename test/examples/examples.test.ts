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
 * Every exported codec and function should carry an example: on its own declaration, or on the
 * interface of its type in the same file (`integer` is documented by `IntegerType`, as TypeDoc
 * shows them together). Enforced for the files listed in STRICT_DIRS; for the others, the
 * missing ones are listed in the test output (set EXAMPLES_STRICT=1 to enforce them everywhere).
 */
describe('exports without an @example', () => {
  const STRICT_DIRS = ['src/schema/']
  const everywhere = process.env.EXAMPLES_STRICT === '1'
  const declared = exportedDeclarations()
  const documented = new Set(examples.map((e) => `${e.file}#${e.declaration}`))
  const hasExample = (name: string): boolean => {
    const file = declared.get(name)
    if (file === undefined) return false
    const type = `${name[0].toUpperCase()}${name.slice(1)}Type`
    return documented.has(`${file}#${name}`) || documented.has(`${file}#${type}`)
  }
  const wanted = Object.entries(hd)
    .filter(([, v]) => typeof v === 'function' || v instanceof t.Type)
    .map(([name]) => name)
    .sort()
  const missing = wanted.filter((name) => !hasExample(name))

  it('every codec and function exported from the index has a runnable example (strict dirs)', () => {
    const enforced = missing.filter((name) => everywhere || STRICT_DIRS.some((d) => (declared.get(name) ?? '').startsWith(d)))
    if (missing.length > 0) {
      console.log(
        `${missing.length} of ${wanted.length} exported codecs and functions have no @example yet:\n` +
          missing.map((n) => `  ${n} (${declared.get(n) ?? 'declared outside src?'})`).join('\n'),
      )
    }
    expect(enforced).toEqual([])
  })
})
