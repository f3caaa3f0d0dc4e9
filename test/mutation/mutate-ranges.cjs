// Turns the `mutate` entries of test/mutation/modules.json into Stryker `mutate` patterns. An entry is a
// file (`shared/x.ts`, mutated whole) or a file and a top-level name (`shared/x.ts#runSource`), which is
// resolved here, on every run, to the lines it spans in the file's TypeScript AST: Stryker's own
// `file:from-to` patterns are line numbers, which any reformatting (Prettier) silently shifts onto other
// code. CommonJS so that both stryker.config.mjs (ESM) and jest (modules.test.ts) load it as it is.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');

/**
 * The name a top-level statement declares: a function, a class, or every `const`/`let` of a variable
 * statement (`const walk = async () => …`). Methods are named `Class.method`.
 * @param {import('typescript').Statement} statement
 * @returns {{ name: string, node: import('typescript').Node }[]}
 */
function declared(statement) {
  if (ts.isFunctionDeclaration(statement) && statement.name) return [{ name: statement.name.text, node: statement }];
  if (ts.isClassDeclaration(statement) && statement.name) {
    const className = statement.name.text;
    const members = statement.members
      .filter(
        (member) =>
          (ts.isMethodDeclaration(member) ||
            ts.isGetAccessor(member) ||
            ts.isSetAccessor(member) ||
            ts.isPropertyDeclaration(member)) &&
          member.name &&
          ts.isIdentifier(member.name),
      )
      .map((member) => ({ name: `${className}.${member.name.text}`, node: member }));
    return [{ name: className, node: statement }, ...members];
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations
      .filter((d) => ts.isIdentifier(d.name))
      .map((d) => ({ name: d.name.text, node: d }));
  }
  return [];
}

/**
 * The lines (1-based, inclusive) that the top-level declaration `name` spans in a TypeScript source,
 * from its first token (its doc comment excluded: Stryker mutates no comment) to its last.
 * @param {string} source the file's text
 * @param {string} name a top-level function, class or variable, or `Class.method`
 * @returns {{ from: number, to: number } | undefined} undefined when the file declares no such name
 */
function declarationLines(source, name) {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const statement of file.statements) {
    const found = declared(statement).find((d) => d.name === name);
    if (found) {
      const line = (pos) => file.getLineAndCharacterOfPosition(pos).line + 1;
      return { from: line(found.node.getStart(file)), to: line(found.node.getEnd()) };
    }
  }
  return undefined;
}

/**
 * The Stryker `mutate` pattern of one modules.json entry: the path as it is, or `path:from-to` for
 * `path#name`.
 * @param {string} entry `path` or `path#name`, the path relative to `root`
 * @param {string} root the project's root folder
 * @returns {string}
 * @throws {Error} when the file does not declare the name at top level
 */
function toStrykerPattern(entry, root) {
  const hash = entry.indexOf('#');
  if (hash === -1) return entry;
  const path = entry.slice(0, hash);
  const name = entry.slice(hash + 1);
  const lines = declarationLines(readFileSync(join(root, path), 'utf8'), name);
  if (!lines) throw new Error(`test/mutation/modules.json: ${path} declares no top-level "${name}"`);
  return `${path}:${lines.from}-${lines.to}`;
}

module.exports = { declarationLines, toStrykerPattern };
