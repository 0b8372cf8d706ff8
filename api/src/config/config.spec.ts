import { ConfigError, DEMO_DATA_KEY, DEMO_SECRET, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.dataKey).toHaveLength(32);
  });

  it('turns demo data off by default for an external database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/tiaojie' }).demo).toBe(false);
  });

  it('refuses production with demo secrets, naming every problem', () => {
    const env = {
      NODE_ENV: 'production',
      TIAOJIE_SECRET: DEMO_SECRET,
      TIAOJIE_DATA_KEY: DEMO_DATA_KEY,
      TIAOJIE_DEMO: 'true',
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('TIAOJIE_SECRET is the published demo secret');
      expect(problems).toContain('TIAOJIE_DATA_KEY is the published demo key');
      expect(problems).toContain('TIAOJIE_DEMO must be off');
    }
  });

  it('refuses production without secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' })).toThrow(
      /TIAOJIE_SECRET is required/,
    );
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://u:p@db:5432/tiaojie',
      TIAOJIE_SECRET: 'x'.repeat(40),
      TIAOJIE_DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(config.production).toBe(true);
    expect(config.demo).toBe(false);
  });

  it('rejects a malformed port and data key', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ TIAOJIE_DATA_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
  });

  it('trusts only a local reverse proxy unless told which ones to trust', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TIAOJIE_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TIAOJIE_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => loadConfig({ TIAOJIE_TRUST_PROXY: 'everyone!' })).toThrow(/TIAOJIE_TRUST_PROXY/);
  });

  it('writes text messages to an outbox outside production, and refuses channels it has no adapter for', () => {
    expect(loadConfig({ TIAOJIE_DATA_DIR: '/srv/tj' }).sms).toEqual({
      kind: 'outbox',
      dir: '/srv/tj/sms-outbox',
    });
    expect(loadConfig({ TIAOJIE_SMS: 'outbox:/tmp/sms' }).sms).toEqual({ kind: 'outbox', dir: '/tmp/sms' });
    expect(loadConfig({ TIAOJIE_SMS: 'none' }).sms).toEqual({ kind: 'none' });
    expect(() => loadConfig({ TIAOJIE_SMS: 'aliyun' })).toThrow(/no aliyun SMS adapter yet/);
    expect(() => loadConfig({ TIAOJIE_SMS: 'outbox:' })).toThrow(/TIAOJIE_SMS must be/);
  });
});
