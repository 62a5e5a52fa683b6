/**
 * The official Warcraft Logs v2 schema, from the introspection result RPGLogs ships in @rpglogs/api-sdk.
 * Validating against it makes the sample source and the fake server reject exactly the queries the real API
 * rejects (unknown fields or arguments, wrong argument types, conflicting aliases).
 */
import { createRequire } from "node:module";
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from "graphql";

let cached: GraphQLSchema | undefined;

/** Built once per process (~400 KB of JSON); later calls return the same schema object. */
export function loadWclSchema(): GraphQLSchema {
  if (cached === undefined) {
    const require = createRequire(import.meta.url);
    const introspection = require("@rpglogs/api-sdk/src/schema.json") as { data: IntrospectionQuery };
    cached = buildClientSchema(introspection.data);
  }
  return cached;
}
