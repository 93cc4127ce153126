/**
 * The processor time this test process has used, in milliseconds.
 *
 * The fuzzers' "no case may take this long" limits catch a hang or a blow-up (a quadratic walk, a
 * deep recursion), not a slow machine: timed on the wall clock they failed when other work shared
 * the cores, although each case took its usual time. Processor time counts only this process's own
 * work (Vitest runs each worker in a process of its own), so a loaded machine does not move it.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
