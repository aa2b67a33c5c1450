/**
 * What a database error means for the person who sent the request: the status, the envelope's code,
 * a Vietnamese message and, when trying again later can work, how long to wait (Retry-After).
 * Errors of SQLite (better-sqlite3 codes), PostgreSQL (SQLSTATE) and the file system (errno codes).
 */
import { DatabaseBusyError, sqlState } from './db';

export interface StorageFailure {
  status: number;
  code: string;
  message: string;
  retryAfterSeconds?: number;
}

const DISK_FULL: StorageFailure = {
  status: 507,
  code: 'disk_full',
  message: 'Máy chủ dữ liệu đã hết dung lượng đĩa nên không ghi được số liệu; chưa có gì bị thay đổi. Báo người quản trị giải phóng dung lượng đĩa rồi thử lại.',
};

const BUSY: StorageFailure = {
  status: 503,
  code: 'busy',
  message: 'Máy chủ dữ liệu đang bận ghi dữ liệu khác (ví dụ đang nhập một tệp lớn); chưa có gì bị thay đổi. Vui lòng thử lại sau ít giây.',
  retryAfterSeconds: 2,
};

function errorCode(err: unknown): string | undefined {
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

export function storageFailure(err: unknown): StorageFailure | null {
  if (err instanceof DatabaseBusyError) return BUSY;
  const code = errorCode(err);
  const state = sqlState(err);
  // SQLITE_FULL: the disk (or the database's page limit) is full; ENOSPC / EDQUOT from the file system;
  // 53100 disk_full, 53200 out of memory, 53300 too many connections are PostgreSQL's resource errors.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || state === '53100') return DISK_FULL;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || state === '55P03' || state === '53300' || state === '40001' || state === '40P01') return BUSY;
  if (state === '23505') {
    return { status: 409, code: 'conflict', message: 'Số liệu vừa được người khác ghi cùng lúc; hãy tải lại và nhập lại.' };
  }
  if (code === 'ECONNREFUSED' || state === '57P01' || state === '57P03' || state === '08006' || state === '08001') {
    return { status: 503, code: 'database_unavailable', message: 'Máy chủ dữ liệu không kết nối được cơ sở dữ liệu; vui lòng thử lại sau.', retryAfterSeconds: 5 };
  }
  return null;
}
