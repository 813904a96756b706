/** A tiny cookie-keeping HTTP client for API tests, sending the right Origin. */
export class ApiClient {
  private cookie: string | null = null;
  constructor(
    readonly baseUrl: string,
    readonly origin: string = baseUrl,
  ) {}

  /** The session cookie header value, for socket clients. */
  get cookieHeader(): string | null {
    return this.cookie;
  }

  /** Send a request; JSON body in, parsed JSON (or null) out. */
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const h: Record<string, string> = { origin: this.origin, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      h["content-type"] ??= "application/json";
    }
    const res = await fetch(this.baseUrl + path, { method, headers: h, body: payload, redirect: "manual" });
    const set = res.headers.getSetCookie();
    for (const c of set) {
      const [pair] = c.split(";");
      if (pair!.startsWith("jigsaw_session=")) {
        this.cookie = pair!.endsWith("=") ? null : pair!;
      }
    }
    const text = await res.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }
  get(path: string) {
    return this.request("GET", path);
  }
  post(path: string, body?: unknown) {
    return this.request("POST", path, body ?? {});
  }
  patch(path: string, body?: unknown) {
    return this.request("PATCH", path, body ?? {});
  }
  delete(path: string) {
    return this.request("DELETE", path);
  }

  /** Sign up a new user and keep the session. */
  async signUp(email: string, displayName = email.split("@")[0]!, password = "correct horse battery staple") {
    const r = await this.post("/api/auth/signup", { email, password, displayName });
    if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.data as { id: string; email: string; displayName: string };
  }
}
