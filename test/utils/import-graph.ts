import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import * as ts from 'typescript';

/** One import between two files of the tree, as paths relative to the project root. */
export interface ImportEdge {
  from: string;
  to: string;
}

/** Every relative import (static, dynamic, `export ... from`, `import type`) between the .ts files under `dir`. */
export function readImportGraph(projectRoot: string, dir: string): ImportEdge[] {
  const files = listTypeScript(join(projectRoot, dir)).map((file) => relative(projectRoot, file).split(sep).join('/'));
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(projectRoot, from), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = normalize(join(dirname(from), fileName)).split(sep).join('/');
      const to = [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => known.has(candidate));
      if (to) edges.push({ from, to });
    }
  }
  return edges;
}

function listTypeScript(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTypeScript(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Import cycles (strongly connected components of more than one file, or a file importing itself), found with Tarjan's algorithm. */
export function findCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfLoop = component.length === 1 && (next.get(node) ?? []).includes(node);
    if (component.length > 1 || selfLoop) cycles.push(component.sort());
  };
  for (const node of new Set(edges.flatMap(({ from, to }) => [from, to]))) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * The area a file of `src/` belongs to: its first folder, or `root` for the
 * composition files beside app.module.ts.
 */
export function areaOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : 'root';
}

/** Imports from one area into another that `allowed` does not list. */
export function forbiddenImports(edges: ImportEdge[], allowed: Record<string, readonly string[]>): string[] {
  return edges
    .filter(({ from, to }) => {
      const [a, b] = [areaOf(from), areaOf(to)];
      if (a === b || a === 'root') return false;
      return !(allowed[a] ?? []).includes(b);
    })
    .map(({ from, to }) => `${from} -> ${to} (${areaOf(from)} may not use ${areaOf(to)})`);
}
