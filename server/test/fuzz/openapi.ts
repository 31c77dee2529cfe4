import type { App } from '../../src/app';

/** The subset of JSON Schema (OpenAPI 3.0 dialect) the zod schemas are published as. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  nullable?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

export type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: JsonSchema;
};

export type Operation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As published: /api/v1/needs/{id} */
  path: string;
  /** "GET /api/v1/needs/{id}": how exclusion lists and reports name an operation. */
  key: string;
  parameters: Parameter[];
  body?: JsonSchema;
};

type PathItem = Record<
  string,
  { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }
>;

/** Every operation of the app's OpenAPI document, in document order. */
export async function operationsOf(app: App): Promise<Operation[]> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`no OpenAPI document: ${response.statusCode}`);
  const paths = response.json().paths as Record<string, PathItem>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const upper = method.toUpperCase() as Operation['method'];
      return {
        method: upper,
        path,
        key: `${upper} ${path}`,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
      };
    }),
  );
}

/** The names of an operation's path parameters, in path order: /lots/{id}/bids/{bidId} → [id, bidId]. */
export const pathParameters = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

/** The URL of an operation with its path parameters put in, as they are (encode them first). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return value;
  });
}
