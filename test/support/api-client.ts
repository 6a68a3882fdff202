import type { ErrorBody } from './api-types';

export interface ApiResponse<T> {
  status: number;
  body: T;
}

export interface RequestOptions {
  /** The demo user (password `demo`) to send the request as; none for public endpoints. */
  as?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A tiny HTTP client over global fetch that logs demo users in on demand. Tokens are kept per
 * user and shared by every client made with `on()`: servers started by one test share a
 * JWT secret, so a token works on all of them and after restarts.
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly tokens: Map<string, string> = new Map(),
  ) {}

  /** The same users, another server (another process on the same database, or a restart). */
  on(baseUrl: string): ApiClient {
    return new ApiClient(baseUrl, this.tokens);
  }

  async token(username: string): Promise<string> {
    const known = this.tokens.get(username);
    if (known) return known;
    const response = await this.request<{ accessToken: string }>('POST', '/api/auth/login', { body: { username, password: 'demo' } });
    if (response.status !== 200 || typeof response.body.accessToken !== 'string') {
      throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    this.tokens.set(username, response.body.accessToken);
    return response.body.accessToken;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.as) headers['authorization'] = `Bearer ${await this.token(options.as)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text.length > 0) body = JSON.parse(text);
    return { status: response.status, body: body as T };
  }

  /** A request that must answer `expected`; anything else throws with the response. */
  async ok<T>(method: string, path: string, options: RequestOptions = {}, expected = 200): Promise<T> {
    const response = await this.request<T>(method, path, options);
    if (response.status !== expected) {
      throw new Error(`${method} ${path}${options.as ? ` as ${options.as}` : ''}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  get<T>(path: string, as: string): Promise<T> {
    return this.ok<T>('GET', path, { as });
  }
}

export function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ErrorBody).code === 'string' && typeof (body as ErrorBody).statusCode === 'number';
}
