/**
 * A thin client of the public HTTP contract over Node's global fetch (undici: keep-alive
 * connections, reused across requests). Tokens are cached per user: a login is a scrypt
 * hash on the server and is not what we measure.
 */
export class ApiClient {
  constructor(base) {
    this.base = `${base}/api`;
    this.tokens = new Map();
    this.codesById = new Map();
    this.idsByCode = new Map();
  }

  async request(method, path, { user, body, headers } = {}) {
    const token = user ? await this.token(user) : undefined;
    const response = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, body: parsed };
  }

  /**
   * After the client sat idle (the engine loops beside a row take seconds, longer than the
   * server's keep-alive), `connections` health reads at once, each retried once: a pooled
   * socket the server has just closed fails a read here, not a timed completion.
   */
  async refreshConnections(connections) {
    const read = () => fetch(`${this.base}/health`).then((response) => response.text());
    await Promise.all(Array.from({ length: connections }, () => read().catch(read)));
  }

  async ok(method, path, options, expected = [200, 201]) {
    const response = await this.request(method, path, options);
    if (!expected.includes(response.status)) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
    return response.body;
  }

  async token(username) {
    let token = this.tokens.get(username);
    if (!token) {
      token = this.login(username);
      this.tokens.set(username, token);
    }
    return token;
  }

  async login(username) {
    const body = await this.ok('POST', '/auth/login', { body: { username, password: 'demo' } });
    return body.accessToken;
  }

  async loadLocalities() {
    const units = await this.ok('GET', '/localities', { user: 'admin' });
    for (const unit of units) {
      this.codesById.set(unit.id, unit.code);
      this.idsByCode.set(unit.code, unit.id);
    }
  }

  /** The demo account that may act on a task: `<candidateRole>.<code of the task's unit>`. */
  actorFor(task) {
    const code = this.codesById.get(task.localityId);
    if (!code) throw new Error(`Unknown locality ${task.localityId}`);
    return `${task.candidateRole}.${code}`;
  }

  /** Creates and submits one dossier; returns its first open tasks. */
  async createAndSubmit({ localityCode, awardTypeCode, index }) {
    const clerk = `clerk.${localityCode}`;
    const created = await this.ok('POST', '/dossiers', {
      user: clerk,
      body: {
        awardTypeCode,
        localityId: this.idsByCode.get(localityCode),
        title: `Đề nghị khen thưởng phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" (bench ${index})`,
        nominees: [
          { kind: 'household', fullName: `Hộ ông Nguyễn Văn Ấn ${index}` },
          { kind: 'individual', fullName: `Bà Trần Thị Bình ${index}`, title: 'Trưởng thôn' },
        ],
      },
    });
    const submitted = await this.ok('POST', `/dossiers/${created.id}/submit`, { user: clerk });
    return { dossierId: created.id, tasks: submitted.tasks };
  }
}
