/**
 * The guard that keeps the suite off the internet (`src/netGuard.ts`) really
 * refuses a connection to a non-loopback host, before any DNS lookup, and lets
 * loopback through. Every real-backend test file asserts `guard.refused` is empty.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { installNetGuard, isLoopback } from '../src/netGuard';

describe('net guard', () => {
  test('refuses api.github.com and records it; loopback passes', async () => {
    const guard = installNetGuard();
    const before = guard.refused.length;
    await expect(
      fetch('https://api.github.com/zen', { signal: AbortSignal.timeout(5000) }),
    ).rejects.toThrow();
    expect(guard.refused.slice(before)).toEqual([{ host: 'api.github.com', port: 443 }]);
    guard.refused.splice(before);

    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(await response.text()).toBe('ok');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(guard.refused.length).toBe(before);
  });

  test('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['github.com', '10.0.0.1', '0.0.0.0'].some(isLoopback)).toBe(false);
  });
});
