/** The OpenAPI description the service serves at /openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  const json = (description: string): Record<string, unknown> => ({ description, content: { 'application/json': {} } });
  const error = json('{error: {code, message}}, message in Vietnamese');
  const period = { name: 'period', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$' } };
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  return {
    openapi: '3.0.3',
    info: {
      title: 'Báo cáo — indicator service',
      version: '1.1.0',
      description:
        'Indicators and their values per period for commune reports. Every answer names the database it comes from in the header Baocao-Source-Id (a UUID made with the database; also "sourceId" in JSON bodies) and every ETag contains it: a client keys its copies by address and identity.',
    },
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/healthz': { get: { summary: 'Liveness and the identity of the database', responses: { 200: json('{status: "ok", sourceId, changeSeq}') } } },
      '/api/indicators': {
        get: {
          summary: 'Search indicators (diacritic-insensitive)',
          parameters: ['q', 'department', 'group', 'limit'].map((n) => ({ name: n, in: 'query', schema: { type: 'string' } })),
          responses: { 200: json('{indicators: Indicator[]}'), 400: error },
        },
      },
      '/api/periods/{period}': {
        get: { summary: 'All values of a period (ETag "<sourceId>:<changeSeq>:<period>", If-None-Match → 304)', parameters: [period], responses: { 200: json('PeriodData'), 304: { description: 'unchanged' }, 400: error } },
      },
      '/api/indicators/{id}/history': {
        get: { summary: 'One indicator over periods', parameters: [id, { name: 'from', in: 'query' }, { name: 'to', in: 'query' }], responses: { 200: json('{indicator, values}'), 404: error } },
      },
      '/api/indicators/{id}/values/{period}': {
        put: {
          summary: 'Write values (department token; version, or If-Match with the ETag "<sourceId>:v<version>", for optimistic concurrency)',
          security: [{ token: [] }],
          parameters: [id, period],
          requestBody: { content: { 'application/json': {} } },
          responses: { 200: json('IndicatorValue'), 400: error, 401: error, 403: error, 404: error, 409: json('{error, current}'), 412: error, 503: json('busy: another writer holds the database (Retry-After)'), 507: json('disk_full') },
        },
      },
      '/api/import': {
        post: {
          summary: "Import a department's sheet (XLSX or CSV), all or nothing",
          security: [{ token: [] }],
          requestBody: { content: { 'text/csv': {}, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } },
          responses: { 200: json('ImportResult (committed)'), 422: json('ImportResult (nothing written), or {error} for a sheet refused whole (limits, no data, merged header)'), 401: error, 413: error, 415: error, 503: error, 507: error },
        },
      },
      '/api/audit': { get: { summary: 'The audit log', responses: { 200: json('{entries: AuditEntry[]}') } } },
    },
  };
}
