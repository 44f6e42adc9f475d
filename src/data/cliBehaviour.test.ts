import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectSecret } from '../lib/secrets';
import {
  configCheck,
  configPrint,
  configPrintEnv,
  envConflictMessage,
  envOverride,
  envOverrideBaseEnv,
} from './cliBehaviour';

const allFiles = [
  ...configCheck.cases.flatMap((c) => c.files),
  ...configPrint.files,
  ...envOverride.files,
];
const allEnv = [
  ...configCheck.cases.map((c) => c.env),
  configPrintEnv,
  envOverrideBaseEnv,
  Object.fromEntries(envOverride.conflictExample),
];

describe('cliBehaviour data', () => {
  it('gives every config:check case an app-config.yaml, and the line --strict prints when it fails', () => {
    for (const c of configCheck.cases) {
      expect(
        c.files.map((f) => f.path),
        c.id,
      ).toContain('app-config.yaml');
      if (c.strict === 'fails') expect(c.strictReports, c.id).toBeTruthy();
    }
  });

  it('has unique case ids', () => {
    const ids = configCheck.cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds YAML that parses', () => {
    for (const file of allFiles)
      expect(() => parse(file.content) as unknown, file.path).not.toThrow();
  });

  it('holds no value that looks like a real token or key', () => {
    for (const file of allFiles) expect(detectSecret(file.content), file.path).toBeUndefined();
    for (const env of allEnv) {
      for (const [name, value] of Object.entries(env)) {
        expect(detectSecret(value), name).toBeUndefined();
      }
    }
  });

  it('sets the example key in app-config.yaml, so the override is visible', () => {
    const appConfig = parse(envOverride.files[0]!.content) as { auth: { environment: string } };
    expect(envOverride.example.key).toBe('auth.environment');
    expect(appConfig.auth.environment).toBe(envOverride.example.fileValue);
    expect(envOverride.example.variable.startsWith(envOverride.prefix)).toBe(true);
  });

  it('fills the key into the conflict message', () => {
    expect(envConflictMessage('auth')).toBe("Refusing to override existing config at key 'auth'");
  });

  it('provokes the conflict with two variables, one nested under the other', () => {
    const [a, b] = envOverride.conflictExample.map(([name]) =>
      name.slice(envOverride.prefix.length),
    );
    expect(a && b && (a.startsWith(`${b}_`) || b.startsWith(`${a}_`))).toBe(true);
  });
});
