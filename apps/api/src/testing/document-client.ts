import { createHash } from 'node:crypto';
import { binaryBody } from './multipart';
import type { TestApp } from './test-app';

export interface Downloaded {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The JSON error body when the answer is not a PDF. */
  error: { code?: string; message?: string };
}

/** Downloads `path` as `username`, keeping the body as bytes whatever it is. */
export async function download(t: TestApp, path: string, username: string, headers: Record<string, string> = {}): Promise<Downloaded> {
  const response = await t.http().get(path).set(await t.as(username)).set(headers).buffer(true).parse(binaryBody);
  const body = response.body as Buffer;
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  return { status: response.status, headers: response.headers as Record<string, string>, body, error: isJson ? JSON.parse(body.toString('utf8')) : {} };
}

export const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

export const documentPath = (dossierId: string, kind: string, query = '') => `/api/dossiers/${dossierId}/documents/${kind}.pdf${query}`;

/** The dossier's issued documents, as the list endpoint gives them. */
export async function issuedDocuments(t: TestApp, dossierId: string, username = 'admin'): Promise<Array<{ id: string; kind: string; level: string; sha256: string; signed: boolean; sizeBytes: number; taskId: string | null; href: string }>> {
  const response = await t.http().get(`/api/dossiers/${dossierId}/documents`).set(await t.as(username));
  if (response.status !== 200) throw new Error(`list: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
