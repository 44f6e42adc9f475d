/**
 * Keeps the real-backend tests off the internet: every outgoing TCP connection
 * of this process (Node's `http`, `https`, `node-fetch`, undici's `fetch` and
 * Octokit all end in `net.Socket.prototype.connect`) is recorded, and one to a
 * host other than a loopback address is refused before any DNS lookup.
 *
 * The tests assert that {@link NetGuard.refused} stays empty: a module that
 * tried to reach github.com or api.github.com despite the config pointing at
 * the fake GitHub would show up there.
 */
import net from 'node:net';

/** One outgoing connection attempt. */
export interface ConnectionAttempt {
  readonly host: string;
  readonly port: number | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1']);

/** Whether `host` is a loopback address (IPv4 127/8, `::1`, `localhost`). */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface NetGuard {
  /** Every TCP connection attempted since install (loopback or not). */
  readonly attempts: ConnectionAttempt[];
  /** The attempts that were refused because the host is not loopback. */
  readonly refused: ConnectionAttempt[];
  /** Restores the original `connect`. */
  uninstall(): void;
}

type ConnectArgs = [unknown, ...unknown[]];

/** Reads host and port from `socket.connect`'s overloads; `undefined` for a Unix socket path. */
function target(args: ConnectArgs): ConnectionAttempt | undefined {
  let [first, second] = args;
  // Node's http calls connect with a one-element array of [options, callback] internally.
  if (Array.isArray(first)) [first, second] = first as [unknown, unknown];
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: number | string; path?: string };
    if (options.path !== undefined) return undefined;
    return {
      host: options.host ?? 'localhost',
      port: options.port === undefined ? undefined : Number(options.port),
    };
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return { host: typeof second === 'string' ? second : 'localhost', port: Number(first) };
  }
  return undefined;
}

let installed: NetGuard | undefined;

/**
 * Installs the guard (once per process; later calls return the same guard).
 * A refused connection fails with `ECONNREFUSED`-like error "net guard: … is not a loopback address".
 */
export function installNetGuard(): NetGuard {
  if (installed) return installed;
  const original = net.Socket.prototype.connect;
  const attempts: ConnectionAttempt[] = [];
  const refused: ConnectionAttempt[] = [];
  net.Socket.prototype.connect = function guardedConnect(
    this: net.Socket,
    ...args: ConnectArgs
  ): net.Socket {
    const to = target(args);
    if (to) {
      attempts.push(to);
      if (!isLoopback(to.host)) {
        refused.push(to);
        const error = Object.assign(
          new Error(`net guard: ${to.host}:${to.port ?? ''} is not a loopback address`),
          { code: 'ECONNREFUSED' },
        );
        process.nextTick(() => this.destroy(error));
        return this;
      }
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  installed = {
    attempts,
    refused,
    uninstall() {
      net.Socket.prototype.connect = original;
      installed = undefined;
    },
  };
  return installed;
}
