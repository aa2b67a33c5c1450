/**
 * The shared indicator service: JSON over HTTP (fastify). Reads are open on the office network or
 * need a read token; writes and imports need a department token, for that department's indicators.
 * Every input is validated with zod; every bad request gets {error: {code, message}} in Vietnamese.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import { SearchQuerySchema, ValueWriteSchema } from '../core/indicators/api';
import { IndicatorIdSchema, PeriodSchema } from '../core/indicators/schema';
import { SheetError } from '../data/sheet';
import { parseSheet, SheetQueueFullError } from '../data/sheet-pool';
import { storageFailure } from './db-errors';
import { vietnameseIssue } from './messages';
import { openApiDocument } from './openapi';
import type { SourceState, Store, TokenInfo } from './store';

/** The header every answer names its database in (see SourceIdSchema). */
export const SOURCE_HEADER = 'Baocao-Source-Id';

export interface ServiceConfig {
  /** Origins allowed by CORS: the add-in's (default https://localhost:3000). */
  corsOrigins: string[];
  /** Reads need a read (or department) token. */
  requireReadToken: boolean;
  /** Largest request body, bytes. */
  bodyLimit: number;
}

export const DEFAULT_CONFIG: ServiceConfig = {
  corsOrigins: ['https://localhost:3000'],
  requireReadToken: false,
  bodyLimit: 5 * 1024 * 1024,
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The one shape of every error answer. */
function envelope(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** fastify's own errors of a request's body, said in Vietnamese: [status, code, message]. */
const FASTIFY_ERRORS: Record<string, [number, string, string | ((url: string) => string)]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', 'Dữ liệu gửi lên quá lớn.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported',
    (url) =>
      url.startsWith('/api/import')
        ? 'Gửi tệp XLSX hoặc CSV (Content-Type text/csv hoặc application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).'
        : 'Máy chủ dữ liệu chỉ đọc nội dung JSON (Content-Type application/json).',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'Độ dài nội dung (Content-Length) không khớp với nội dung gửi lên.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_request', 'Nội dung gửi lên trống: cần một đối tượng JSON.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_request', 'Nội dung gửi lên không phải JSON hợp lệ.'],
};

function parse<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const r = schema.safeParse(input, { error: vietnameseIssue });
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new HttpError(400, 'bad_request', `${what} không hợp lệ: ${issue.path.join('.') || '(gốc)'} — ${issue.message}`);
}

const HistoryQuery = z.object({ from: PeriodSchema.optional(), to: PeriodSchema.optional() }).strict();
const AuditQuery = z.object({ indicator: IndicatorIdSchema.optional(), period: PeriodSchema.optional(), limit: z.coerce.number().int().min(1).max(5000).optional() }).strict();
const IdParams = z.object({ id: IndicatorIdSchema });
const PeriodParams = z.object({ period: PeriodSchema });
const ValueParams = z.object({ id: IndicatorIdSchema, period: PeriodSchema });

/** True when an If-None-Match header (one validator or a list) names `etag`. */
function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  const list = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  return list.includes(etag) || list.includes('*');
}

/**
 * The version an If-Match header asks to write over: `"<source id>:v<version>"` as this service's
 * ETags give it, or a bare `"<version>"`. A version of another database is refused, not compared.
 */
function ifMatchVersion(header: string | string[] | undefined, sourceId: string): number | undefined {
  if (typeof header !== 'string' || header.trim() === '*') return undefined;
  const m = /^"?(?:([0-9a-f-]{36}):v)?(\d{1,9})"?$/i.exec(header.trim());
  if (!m) throw new HttpError(400, 'bad_request', 'Tiêu đề If-Match phải là ETag của số liệu (dạng “<mã nguồn>:v<phiên bản>”).');
  if (m[1] && m[1].toLowerCase() !== sourceId) throw new HttpError(412, 'other_source', 'Phiên bản gửi kèm là của một nguồn dữ liệu khác; hãy tải lại số liệu từ nguồn này rồi ghi lại.');
  return Number(m[2]);
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  if (!m) throw new HttpError(401, 'unauthorized', 'Tiêu đề Authorization phải có dạng “Bearer <mã truy cập>”.');
  return m[1];
}

