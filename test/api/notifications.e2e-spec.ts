import { NotificationDispatcher } from '../../api/src/modules/notifications/notification-dispatcher.js';
import type {
  NotificationChannel,
  OutboundMessage,
} from '../../api/src/modules/notifications/notification-channel.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** A channel that remembers what it was given, or fails while `down` is set. */
class RecordingChannel implements NotificationChannel {
  readonly name = 'recording';
  readonly delivered: OutboundMessage[] = [];
  down = false;
  deliver(batch: OutboundMessage[]): Promise<void> {
    if (this.down) return Promise.reject(new Error('gateway unreachable'));
    this.delivered.push(...batch);
    return Promise.resolve();
  }
}

describe('notifications: inbox and outbound channels', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const inbox = async (username: string) =>
    (
      await t
        .http()
        .get('/api/notifications')
        .auth(await t.tokenOf(username), { type: 'bearer' })
        .expect(200)
    ).body;

  const notify = async (username: string, title: string) => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM users WHERE username = $1`, [username]);
    await t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'deadline', $2, '正文')`,
      [id, title],
    );
    return id as string;
  };

  it('counts unread entries and marks one read only for its owner', async () => {
    await notify('mediator.zhao', '期限提醒一');
    const before = await inbox('mediator.zhao');
    expect(before.unread).toBeGreaterThanOrEqual(1);
    const entry = before.items.find((n: { title: string }) => n.title === '期限提醒一');
    const other = await t.tokenOf('mediator.yang');
    await t.http().post(`/api/notifications/${entry.id}/read`).auth(other, { type: 'bearer' }).expect(404);
    const owner = await t.tokenOf('mediator.zhao');
    await t.http().post(`/api/notifications/${entry.id}/read`).auth(owner, { type: 'bearer' }).expect(204);
    expect((await inbox('mediator.zhao')).unread).toBe(before.unread - 1);
  });

  it('hands every waiting entry to the channels exactly once, even with two dispatchers at once', async () => {
    const channel = new RecordingChannel();
    const userId = await notify('director.yang', '外发测试');
    for (let i = 0; i < 30; i++) await notify('mediator.yang', `外发批量${i}`);
    const [{ waiting }] = await t.dataSource.query(
      `SELECT count(*)::int AS waiting FROM notifications WHERE dispatched_at IS NULL`,
    );
    const a = new NotificationDispatcher(t.dataSource, [channel]);
    const b = new NotificationDispatcher(t.dataSource, [channel]);
    const sent = await Promise.all([a.dispatch(), b.dispatch(), a.dispatch()]);
    expect(sent.reduce((x, y) => x + y, 0)).toBe(waiting);
    expect(channel.delivered).toHaveLength(waiting);
    expect(new Set(channel.delivered.map((m) => m.notificationId)).size).toBe(waiting);
    expect(channel.delivered).toContainEqual(
      expect.objectContaining({ userId, kind: 'deadline', title: '外发测试', caseId: null }),
    );
    expect(await a.dispatch()).toBe(0);
  });

  it('keeps entries in the outbox while a channel is down and sends them when it is back', async () => {
    const channel = new RecordingChannel();
    const dispatcher = new NotificationDispatcher(t.dataSource, [channel]);
    await dispatcher.dispatch();
    await notify('director.yang', '网关故障期间');
    channel.down = true;
    expect(await dispatcher.dispatch()).toBe(0);
    const [{ waiting }] = await t.dataSource.query(
      `SELECT count(*)::int AS waiting FROM notifications WHERE dispatched_at IS NULL`,
    );
    expect(waiting).toBe(1);
    channel.down = false;
    expect(await dispatcher.dispatch()).toBe(1);
    expect(channel.delivered.map((m) => m.title)).toEqual(['网关故障期间']);
  });
});
