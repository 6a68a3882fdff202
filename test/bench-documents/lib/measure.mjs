/** Wall-clock timing and memory figures shared by the two child programs. */
/**
 * Wall-clock time of an action, and the CPU time this process spent on it (user + system):
 * on a machine shared with other work the wall clock includes waiting for a core, the CPU
 * time does not, so the two together show how much of a figure is load.
 */
export async function timed(action) {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const result = await action();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

export const mib = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
