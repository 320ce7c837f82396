/**
 * Marks the calls that initialise top-level declarations as pure (`/*#__PURE__*\/`), so that a
 * consumer's bundler drops every codec it does not import.
 *
 * The library's modules are declarations: `export const X = model('X', { a: t.array(t.string) })`.
 * Such a call has no effect anyone relies on, but no bundler can prove it (it calls into io-ts, it
 * writes a cache), so without the mark importing one codec keeps them all. The rule this encodes:
 * a top-level `const`/`let` initialiser is never run for its effects; a module that needs an effect
 * writes it as a statement, which stays untouched.
 *
 * Calls inside functions are left alone: they do not run when the module loads.
 */

const FUNCTION_LIKE = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression', 'ClassBody'])

/** The start of every call and `new` evaluated by an initialiser, outside nested functions. */
const callsIn = (node, out) => {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const n of node) callsIn(n, out)
    return
  }
  if (typeof node.type !== 'string' || FUNCTION_LIKE.has(node.type)) return
  if (node.type === 'CallExpression' || node.type === 'NewExpression') out.add(node.start)
  for (const key of Object.keys(node)) if (key !== 'type' && key !== 'start' && key !== 'end') callsIn(node[key], out)
}

/** @param {{ include?: (id: string) => boolean }} [options] @returns {import('rollup').Plugin} */
export const pureDeclarations = ({ include = (id) => /[\\/]src[\\/]/.test(id) } = {}) => ({
  name: 'horde-dispatch:pure-declarations',
  transform(code, id) {
    if (!include(id)) return null
    const starts = new Set()
    for (const statement of this.parse(code).body) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
      if (declaration?.type !== 'VariableDeclaration') continue
      for (const d of declaration.declarations) callsIn(d.init, starts)
    }
    if (starts.size === 0) return null
    let out = code
    for (const at of [...starts].sort((a, b) => b - a)) out = `${out.slice(0, at)}/*#__PURE__*/ ${out.slice(at)}`
    return { code: out, map: null }
  },
})
