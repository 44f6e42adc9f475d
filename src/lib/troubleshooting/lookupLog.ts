/**
 * A 200-line backend log for benchmarking the error lookup: 199 ordinary
 * request and info lines around one real error line. Pure; shared by the
 * vitest bench and the browser benchmark.
 */
export function twoHundredLineLog(): string {
  const lines = Array.from({ length: 199 }, (_, i) => {
    const second = String(i % 60).padStart(2, '0');
    return i % 3 === 0
      ? `2026-11-30T09:12:${second}.000Z catalog info Processing location url:https://github.com/acme/service-${i}/blob/main/catalog-info.yaml type=plugin`
      : `2026-11-30T09:12:${second}.000Z rootHttpRouter info ::1 - - [30/Nov/2026:09:12:${second} +0000] "GET /api/catalog/entities?limit=${i} HTTP/1.1" 200 1234 "-" "Mozilla/5.0"`;
  });
  lines.splice(
    137,
    0,
    '2026-11-30T09:13:00.000Z catalog warn Processor GithubDiscoveryProcessor threw an error while reading github-discovery:https://github.com/acme; caused by HttpError: This endpoint requires you to be authenticated. type=plugin',
  );
  return lines.join('\n');
}
