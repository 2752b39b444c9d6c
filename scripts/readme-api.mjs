// Keeps a package's README honest: reads the names its "## API" section lists and the names its
// src/index.ts exports, so a test can compare them with the package's real exports.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const ITEM = /^\s*[-*] `([A-Za-z_$][\w$]*)/;

/**
 * The names in a README's `## API` section: every list item that starts with a code span gives
 * the identifier at its start. Items under a `### Types` heading are types, all others runtime
 * values (functions, classes, constants).
 */
export function apiUitReadme(tekst) {
  const regels = tekst.split(/\r?\n/);
  const begin = regels.findIndex((r) => /^## API\s*$/.test(r));
  if (begin < 0) throw new Error('De README heeft geen sectie "## API".');
  const waarden = [];
  const typen = [];
  let inTypen = false;
  for (const regel of regels.slice(begin + 1)) {
    if (/^## /.test(regel)) break;
    if (/^### /.test(regel)) inTypen = /^### Types\b/.test(regel);
    const naam = ITEM.exec(regel)?.[1];
    if (naam) (inTypen ? typen : waarden).push(naam);
  }
  return { waarden: waarden.sort(), typen: typen.sort() };
}

/**
 * The names a TypeScript entry file exports, read from its syntax (no type checking): its own
 * exported declarations and `export { … } from`, following `export * from` into relative modules.
 * `typen` are names exported as types (interfaces, type aliases, `export type`, `{ type X }`);
 * a name can be both a value and a type.
 */
export function exportsVanBron(pad) {
  const waarden = new Set();
  const typen = new Set();
  const bezocht = new Set();
  const lees = (bestand) => {
    if (bezocht.has(bestand)) return;
    bezocht.add(bestand);
    const bron = ts.createSourceFile(bestand, readFileSync(bestand, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const s of bron.statements) {
      if (ts.isExportDeclaration(s)) {
        const doel = s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : null;
        if (!s.exportClause) {
          if (!doel?.startsWith('.')) throw new Error(`${bestand}: export * uit "${doel}" kan ik niet volgen.`);
          lees(resolve(dirname(bestand), doel.replace(/\.js$/, '.ts')));
        } else if (ts.isNamespaceExport(s.exportClause)) {
          (s.isTypeOnly ? typen : waarden).add(s.exportClause.name.text);
        } else {
          for (const e of s.exportClause.elements) (s.isTypeOnly || e.isTypeOnly ? typen : waarden).add(e.name.text);
        }
        continue;
      }
      if (!ts.canHaveModifiers(s) || !ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) typen.add(s.name.text);
      else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) waarden.add(d.name.text);
      } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) {
        waarden.add(s.name.text);
      }
    }
  };
  lees(resolve(pad));
  return { waarden: [...waarden].sort(), typen: [...typen].sort() };
}

/**
 * What an entry file exports from a module internal to its package: a module or folder whose name
 * starts with `_` (docs/ARCHITECTURE.md, "Names"). Follows `export * from` into relative modules, and
 * `import { x } from './_m.js'; export { x }`. Returns "file: name from module" strings, sorted.
 */
export function internalExports(pad) {
  const gevonden = [];
  const bezocht = new Set();
  const intern = (doel) => doel.startsWith('.') && doel.split('/').some((deel) => deel.startsWith('_'));
  const walk = (bestand) => {
    if (bezocht.has(bestand)) return;
    bezocht.add(bestand);
    const bron = ts.createSourceFile(bestand, readFileSync(bestand, 'utf8'), ts.ScriptTarget.Latest, true);
    const geimporteerd = new Map();
    for (const s of bron.statements) {
      if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
      const b = s.importClause?.namedBindings;
      if (b && ts.isNamedImports(b)) for (const e of b.elements) geimporteerd.set(e.name.text, s.moduleSpecifier.text);
      if (s.importClause?.name) geimporteerd.set(s.importClause.name.text, s.moduleSpecifier.text);
    }
    const naam = bestand.split('/').slice(-2).join('/');
    for (const s of bron.statements) {
      if (!ts.isExportDeclaration(s)) continue;
      const doel = s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : null;
      if (doel && intern(doel))
        gevonden.push(`${naam}: ${s.exportClause ? s.exportClause.getText() : '*'} from ${doel}`);
      else if (doel && !s.exportClause && doel.startsWith('.'))
        walk(resolve(dirname(bestand), doel.replace(/\.js$/, '.ts')));
      else if (!doel && s.exportClause && ts.isNamedExports(s.exportClause)) {
        for (const e of s.exportClause.elements) {
          const herkomst = geimporteerd.get((e.propertyName ?? e.name).text);
          if (herkomst && intern(herkomst)) gevonden.push(`${naam}: ${e.name.text} from ${herkomst}`);
        }
      }
    }
  };
  walk(resolve(pad));
  return gevonden.sort();
}

/** The test that a package's src/index.ts exports nothing from its internal (`_`) modules. */
export function checkInternalModules(map, { describe, it, expect }) {
  describe('modules whose name starts with _', () => {
    it('are internal: src/index.ts exports nothing from them', () => {
      expect(internalExports(new URL('src/index.ts', map).pathname)).toEqual([]);
    });
  });
}

/** What is in `a` and not in `b`, sorted. */
export function verschil(a, b) {
  const bs = new Set(b);
  return [...new Set(a)].filter((x) => !bs.has(x)).sort();
}

/**
 * The README tests of one package (each package's src/readme.test.ts calls this with its own exports):
 * the API section lists exactly what the package exports, so the reference cannot drift.
 * `map` is the package folder as a file URL; vitest's describe/it/expect come in from the caller.
 */
export function controleerReadme(pakket, map, { describe, it, expect }) {
  describe('README.md, section API', () => {
    const readme = apiUitReadme(readFileSync(new URL('README.md', map), 'utf8'));
    const bron = exportsVanBron(new URL('src/index.ts', map).pathname);
    const runtime = Object.keys(pakket).sort();
    const alleenTypen = verschil(bron.typen, runtime);

    it('lists every runtime export, and nothing the package does not export', () => {
      expect({
        ontbreektInReadme: verschil(runtime, readme.waarden),
        nietGeexporteerd: verschil(readme.waarden, runtime),
      }).toEqual({ ontbreektInReadme: [], nietGeexporteerd: [] });
    });

    it('lists every type-only export of src/index.ts under "### Types", and no other names there', () => {
      expect({
        ontbreektInReadme: verschil(alleenTypen, readme.typen),
        nietGeexporteerd: verschil(readme.typen, alleenTypen),
      }).toEqual({ ontbreektInReadme: [], nietGeexporteerd: [] });
    });

    it('reads the same runtime names from src/index.ts as the package exports', () => {
      expect(bron.waarden).toEqual(runtime);
    });

    it('exports nothing from a module internal to the package (a name starting with _)', () => {
      expect(internalExports(new URL('src/index.ts', map).pathname)).toEqual([]);
    });

    it('lists no name twice', () => {
      const namen = [...readme.waarden, ...readme.typen];
      expect(namen.filter((n, i) => namen.indexOf(n) !== i)).toEqual([]);
    });
  });
}
