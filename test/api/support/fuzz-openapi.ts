/** The operations of the served OpenAPI document, flattened for the fuzz test. */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface Param {
  name: string;
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. `/api/cases/{id}`. */
  path: string;
  key: string;
  pathParams: Param[];
  query: Param[];
  headers: Param[];
  /** Media types of the request body (empty: none documented). */
  consumes: string[];
  body?: Schema;
}

interface RawParam {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: RawParam[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Inlines `$ref`s and `allOf` (to a fixed depth: the documents' DTOs do not recurse). */
export function resolve(document: OpenApiDocument, schema: Schema | undefined, depth = 0): Schema {
  if (!schema || depth > 8) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(document, document.components?.schemas?.[name], depth + 1);
  }
  const out: Schema = { ...schema };
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolve(document, part, depth + 1));
    delete out.allOf;
    Object.assign(out, ...parts.map((p) => ({ ...p, properties: undefined, required: undefined })));
    out.properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties ?? {});
    out.required = [...parts.flatMap((p) => p.required ?? []), ...(schema.required ?? [])];
  }
  const union = schema.oneOf ?? schema.anyOf;
  if (union?.length) return resolve(document, union[0], depth + 1);
  if (out.items) out.items = resolve(document, out.items, depth + 1);
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([name, value]) => [name, resolve(document, value, depth + 1)]),
    );
  }
  return out;
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const params = (raw.parameters ?? []).map((p) => ({
        in: p.in,
        name: p.name,
        required: p.required ?? false,
        schema: resolve(document, p.schema),
      }));
      const content = raw.requestBody?.content ?? {};
      const consumes = Object.keys(content);
      operations.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        headers: params.filter((p) => p.in === 'header'),
        consumes,
        body: consumes.length ? resolve(document, content[consumes[0]!]?.schema) : undefined,
      });
    }
  }
  return operations;
}
