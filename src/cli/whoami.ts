/*
 * One question to Hugging Face per token: `GET {HF_ENDPOINT}/api/whoami-v2`. 200 answers whose token
 * it is and what it may do; 401/403 says it is revoked or unknown. Nothing else is ever sent, and the
 * token goes to HF_ENDPOINT only, in the Authorization header.
 */

export type TokenStatus = "live" | "invalid" | "unknown";

export interface Verdict {
  readonly status: TokenStatus;
  /** The account's name, when live. */
  readonly account?: string;
  /** `read`, `write` or `fineGrained` (with its scopes), when live. */
  readonly role?: string;
  /** Why the status is unknown: a status code, a timeout, a network error (never the token). */
  readonly reason?: string;
}

export interface WhoamiOptions {
  readonly endpoint: string;
  readonly timeoutMs: number;
  /** Retries after a 429. */
  readonly retries?: number;
  /** The longest wait a `Retry-After` may ask for. */
  readonly longestWaitMs?: number;
}

interface WhoamiBody {
  name?: unknown;
  type?: unknown;
  auth?: { accessToken?: { role?: unknown; displayName?: unknown; fineGrained?: { scoped?: Array<{ entity?: { name?: unknown }; permissions?: unknown }> } } };
}

const DEFAULT_RETRIES = 3;
const DEFAULT_LONGEST_WAIT_MS = 30_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `Retry-After` in seconds or as an HTTP date, bounded; one second when absent or unreadable. */
export function retryAfterMs(header: string | null, longestWaitMs: number): number {
  if (header === null) return 1_000;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1_000 : Date.parse(header) - Date.now();
  return Math.min(longestWaitMs, Math.max(0, Number.isFinite(ms) ? ms : 1_000));
}

function roleOf(body: WhoamiBody): string | undefined {
  const accessToken = body.auth?.accessToken;
  const role = typeof accessToken?.role === "string" ? accessToken.role : undefined;
  if (role !== "fineGrained") return role;
  const scopes = (accessToken?.fineGrained?.scoped ?? [])
    .map((scope) => {
      const entity = typeof scope.entity?.name === "string" ? scope.entity.name : "?";
      const permissions = Array.isArray(scope.permissions) ? scope.permissions.join(", ") : "";
      return `${entity}: ${permissions}`;
    })
    .filter((scope) => scope !== "?: ");
  return scopes.length > 0 ? `fineGrained (${scopes.join("; ")})` : "fineGrained";
}

export async function whoami(token: string, options: WhoamiOptions): Promise<Verdict> {
  const url = `${options.endpoint.replace(/\/+$/, "")}/api/whoami-v2`;
  const retries = options.retries ?? DEFAULT_RETRIES;
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, "user-agent": "eslint-plugin-hf-secrets verify" },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: "error",
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      return { status: "unknown", reason: name === "TimeoutError" || name === "AbortError" ? `no answer in ${options.timeoutMs} ms` : "network error" };
    }
    if (response.status === 429 && attempt < retries) {
      await response.body?.cancel();
      await sleep(retryAfterMs(response.headers.get("retry-after"), options.longestWaitMs ?? DEFAULT_LONGEST_WAIT_MS));
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      return { status: "invalid" };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      return { status: "unknown", reason: `HTTP ${response.status}` };
    }
    try {
      const body = (await response.json()) as WhoamiBody;
      const account = typeof body.name === "string" ? body.name : undefined;
      const role = roleOf(body);
      return { status: "live", ...(account === undefined ? {} : { account }), ...(role === undefined ? {} : { role }) };
    } catch {
      return { status: "unknown", reason: "an answer that is not JSON" };
    }
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of `items` in the results. */
export async function mapLimited<Item, Result>(items: readonly Item[], limit: number, work: (item: Item) => Promise<Result>, onDone?: () => void): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as Item);
      onDone?.();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
