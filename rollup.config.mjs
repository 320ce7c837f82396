import typescript from '@rollup/plugin-typescript'
import { dts } from 'rollup-plugin-dts'
import { pureDeclarations } from './scripts/rollup-plugin-pure-declarations.mjs'

// Peer dependencies stay external: users bring their own single copy.
const external = (id) => /^(io-ts|fp-ts|io-ts-types|monocle-ts|newtype-ts|fast-check)(\/|$)/.test(id) || id.startsWith('node:')

// fp-ts and io-ts-types have no `exports` map, so Node's ESM loader needs full file paths for subpaths.
const esmPaths = (id) => {
  if (/^fp-ts\/(?!lib\/)/.test(id)) return id.replace(/^fp-ts\//, 'fp-ts/lib/') + '.js'
  if (/^(fp-ts|io-ts-types)\/lib\//.test(id) && !id.endsWith('.js')) return `${id}.js`
  return id
}

const entries = { index: 'src/index.ts', cli: 'src/cli/bin.ts' }

// The command needs a shebang; nothing else does.
const banner = (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '')

export default [
  {
    input: entries,
    external,
    // pureDeclarations: importing one codec must not keep them all (see the plugin).
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: false }), pureDeclarations()],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', paths: esmPaths, banner },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', exports: 'named', banner },
    ],
  },
  {
    input: { index: entries.index },
    external,
    plugins: [dts({ tsconfig: './tsconfig.build.json' })],
    // The same declarations twice: `.d.ts` for `require` and `.d.mts` for `import`, so that each
    // condition's types are of its own module kind (attw "masquerading as CJS" otherwise).
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.mts', chunkFileNames: 'chunks/[name]-[hash].d.mts' },
    ],
  },
]
