// The tests' Redis: real redis-server processes on free loopback ports, started per test file.
export { freePort, type RedisTarget, startCluster, startRedis } from '../../../../scripts/redis-server.mjs';