export function buildServer(store: Store, config: ServiceConfig = DEFAULT_CONFIG): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: config.bodyLimit,
    // What fastify answers before any route (an id longer than the router takes, a broken escape in
    // the URL) and what Node's parser refuses (a URL too long): the service's envelope too.
    frameworkErrors: (err, _req, res) => {
      const reply = res as unknown as FastifyReply;
      const e = err as { code?: string };
      if (e.code === 'FST_ERR_MAX_PARAM_LENGTH') return void reply.code(414).send(envelope('uri_too_long', 'Địa chỉ yêu cầu quá dài (mã chỉ tiêu tối đa 80 ký tự).'));
      return void reply.code(400).send(envelope('bad_request', 'Địa chỉ yêu cầu không hợp lệ (có ký tự mã hóa sai).'));
    },
    clientErrorHandler: (err: Error & { code?: string }, socket) => {
      if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
      const [status, code, message] =
        err.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'too_long', 'Địa chỉ hoặc tiêu đề của yêu cầu quá dài.']
          : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'timeout', 'Yêu cầu gửi quá chậm nên bị ngắt; vui lòng thử lại.']
            : [400, 'bad_request', 'Yêu cầu HTTP không đọc được.'];
      const body = JSON.stringify(envelope(code, message));
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
  });
  // The serialized answer of "all values of a period", keyed by the database's change counter: the
  // key comes from the database, so every instance agrees and none holds state that matters.
  const periodCache = new Map<string, Buffer>();
  // Each request reads the database's identity and change counter once: its answer, its header and
  // its ETag all name the same database.
  const states = new WeakMap<FastifyRequest['raw'], Promise<SourceState>>();
  const stateOf = (req: FastifyRequest): Promise<SourceState> => {
    let state = states.get(req.raw);
    if (!state) {
      state = store.state();
      states.set(req.raw, state);
    }
    return state;
  };

  app.addContentTypeParser(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (origin && config.corsOrigins.includes(origin)) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Vary', 'Origin');
      reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match, If-None-Match');
      reply.header('Access-Control-Allow-Methods', 'GET, PUT, POST, OPTIONS');
      reply.header('Access-Control-Expose-Headers', `ETag, ${SOURCE_HEADER}, Retry-After`);
    }
    // Returning the reply tells fastify the request is answered: the asynchronous onSend must not race the router.
    if (req.method === 'OPTIONS') return reply.code(origin && config.corsOrigins.includes(origin) ? 204 : 403).send();
  });

  app.addHook('onSend', async (req, reply, payload) => {
    try {
      reply.header(SOURCE_HEADER, (await stateOf(req)).sourceId);
    } catch {
      // the database cannot be read: the answer (an error) says so itself
    }
    return payload;
  });

  app.setErrorHandler((err: unknown, req, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).send(envelope(err.code, err.message));
    const storage = storageFailure(err);
    if (storage) {
      if (storage.retryAfterSeconds) reply.header('Retry-After', String(storage.retryAfterSeconds));
      return reply.code(storage.status).send(envelope(storage.code, storage.message));
    }
    const e = err as { statusCode?: number; code?: string };
    const known = FASTIFY_ERRORS[e.code ?? ''];
    if (known) return reply.code(known[0]).send(envelope(known[1], typeof known[2] === 'function' ? known[2](req.url) : known[2]));
    // fastify's other messages are English and about its insides: the status says enough.
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return reply.code(e.statusCode).send(envelope('bad_request', 'Yêu cầu không hợp lệ.'));
    return reply.code(500).send(envelope('internal', 'Lỗi máy chủ dữ liệu; vui lòng thử lại.'));
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(envelope('not_found', 'Không có địa chỉ này trên máy chủ dữ liệu.')));

  async function reader(req: FastifyRequest): Promise<void> {
    const token = bearer(req);
    // A token that is presented is checked even where reads are open: a mistyped or revoked token
    // must be told, not silently accepted until the day reads need one.
    if (token) {
      if (!(await store.authenticate(token))) throw new HttpError(401, 'bad_token', 'Mã truy cập không đúng hoặc đã bị thu hồi.');
      return;
    }
    if (config.requireReadToken) throw new HttpError(401, 'unauthorized', 'Nguồn dữ liệu này cần mã truy cập để đọc số liệu: nhập mã ở thẻ Cài đặt.');
  }

  async function writer(req: FastifyRequest): Promise<TokenInfo & { department: string }> {
    const token = bearer(req);
    if (!token) throw new HttpError(401, 'unauthorized', 'Cần mã truy cập của phòng, ban để ghi số liệu.');
    const info = await store.authenticate(token);
    if (!info) throw new HttpError(401, 'unauthorized', 'Mã truy cập không đúng hoặc đã bị thu hồi.');
    if (info.kind !== 'department' || !info.department) throw new HttpError(403, 'forbidden', 'Mã truy cập này chỉ được đọc, không được ghi.');
    return { ...info, department: info.department };
  }

  app.get('/healthz', async (req) => {
    const { sourceId, changeSeq } = await stateOf(req);
    return { status: 'ok', sourceId, changeSeq };
  });
  app.get('/openapi.json', async () => openApiDocument());

  app.get('/api/indicators', async (req) => {
    await reader(req);
    const q = parse(SearchQuerySchema, req.query, 'Tham số tìm kiếm');
    return { indicators: await store.searchIndicators(q), sourceId: (await stateOf(req)).sourceId };
  });

  app.get('/api/periods/:period', async (req, reply: FastifyReply) => {
    await reader(req);
    const { period } = parse(PeriodParams, req.params, 'Kỳ báo cáo');
    const { sourceId, changeSeq: seq } = await stateOf(req);
    const etag = `"${sourceId}:${seq}:${period}"`;
    reply.header('ETag', etag);
    reply.header('Cache-Control', 'no-cache');
    if (matchesEtag(req.headers['if-none-match'], etag)) return reply.code(304).send();
    const key = `${sourceId}|${period}|${seq}`;
    let body = periodCache.get(key);
    if (!body) {
      const { period: p, ...rest } = await store.periodData(period);
      body = Buffer.from(JSON.stringify({ period: p, sourceId, ...rest }));
      if (periodCache.size > 64) periodCache.clear();
      periodCache.set(key, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/api/indicators/:id/history', async (req) => {
    await reader(req);
    const { id } = parse(IdParams, req.params, 'Mã chỉ tiêu');
    const q = parse(HistoryQuery, req.query, 'Khoảng thời gian');
    const indicator = await store.indicator(id);
    if (!indicator) throw new HttpError(404, 'not_found', `Không có chỉ tiêu mã “${id}”.`);
    return { indicator, values: await store.history(id, q.from, q.to), sourceId: (await stateOf(req)).sourceId };
  });

  app.put('/api/indicators/:id/values/:period', async (req, reply) => {
    const who = await writer(req);
    const { id, period } = parse(ValueParams, req.params, 'Địa chỉ');
    const body = parse(ValueWriteSchema, req.body, 'Số liệu');
    const { sourceId } = await stateOf(req);
    const fromHeader = ifMatchVersion(req.headers['if-match'], sourceId);
    const version = body.version ?? fromHeader;
    const indicator = await store.indicator(id);
    if (!indicator) throw new HttpError(404, 'not_found', `Không có chỉ tiêu mã “${id}”.`);
    if (indicator.department !== who.department) throw new HttpError(403, 'forbidden', `Chỉ tiêu “${indicator.name}” thuộc ${indicator.department}; mã truy cập của ${who.department} không được ghi.`);
    const outcome = await store.writeValue(id, period, { ...body, version }, `${who.department} (${who.label || who.id})`);
    if (outcome.status === 'conflict') {
      return reply.code(409).send({ error: { code: 'conflict', message: 'Số liệu đã được người khác cập nhật; hãy tải lại và nhập lại.' }, current: outcome.current });
    }
    if (outcome.status === 'not-found') throw new HttpError(404, 'not_found', 'Chưa có số liệu kỳ này; gửi lại không kèm phiên bản để tạo mới.');
    reply.header('ETag', `"${sourceId}:v${outcome.value.version}"`);
    return outcome.value;
  });

  app.post('/api/import', async (req, reply) => {
    const who = await writer(req);
    const type = String(req.headers['content-type'] ?? '');
    const kind = type.includes('csv') ? 'csv' : type.includes('spreadsheetml') || type.includes('octet-stream') ? 'xlsx' : null;
    if (!kind || !Buffer.isBuffer(req.body)) throw new HttpError(415, 'unsupported', 'Gửi tệp XLSX hoặc CSV (Content-Type text/csv hoặc application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).');
    let sheet;
    try {
      sheet = await parseSheet(req.body, kind);
    } catch (err) {
      if (err instanceof SheetError) throw new HttpError(422, 'bad_sheet', err.message);
      if (err instanceof SheetQueueFullError) {
        reply.header('Retry-After', '5');
        throw new HttpError(503, 'busy', 'Máy chủ dữ liệu đang đọc nhiều tệp khác; vui lòng gửi lại sau ít giây.');
      }
      throw err;
    }
    const result = await store.importRows(sheet.rows, `${who.department} (nhập tệp)`, who.department, sheet.rejected);
    return reply.code(result.committed ? 200 : 422).send({ sourceId: (await stateOf(req)).sourceId, ...result });
  });

  app.get('/api/audit', async (req) => {
    await reader(req);
    const q = parse(AuditQuery, req.query, 'Tham số');
    return { entries: await store.audit(q), sourceId: (await stateOf(req)).sourceId };
  });

  return app;
}
