/**
 * The shared indicator service: JSON over HTTP (fastify). Reads are open on the office network or
 * need a read token; writes and imports need a department token, for that department's indicators.
 * Every input is validated with zod; every bad request gets {error: {code, message}} in Vietnamese.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ValueWriteSchema } from '../core/indicators/api';
import { IndicatorIdSchema, PeriodSchema } from '../core/indicators/schema';
import { readSheet, SheetError } from '../data/sheet';
import { requestErrorMessage, vietnameseIssue } from './messages';
import { openApiDocument } from './openapi';
import type { Store, TokenInfo } from './store';

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

function parse<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const r = schema.safeParse(input, { error: vietnameseIssue });
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new HttpError(400, 'bad_request', `${what} không hợp lệ: ${issue.path.join('.') || '(gốc)'} — ${issue.message}`);
}

const SearchQuery = z.object({ q: z.string().max(200).optional(), department: z.string().max(120).optional(), group: z.string().max(120).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }).strict();
const HistoryQuery = z.object({ from: PeriodSchema.optional(), to: PeriodSchema.optional() }).strict();
const AuditQuery = z.object({ indicator: IndicatorIdSchema.optional(), period: PeriodSchema.optional(), limit: z.coerce.number().int().min(1).max(5000).optional() }).strict();
const IdParams = z.object({ id: IndicatorIdSchema });
const PeriodParams = z.object({ period: PeriodSchema });
const ValueParams = z.object({ id: IndicatorIdSchema, period: PeriodSchema });

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  if (!m) throw new HttpError(401, 'unauthorized', 'Tiêu đề Authorization phải có dạng “Bearer <mã truy cập>”.');
  return m[1];
}

export function buildServer(store: Store, config: ServiceConfig = DEFAULT_CONFIG): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: config.bodyLimit });
  // The serialized answer of "all values of a period", keyed by the database's change counter: the
  // key comes from the database, so every instance agrees and none holds state that matters.
  const periodCache = new Map<string, Buffer>();

  app.addContentTypeParser(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (origin && config.corsOrigins.includes(origin)) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Vary', 'Origin');
      reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match, If-None-Match');
      reply.header('Access-Control-Allow-Methods', 'GET, PUT, POST, OPTIONS');
      reply.header('Access-Control-Expose-Headers', 'ETag');
    }
    if (req.method === 'OPTIONS') {
      reply.code(origin && config.corsOrigins.includes(origin) ? 204 : 403).send();
    }
  });

  app.setErrorHandler((err: unknown, _req, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).send({ error: { code: err.code, message: err.message } });
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.statusCode === 413 || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: { code: 'too_large', message: 'Dữ liệu gửi lên quá lớn.' } });
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return reply.code(e.statusCode).send({ error: { code: 'bad_request', message: `Yêu cầu không hợp lệ: ${requestErrorMessage(e.code)}.` } });
    return reply.code(500).send({ error: { code: 'internal', message: 'Lỗi máy chủ dữ liệu; vui lòng thử lại.' } });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: { code: 'not_found', message: 'Không có địa chỉ này trên máy chủ dữ liệu.' } }));

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

  app.get('/healthz', async () => ({ status: 'ok', changeSeq: await store.changeSeq() }));
  app.get('/openapi.json', async () => openApiDocument());

  app.get('/api/indicators', async (req) => {
    await reader(req);
    const q = parse(SearchQuery, req.query, 'Tham số tìm kiếm');
    return { indicators: await store.searchIndicators(q) };
  });

  app.get('/api/periods/:period', async (req, reply: FastifyReply) => {
    await reader(req);
    const { period } = parse(PeriodParams, req.params, 'Kỳ báo cáo');
    const seq = await store.changeSeq();
    const etag = `"${seq}-${period}"`;
    reply.header('ETag', etag);
    reply.header('Cache-Control', 'no-cache');
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    const key = `${period}|${seq}`;
    let body = periodCache.get(key);
    if (!body) {
      body = Buffer.from(JSON.stringify(await store.periodData(period)));
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
    return { indicator, values: await store.history(id, q.from, q.to) };
  });

  app.put('/api/indicators/:id/values/:period', async (req, reply) => {
    const who = await writer(req);
    const { id, period } = parse(ValueParams, req.params, 'Địa chỉ');
    const body = parse(ValueWriteSchema, req.body, 'Số liệu');
    const ifMatch = req.headers['if-match'];
    const version = body.version ?? (typeof ifMatch === 'string' && /^"?\d+"?$/.test(ifMatch) ? Number(ifMatch.replace(/"/g, '')) : undefined);
    const indicator = await store.indicator(id);
    if (!indicator) throw new HttpError(404, 'not_found', `Không có chỉ tiêu mã “${id}”.`);
    if (indicator.department !== who.department) throw new HttpError(403, 'forbidden', `Chỉ tiêu “${indicator.name}” thuộc ${indicator.department}; mã truy cập của ${who.department} không được ghi.`);
    const outcome = await store.writeValue(id, period, { ...body, version }, `${who.department} (${who.label || who.id})`);
    if (outcome.status === 'conflict') {
      return reply.code(409).send({ error: { code: 'conflict', message: 'Số liệu đã được người khác cập nhật; hãy tải lại và nhập lại.' }, current: outcome.current });
    }
    if (outcome.status === 'not-found') throw new HttpError(404, 'not_found', 'Chưa có số liệu kỳ này; gửi lại không kèm phiên bản để tạo mới.');
    reply.header('ETag', `"${outcome.value.version}"`);
    return outcome.value;
  });

  app.post('/api/import', async (req, reply) => {
    const who = await writer(req);
    const type = String(req.headers['content-type'] ?? '');
    const kind = type.includes('csv') ? 'csv' : type.includes('spreadsheetml') || type.includes('octet-stream') ? 'xlsx' : null;
    if (!kind || !Buffer.isBuffer(req.body)) throw new HttpError(415, 'unsupported', 'Gửi tệp XLSX hoặc CSV (Content-Type text/csv hoặc application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).');
    let sheet;
    try {
      sheet = await readSheet(req.body, kind);
    } catch (err) {
      if (err instanceof SheetError) throw new HttpError(422, 'bad_sheet', err.message);
      throw err;
    }
    const result = await store.importRows(sheet.rows, `${who.department} (nhập tệp)`, who.department, sheet.rejected);
    return reply.code(result.committed ? 200 : 422).send(result);
  });

  app.get('/api/audit', async (req) => {
    await reader(req);
    const q = parse(AuditQuery, req.query, 'Tham số');
    return { entries: await store.audit(q) };
  });

  return app;
}
