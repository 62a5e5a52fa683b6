/**
 * Reads the function declarations of packages/addon-ts/src/wow/api.d.ts with the TypeScript compiler API: for
 * each `declare function` and each function of a `declare namespace`, its parameters (optional or not) and its
 * returns (a LuaMultiReturn tuple is several returns; `| undefined` marks a return as possibly nil; void is none).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export interface DeclaredValue {
  readonly text: string;
  readonly nilable: boolean;
}

export interface DeclaredFunction {
  readonly fullName: string;
  readonly params: readonly { readonly name: string; readonly optional: boolean }[];
  readonly returns: readonly DeclaredValue[];
}

export const API_DTS = join(import.meta.dirname, "..", "..", "packages", "addon-ts", "src", "wow", "api.d.ts");

function isNilable(type: ts.TypeNode): boolean {
  if (type.kind === ts.SyntaxKind.UndefinedKeyword) return true;
  if (ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isParenthesizedTypeNode(type)) return isNilable(type.type);
  return ts.isUnionTypeNode(type) && type.types.some(isNilable);
}

function returnsOf(type: ts.TypeNode | undefined, source: ts.SourceFile): DeclaredValue[] {
  if (type === undefined || type.kind === ts.SyntaxKind.VoidKeyword) return [];
  if (ts.isTypeReferenceNode(type) && type.typeName.getText(source) === "LuaMultiReturn") {
    const tuple = type.typeArguments?.[0];
    if (tuple !== undefined && ts.isTupleTypeNode(tuple)) {
      return tuple.elements.map((element) => {
        const inner = ts.isNamedTupleMember(element) ? element.type : element;
        return { text: inner.getText(source), nilable: isNilable(inner) || ts.isOptionalTypeNode(inner) };
      });
    }
  }
  return [{ text: type.getText(source), nilable: isNilable(type) }];
}

function readFunction(node: ts.FunctionDeclaration, prefix: string, source: ts.SourceFile): DeclaredFunction {
  return {
    fullName: prefix + node.name!.text,
    params: node.parameters.map((p) => ({
      name: p.name.getText(source),
      optional: p.questionToken !== undefined || (p.type !== undefined && isNilable(p.type)),
    })),
    returns: returnsOf(node.type, source),
  };
}

export function readDeclarations(path = API_DTS): DeclaredFunction[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
  const out: DeclaredFunction[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name !== undefined) out.push(readFunction(statement, "", source));
    if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
      const prefix = `${statement.name.getText(source)}.`;
      for (const inner of statement.body.statements) {
        if (ts.isFunctionDeclaration(inner) && inner.name !== undefined) out.push(readFunction(inner, prefix, source));
      }
    }
  }
  return out;
}
