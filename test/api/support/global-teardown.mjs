export default async function globalTeardown() {
  await globalThis.__TIAOJIE_PG__?.stop();
}
