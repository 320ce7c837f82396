/**
 * Finds the `@example` blocks of the doc comments under `src/` and turns each into a runnable module.
 *
 * An example is the text after `@example` up to the next block tag or the end of the comment, the
 * leading ` * ` of each line removed. When it holds fenced code blocks, only their contents are code
 * (as TypeDoc reads it); otherwise the whole example is code. `from 'horde-dispatch'` names the
 * package; `assert` is `node:assert`, imported for the example when it does not import it itself.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const repoRoot = resolve(__dirname, '..', '..')
export const srcDir = join(repoRoot, 'src')

export interface Example {
  /** `src/combinators/integer.ts#IntegerType` (with `#2`, `#3`... after the first of a declaration). */
  readonly id: string
  /** The file, relative to the repository. */
  readonly file: string
  /** 1-based line of the `@example` tag. */
  readonly line: number
  /** The declaration the comment documents. */
  readonly declaration: string
  /** The example's code, as written. */
  readonly code: string
}

/** Every `.ts` file under `dir`, sorted. */
export const sourceFiles = (dir: string = srcDir): Array<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []))
    .sort()

const DOC_COMMENT = /\/\*\*([\s\S]*?)\*\//g
const DECLARATION = /^\s*export\s+(?:declare\s+)?(?:const|let|function\*?|interface|type|class|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/
const FENCE = /```[^\n]*\n([\s\S]*?)```/g

/** The lines of a doc comment's body, without the leading ` * `. */
const commentLines = (body: string): Array<string> => body.split('\n').map((l) => l.replace(/^\s*\* ?/, '').replace(/^\s+$/, ''))

/** The name of the declaration right after a comment (skipping other comments and blank lines). */
const declarationAfter = (text: string, from: number): string => {
  const rest = text.slice(from).replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')
  return DECLARATION.exec(rest.split('\n')[0] ?? '')?.[1] ?? '(no declaration)'
}

/** The examples of one file's text. */
export const examplesOf = (file: string, text: string): Array<Example> => {
  const out: Array<Example> = []
  const seen = new Map<string, number>()
  for (const m of text.matchAll(DOC_COMMENT)) {
    const lines = commentLines(m[1])
    const declaration = declarationAfter(text, (m.index ?? 0) + m[0].length)
    const startLine = text.slice(0, m.index).split('\n').length
    for (let i = 0; i < lines.length; i++) {
      const tag = /^@example\b(.*)$/.exec(lines[i])
      if (tag === null) continue
      let j = i + 1
      let inFence = false
      const body: Array<string> = tag[1].trim() === '' ? [] : [tag[1].trim()]
      for (; j < lines.length; j++) {
        if (lines[j].startsWith('```')) inFence = !inFence
        if (!inFence && /^@\w/.test(lines[j])) break
        body.push(lines[j])
      }
      const raw = body.join('\n').trim()
      const fenced = [...raw.matchAll(FENCE)].map((f) => f[1])
      const code = fenced.length > 0 ? fenced.join('\n') : raw
      const n = (seen.get(declaration) ?? 0) + 1
      seen.set(declaration, n)
      const rel = relative(repoRoot, file)
      out.push({ id: `${rel}#${declaration}${n > 1 ? `#${n}` : ''}`, file: rel, line: startLine + i, declaration, code })
      i = j - 1
    }
  }
  return out
}

/** Every example under `src/`. */
export const allExamples = (): Array<Example> => sourceFiles().flatMap((f) => examplesOf(f, readFileSync(f, 'utf8')))

/** How many `@example` tags the files hold, counted plainly: the extraction must find each one. */
export const countExampleTags = (): number =>
  sourceFiles().reduce((n, f) => n + [...readFileSync(f, 'utf8').matchAll(/^\s*\*\s*@example\b/gm)].length, 0)

/** The example as a module: `assert` imported unless it imports it, and marked a module. */
export const asModule = (code: string): string => {
  const importsAssert = /\bimport\s+(?:\*\s+as\s+)?assert\b|\bimport\s*\{[^}]*\bassert\b/.test(code)
  return `${importsAssert ? '' : "import assert from 'node:assert'\n"}${code}\nexport {}\n`
}

/** Every exported declaration of `src/`: its name and file (relative to the repository). */
export const exportedDeclarations = (): Map<string, string> => {
  const out = new Map<string, string>()
  for (const f of sourceFiles()) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const name = DECLARATION.exec(line)?.[1]
      if (name !== undefined && !out.has(name)) out.set(name, relative(repoRoot, f))
    }
  }
  return out
}
