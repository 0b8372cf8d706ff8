import type { ChildProcess } from 'node:child_process';

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output: () => string;
  startedInMs: number;
}

export const MAIN: string;
export function freePort(): Promise<number>;
export function newDataDir(): Promise<string>;
export function startServer(options: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}): Promise<RunningServer>;
export function stopServer(child: ChildProcess, signal?: NodeJS.Signals): Promise<void>;
export function workerPids(child: ChildProcess): Promise<number[]>;
export function isAlive(pid: number): boolean;
