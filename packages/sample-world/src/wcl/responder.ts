/**
 * The GraphQL endpoint of the sample API, shared by `--source sample` (in-process fetch) and the test server
 * (node:http): parse, validate against the official schema, refuse costly work once the hour's points are spent,
 * execute over the data set, charge points. Transport concerns (auth, HTTP) stay in the callers.
 */
import { executeSync, Kind, parse, validate, visit, type DocumentNode, type GraphQLError } from "graphql";
import type { SampleDataset } from "./dataset";
import { COST_MODEL, createRateLimiter, type RateLimiter, type RateLimiterOptions } from "./ratelimit";
import { createRootValue, type RequestContext } from "./resolvers";
import { loadWclSchema } from "./schema";

export type ResponderOptions = RateLimiterOptions;

export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value; callers serialise it. */
  readonly body: unknown;
}

export interface Responder {
  /** Answers one POST body (the raw JSON text of `{query, variables, operationName}`). */
  respond(rawBody: string): Reply;
  readonly rateLimit: RateLimiter;
}

const JSON_HEADERS = { "content-type": "application/json" };

function errorReply(status: number, message: string): Reply {
  return { status, headers: JSON_HEADERS, body: { errors: [{ message }] } };
}

function formatErrors(errors: readonly GraphQLError[]): unknown[] {
  return errors.map((e) => e.toJSON());
}

/** Fields that cost points: once the budget is spent, only requests without them (e.g. rateLimitData) get through. */
const COSTLY_FIELDS = new Set(["characterRankings", "fightRankings", "report"]);

function isCostly(document: DocumentNode): boolean {
  let costly = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (COSTLY_FIELDS.has(node.name.value)) costly = true;
    },
  });
  return costly;
}

/**
 * Whether the operation selects rateLimitData and nothing else: public clients measured such a request at 1.00 point
 * in 2026, while rateLimitData beside real work is free (../shared/reference/warcraftlogs-api.md, "Prices (2026)").
 */
function isLoneRateLimit(document: DocumentNode, operationName: string | undefined): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName === undefined ? operations[0] : operations.find((o) => o.name?.value === operationName);
  if (operation === undefined) return false;
  const fields = operation.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === "__typename"));
  return fields.length > 0 && fields.every((s) => s.kind === Kind.FIELD && s.name.value === "rateLimitData");
}

interface RequestBody {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

function parseBody(rawBody: string): RequestBody | string {
  let value: unknown;
  try {
    value = JSON.parse(rawBody);
  } catch {
    return "The request body is not valid JSON.";
  }
  if (typeof value !== "object" || value === null) return "The request body must be a JSON object.";
  const { query, variables, operationName } = value as Record<string, unknown>;
  if (typeof query !== "string" || query.length === 0) return "The request has no query string.";
  if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) {
    return "The variables must be a JSON object.";
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return "operationName must be a string.";
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: (operationName ?? undefined) as string | undefined,
  };
}

export function createResponder(dataset: SampleDataset, options: ResponderOptions = {}): Responder {
  const schema = loadWclSchema();
  const rootValue = createRootValue(dataset);
  const rateLimit = createRateLimiter(options);

  const respond = (rawBody: string): Reply => {
    const request = parseBody(rawBody);
    if (typeof request === "string") return errorReply(400, request);
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      return { status: 200, headers: JSON_HEADERS, body: { errors: formatErrors([error as GraphQLError]) } };
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return { status: 200, headers: JSON_HEADERS, body: { errors: formatErrors(invalid) } };

    const before = rateLimit.snapshot();
    if (before.pointsSpentThisHour >= before.limitPerHour && isCostly(document)) {
      return {
        status: 429,
        headers: { ...JSON_HEADERS, "retry-after": String(Math.max(1, before.pointsResetIn)) },
        body: { error: `Rate limit exceeded: ${before.pointsSpentThisHour} of ${before.limitPerHour} points spent this hour.` },
      };
    }
    let charged = 0;
    const context: RequestContext = { charge: (points) => void (charged += points), rateLimit: before };
    const result = executeSync({
      schema,
      document,
      rootValue,
      contextValue: context,
      variableValues: request.variables,
      operationName: request.operationName,
    });
    if (charged === 0 && isLoneRateLimit(document, request.operationName)) charged = COST_MODEL.rateLimitOnly;
    rateLimit.charge(charged);
    const body: Record<string, unknown> = {};
    if (result.errors !== undefined) body.errors = formatErrors(result.errors);
    if (result.data !== undefined) body.data = result.data;
    return { status: 200, headers: JSON_HEADERS, body };
  };

  return { respond, rateLimit };
}
